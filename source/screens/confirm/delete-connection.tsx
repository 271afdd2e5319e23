import React, {useEffect, useLayoutEffect, useReducer, useRef, useState} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {ApiClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import type {ExternalConnection} from '../../api/types.js';
import {EMPTY} from '../../components/format.js';
import {cleanText} from '../../components/sanitize.js';
import {wrapText} from '../../create/wrap.js';
import {firstLine} from '../../first-line.js';
import {hintsFor} from '../../input/bindings.js';
import {useBindings, useInputHold, usePressGate} from '../../input/use-keys.js';
import {deleteReducer, INITIAL_DELETE, type DeleteState} from '../../mutation/delete-flow.js';
import {deleteLines, type DeleteLine} from '../../mutation/delete-lines.js';
import {SelectIndicator, SelectItem} from '../create/select-item.js';
import {ConfirmPrompt} from './confirm-prompt.js';

export type DeleteConnectionProps = {
	client: ApiClient;
	record: ExternalConnection;
	/** The connection's name (from /connections), already sanitized; EMPTY when unknown. */
	name: string;
	width: number;
	isActive: boolean;
	/** Cancelled, or refused: the connection is still there. */
	onCancel: () => void;
	/** Deleted now, or found gone: the id is no longer a connection. */
	onDeleted: (id: string) => void;
};

type Choice = {label: string; value: 'back' | 'again' | 'read'};

/** DELETE /external_connections/{id} behind a confirmation whose default is Cancel. */
export function DeleteConnection({client, record, name, width, isActive, onCancel, onDeleted}: DeleteConnectionProps): React.JSX.Element {
	const [state, dispatch] = useReducer(deleteReducer, INITIAL_DELETE);
	useDeleteRequests(client, record.id, state, dispatch, {onCancel, onDeleted});
	const busy = state.phase === 'sending' || (state.phase === 'unknown' && state.readBack.status === 'loading');
	// Keys typed while Telnyx answers act on its answer; once done with, on the screen that replaces this one.
	useInputHold(isActive && (busy || state.phase === 'deleted' || state.phase === 'cancelled'));
	const id = cleanText(record.id);
	const title = `Delete external connection ${id}${name === EMPTY ? '' : ` · ${name}`}`;
	const lines = deleteLines(state, record.id);
	const gate = usePressGate(deleteAnswer(state));
	// Only a key pressed after the last answer was on screen deletes, and its press is used up by it.
	const confirm = () => {
		if (!gate.isFresh()) return;
		gate.claim();
		dispatch({type: 'confirm'});
	};

	if (state.phase === 'confirm') {
		return (
			<ConfirmPrompt
				title={title}
				question={`Delete ${id}${name === EMPTY ? '' : ` (${name})`}?`}
				lines={lines}
				cancelLabel="Cancel"
				confirmLabel={`Delete ${id}`}
				width={width}
				isActive={isActive}
				onConfirm={confirm}
				onCancel={() => dispatch({type: 'cancel'})}
			/>
		);
	}

	return (
		<Outcome
			title={title}
			lines={lines}
			choices={choicesFor(state)}
			width={width}
			isActive={isActive && !busy}
			dispatch={dispatch}
			confirm={confirm}
		/>
	);
}

function Outcome({
	title,
	lines,
	choices,
	width,
	isActive,
	dispatch,
	confirm,
}: {
	title: string;
	lines: DeleteLine[];
	choices: Choice[];
	width: number;
	isActive: boolean;
	dispatch: React.Dispatch<Parameters<typeof deleteReducer>[1]>;
	confirm: () => void;
}) {
	const back = () => dispatch({type: 'cancel'});
	useBindings('confirm', {cancel: back}, isActive && choices.length > 0);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate-end">
				{title}
			</Text>
			{lines.flatMap((line, index) =>
				// Telnyx's reasons are worth reading whole: wrapped here, where the rows are counted.
				wrapText(line.text, width).map((text, row) => (
					<Text key={`${index}-${row}`} color={line.color} dimColor={line.dim}>
						{text}
					</Text>
				)),
			)}
			{choices.length > 0 ? (
				<>
					<SelectInput
						key={choices.map(choice => choice.value).join()}
						items={choices}
						isFocused={isActive}
						indicatorComponent={SelectIndicator}
						itemComponent={SelectItem}
						onSelect={item => {
							if (item.value === 'again') confirm();
							else if (item.value === 'read') dispatch({type: 'read-again'});
							else back();
						}}
					/>
					<Text dimColor wrap="truncate-end">
						{`${hintsFor(['menu'])} · Esc back · Ctrl+C quit`}
					</Text>
				</>
			) : null}
		</Box>
	);
}

/** What the screen shows of the last DELETE: a new press must come after it to delete again. */
function deleteAnswer(state: DeleteState): string | undefined {
	if (state.phase === 'unknown') return `${state.attempt}:unknown:${state.readBack.status}`;
	return state.phase === 'refused' || state.phase === 'error' ? `${state.attempt}:${state.phase}` : undefined;
}

// The safe choice first, so a repeated Enter never deletes again.
function choicesFor(state: DeleteState): Choice[] {
	const back: Choice = {label: 'Back to the connection', value: 'back'};
	if (state.phase === 'refused' || state.phase === 'error') return [back];
	if (state.phase !== 'unknown') return [];
	if (state.readBack.status === 'still-there') return [back, {label: 'Delete it again', value: 'again'}];
	if (state.readBack.status === 'failed') return [{label: 'Read it again', value: 'read'}, back];
	return [];
}

type Callbacks = {onCancel: () => void; onDeleted: (id: string) => void};

// The DELETE once per attempt, the read-back after an unknown outcome, and the hand-back when done.
function useDeleteRequests(
	client: ApiClient,
	id: string,
	state: DeleteState,
	dispatch: React.Dispatch<Parameters<typeof deleteReducer>[1]>,
	callbacks: Callbacks,
): void {
	const [controller] = useState(() => new AbortController());
	const latest = useRef(callbacks);
	useLayoutEffect(() => {
		latest.current = callbacks;
	});
	useEffect(() => () => controller.abort(), [controller]);

	const attempt = state.phase === 'sending' ? state.attempt : undefined;
	useEffect(() => {
		if (attempt === undefined) return;
		const {signal} = controller;
		client.deleteExternalConnection(id, {signal}).then(
			() => {
				if (!signal.aborted) dispatch({type: 'deleted', attempt});
			},
			(error: unknown) => {
				if (signal.aborted) return;
				const failure = isApiError(error)
					? {kind: error.kind, status: error.status, errors: error.errors, message: error.message}
					: {kind: 'unexpected' as const, errors: [], message: firstLine(error)};
				dispatch({type: 'failed', attempt, error: failure});
			},
		);
	}, [client, controller, dispatch, id, attempt]);

	const reading = state.phase === 'unknown' && state.readBack.status === 'loading';
	useEffect(() => {
		if (!reading) return;
		const {signal} = controller;
		client.getExternalConnection(id, {signal}).then(
			() => {
				if (!signal.aborted) dispatch({type: 'read-back', found: true});
			},
			(error: unknown) => {
				if (signal.aborted) return;
				if (isApiError(error) && error.kind === 'http' && error.status === 404) dispatch({type: 'read-back', found: false});
				else dispatch({type: 'read-back-failed', message: firstLine(error)});
			},
		);
	}, [client, controller, dispatch, id, reading]);

	useEffect(() => {
		if (state.phase === 'deleted') latest.current.onDeleted(id);
		if (state.phase === 'cancelled') latest.current.onCancel();
	}, [state.phase, id]);
}
