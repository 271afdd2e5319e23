import React, {useEffect, useLayoutEffect, useReducer, useRef, useState} from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import type {ExternalConnection} from '../../api/types.js';
import {EMPTY, truncate} from '../../text/format.js';
import {KeyFooter} from '../../components/key-footer.js';
import {Menu, MENU_BOUND} from '../../components/menu.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {wrapText} from '../../text/wrap.js';
import {firstLine} from '../../text/first-line.js';
import {useBindings, useInputHold, usePressGate} from '../../input/use-keys.js';
import {deleteReducer, INITIAL_DELETE, type DeleteState} from '../../mutation/delete-flow.js';
import {deleteLines, type DeleteLine} from '../../mutation/delete-lines.js';
import {ConfirmPrompt} from './confirm-prompt.js';

export type DeleteConnectionProps = {
	client: ApiClient;
	record: ExternalConnection;
	/** The connection's name (from /connections); EMPTY when unknown. */
	name: Clean;
	width: number;
	/** Rows the screen may take: Telnyx's reasons scroll within them. */
	height: number;
	isActive: boolean;
	/** Cancelled, or refused: the connection is still there. */
	onCancel: () => void;
	/** Deleted now, or found gone: the id is no longer a connection. */
	onDeleted: (id: string) => void;
};

type Choice = {label: Clean; value: 'back' | 'again' | 'read'};

/** DELETE /external_connections/{id} behind a confirmation whose default is Cancel. */
export function DeleteConnection({
	client,
	record,
	name,
	width,
	height,
	isActive,
	onCancel,
	onDeleted,
}: DeleteConnectionProps): React.JSX.Element {
	const [state, dispatch] = useReducer(deleteReducer, INITIAL_DELETE);
	useDeleteRequests(client, record.id, state, dispatch, {onCancel, onDeleted});
	const busy = state.phase === 'sending' || (state.phase === 'unknown' && state.readBack.status === 'loading');
	// Keys typed while Telnyx answers act on its answer; once done with, on the screen that replaces this one.
	useInputHold(isActive && (busy || state.phase === 'deleted' || state.phase === 'cancelled'));
	const id = cleanText(record.id);
	const title = name === EMPTY ? clean`Delete external connection ${id}` : clean`Delete external connection ${id} · ${name}`;
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
				question={name === EMPTY ? clean`Delete ${id}?` : clean`Delete ${id} (${name})?`}
				lines={lines}
				cancelLabel={ownText('Cancel')}
				confirmLabel={clean`Delete ${id}`}
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
			height={height}
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
	height,
	isActive,
	dispatch,
	confirm,
}: {
	title: Clean;
	lines: DeleteLine[];
	choices: Choice[];
	width: number;
	height: number;
	isActive: boolean;
	dispatch: React.Dispatch<Parameters<typeof deleteReducer>[1]>;
	confirm: () => void;
}) {
	const back = () => dispatch({type: 'cancel'});
	// Telnyx's reasons are worth reading whole: wrapped here, where the rows are counted, and scrolled with
	// PgDn PgUp when they are more than the screen holds (six reasons of 260 characters are 30 rows at 67 columns).
	const rows = lines.flatMap(line => wrapText(line.text, width).map(text => ({...line, text})));
	const room = height - 1 - (choices.length > 0 ? choices.length + 1 : 0);
	const scrollable = rows.length > room;
	const shown = Math.max(1, scrollable ? room - 1 : room);
	const [top, setTop] = useState(0);
	const first = Math.min(top, Math.max(0, rows.length - shown));
	const page = (by: number) => setTop(Math.max(0, Math.min(rows.length - shown, first + by * Math.max(1, shown - 1))));
	const bound = useBindings(
		'confirm',
		{cancel: back, ...(scrollable && {scrollDown: () => page(1), scrollUp: () => page(-1)})},
		isActive && choices.length > 0,
	);
	const last = Math.min(rows.length, first + shown);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{truncate(title, width)}</Text>
			{rows.slice(first, last).map((row, index) => (
				<Text key={first + index} color={row.color} dimColor={row.dim}>
					{row.text}
				</Text>
			))}
			{scrollable ? <Text dimColor>{truncate(clean`lines ${first + 1}–${last} of ${rows.length}`, width)}</Text> : null}
			{choices.length > 0 ? (
				<>
					<Menu
						key={choices.map(choice => choice.value).join()}
						items={choices}
						width={width}
						isFocused={isActive}
						onSelect={choice => {
							if (choice === 'again') confirm();
							else if (choice === 'read') dispatch({type: 'read-again'});
							else back();
						}}
					/>
					<KeyFooter bound={[MENU_BOUND, bound]} width={width} />
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
	const back: Choice = {label: ownText('Back to the connection'), value: 'back'};
	if (state.phase === 'refused' || state.phase === 'error') return [back];
	if (state.phase !== 'unknown') return [];
	if (state.readBack.status === 'still-there') return [back, {label: ownText('Delete it again'), value: 'again'}];
	if (state.readBack.status === 'failed') return [{label: ownText('Read it again'), value: 'read'}, back];
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
