import React, {useEffect, useMemo, useRef, useState} from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {TextField} from '../../components/text-field.js';
import {KeyFooter} from '../../components/key-footer.js';
import {TEXT_FIELD_BOUND} from '../../components/use-line-field.js';
import {formatCount, truncate} from '../../text/format.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {useBindings, useInputHold, useTextCapture} from '../../input/use-keys.js';
import {createUpload, listUploads} from '../../resources/uploads/api.js';
import {findUploadOf} from '../../resources/uploads/find-upload.js';
import {answerShown} from '../../mutation/send-machine.js';
import {showField} from '../../components/wire-value.js';
import {explainUploadTooLarge} from '../../resources/uploads/explain.js';
import {parseUploadNumbers, repeatLines, type ParsedNumbers} from '../../resources/uploads/parse-numbers.js';
import {resolveNumberIds, type ResolvedNumbers} from '../../resources/uploads/resolve-numbers.js';
import {bodyReviewLines, idReviewLines} from '../../resources/uploads/upload-body.js';
import {
	ADDITIONAL_USAGE_CHOICES,
	DEFAULT_OPTIONS,
	destinationChoices,
	destinationOf,
	destinationText,
	tollFreeProblem,
	uploadRequest,
	USAGE_CHOICES,
	usageOf,
	usagesOf,
	type UploadOptions,
} from '../../resources/uploads/upload-options.js';
import {placeIndex} from '../../resources/civic-addresses/places.js';
import type {Choice} from '../../resources/civic-addresses/location-choices.js';
import {PickList} from '../record-detail/pick-list.js';
import {useConnectionAddresses} from '../record-detail/use-connection-addresses.js';
import {MAX_UPLOAD_NUMBERS, type CreatedUpload} from '../../resources/uploads/types.js';
import {ConfirmPrompt} from '../confirm/index.js';
import {SendingStatus, sendingStatusLines} from '../record-detail/sending-status.js';
import {useSendOnce} from '../record-detail/use-send-once.js';
import type {MarkedNumbers} from '../../resources/uploads/marked-numbers.js';

export type NewUploadProps = {
	client: ApiClient;
	connectionId: string;
	width: number;
	height: number;
	isActive: boolean;
	onClose: () => void;
	onStarted: (upload: CreatedUpload) => void;
	/** Numbers marked in the connection's list: the field starts with them, and with their ids at the destination menu. */
	marked?: MarkedNumbers;
};

// Uploads read back after an unknown outcome: the newest, with the first number when it is one.
const READ_BACK_UPLOADS = 50;
// The text field's rows: a long paste is cut here, its count and problems said below it.
const FIELD_ROWS = 3;
// Numbers not found among the connection's, named one per line up to this many.
const MAX_UNKNOWN_NAMED = 5;

function unknownMessages(unknown: readonly string[]) {
	const named = unknown
		.slice(0, MAX_UNKNOWN_NAMED)
		.map(number => clean`${cleanText(number)} is not a phone number of this connection: nothing can upload it.`);
	const rest = unknown.length - named.length;
	return rest > 0 ? [...named, clean`…and ${formatCount(rest)} more numbers that are not this connection's.`] : named;
}

/** After the numbers: where they go, then what for (each a menu), then the review. */
type Step = 'numbers' | 'destination' | 'usage' | 'additional' | 'review';

const valueIndex = (items: ReadonlyArray<{value: string}>, value: string) =>
	Math.max(
		0,
		items.findIndex(item => item.value === value),
	);

/**
 * Numbers typed or pasted, each checked and looked up by id; then a location or civic address and the usages, each
 * from a menu; then the exact POST body reviewed (Cancel first) and sent once.
 */
export function NewUpload({client, connectionId, width, height, isActive, onClose, onStarted, marked}: NewUploadProps): React.JSX.Element {
	useTextCapture();
	const [text, setText] = useState(marked?.text ?? '');
	const [checked, setChecked] = useState<ParsedNumbers | undefined>(marked?.checked);
	const [step, setStep] = useState<Step>(marked?.resolved ? 'destination' : 'numbers');
	const [options, setOptions] = useState<UploadOptions>(DEFAULT_OPTIONS);
	// The toll-free rule refused the usages chosen: said over the usage menu, which is asked again.
	const [optionProblem, setOptionProblem] = useState<string>();
	const addresses = useConnectionAddresses(client, connectionId);
	const addressList = addresses.status === 'loaded' ? addresses.value.data : undefined;
	const places = useMemo(() => (addressList ? placeIndex(addressList) : undefined), [addressList]);
	// The typed numbers' ids, looked up when the list is submitted; `lookup` counts the lookups while they run.
	const [resolved, setResolved] = useState<ResolvedNumbers | undefined>(marked?.resolved);
	const [lookup, setLookup] = useState<{done: number; error?: unknown}>();
	const lookupController = useRef<AbortController>(undefined);
	useEffect(() => () => lookupController.current?.abort(), []);
	const {state, send, readAgain, reset} = useSendOnce<CreatedUpload>(isActive);
	// Keys typed ahead of the lookup wait for the menu it opens: an Enter meant for it must not submit again.
	useInputHold(isActive && lookup !== undefined && lookup.error === undefined);
	const body = checked?.ok && resolved && resolved.unknown.length === 0 ? uploadRequest(resolved.ids, options) : undefined;
	const lookUpIds = (numbers: readonly string[]) => {
		lookupController.current?.abort();
		const controller = new AbortController();
		lookupController.current = controller;
		setLookup({done: 0});
		const onProgress = (done: number) => {
			if (!controller.signal.aborted) setLookup({done});
		};
		resolveNumberIds(client, connectionId, numbers, {signal: controller.signal, onProgress}).then(
			found => {
				if (controller.signal.aborted) return;
				setLookup(undefined);
				setResolved(found);
				if (found.unknown.length === 0) setStep('destination');
			},
			(error: unknown) => {
				if (!controller.signal.aborted) setLookup({done: 0, error});
			},
		);
	};
	// Counted once per change of the text, not on every key that only moves the cursor.
	const entries = useMemo(() => text.split(/[\s,]+/).filter(Boolean).length, [text]);

	const bound = useBindings('uploadForm', {cancel: onClose}, isActive && step === 'numbers');

	const menu = (question: string, items: readonly Choice[], chosen: string, onPick: (value: string) => void, back: Step) => (
		<Box flexDirection="column">
			<Text bold>
				{truncate(
					clean`New upload of ${formatCount(resolved?.ids.length ?? 0)} ${ownText(resolved?.ids.length === 1 ? 'number' : 'numbers')} · connection ${cleanText(connectionId)}`,
					width,
				)}
			</Text>
			{optionProblem && step === 'usage' ? <Text color="red">{truncate(clean`✖ ${cleanText(optionProblem)}`, width)}</Text> : null}
			<PickList
				// Each step's menu is its own: it starts on that step's choice, not where the last menu's cursor was.
				key={step}
				question={cleanText(question)}
				items={[...items]}
				initialIndex={valueIndex(items, chosen)}
				height={height - 2}
				width={width}
				isActive={isActive}
				onPick={onPick}
				onCancel={() => setStep(back)}
			/>
		</Box>
	);

	if (step === 'destination' && body) {
		const items = addressList ? destinationChoices(addressList) : destinationChoices([]);
		const {destination} = options;
		const chosen = destination.kind === 'default' ? 'default' : `${destination.kind}:${destination.id}`;
		const loading = addresses.status === 'loading' ? " (the connection's locations are loading…)" : '';
		return menu(
			`Where do the numbers go?${loading}`,
			items,
			chosen,
			value => {
				setOptions({...options, destination: destinationOf(value)});
				setStep('usage');
			},
			'numbers',
		);
	}
	if (step === 'usage' && body) {
		return menu(
			'The usage of the upload?',
			USAGE_CHOICES,
			options.usage ?? 'none',
			value => {
				setOptions({...options, usage: usageOf(value)});
				setOptionProblem(undefined);
				setStep('additional');
			},
			'destination',
		);
	}
	if (step === 'additional' && body) {
		return menu(
			'Additional usages?',
			ADDITIONAL_USAGE_CHOICES,
			options.additionalUsages?.join(',') ?? 'none',
			value => {
				const next = {...options, additionalUsages: usagesOf(value)};
				setOptions(next);
				const problem = tollFreeProblem([...(resolved?.numberOf.values() ?? [])], next);
				setOptionProblem(problem);
				setStep(problem ? 'usage' : 'review');
			},
			'usage',
		);
	}

	if (step === 'review' && body) {
		const count = clean`${formatCount(body.number_ids.length)} ${ownText(body.number_ids.length === 1 ? 'number' : 'numbers')}`;
		const unknown = state.status === 'unknown-outcome';
		const statusLines = sendingStatusLines(state);
		const repeats = repeatLines(checked?.repeats ?? []);
		const room = Math.max(2, height - 9 - statusLines - repeats.length);
		const lines = bodyReviewLines(body, width, Math.ceil(room / 2));
		const ids = idReviewLines(body.number_ids, resolved?.numberOf ?? new Map(), Math.max(1, room - lines.length));
		const readBack = async () => {
			const first = resolved?.numberOf.get(body.number_ids[0] ?? '') ?? '';
			const filters = first.startsWith('+') ? {phoneNumberEq: first} : {};
			const {data} = await listUploads(client, connectionId, {pageNumber: 1, pageSize: READ_BACK_UPLOADS, filters});
			const found = findUploadOf(data, body.number_ids);
			if (found) {
				const ticket = found.ticket_id === undefined ? ownText('(none given)') : showField(found.ticket_id, 'text');
				const status = found.status === undefined ? ownText('status not given') : showField(found.status, 'text');
				return clean`an upload of these numbers exists: ticket ${ticket}, ${status}. It was made: do not send it again.`;
			}
			const among = clean`no upload of these ${count} among the newest ${READ_BACK_UPLOADS}`;
			return first.startsWith('+') ? clean`${among} with ${cleanText(first)}: it was not made.` : clean`${among}: it was not made.`;
		};

		return (
			<Box flexDirection="column">
				<ConfirmPrompt
					// A new answer puts the cursor back on the first, safest choice.
					key={answerShown(state) ?? 'idle'}
					title={cleanText(`New upload · POST /external_connections/${connectionId}/uploads`)}
					question={
						unknown
							? ownText('Sent once; what happened is unknown. Send it again only if the read-back says it was not made.')
							: clean`Send this body? ${count} to ${destinationText(options.destination, id => places?.get(id))}; sent once, never retried.`
					}
					lines={[
						...repeats.map(text => ({text, color: 'yellow' as const})),
						...lines.map(line => ({text: line, dim: true})),
						...ids.map(line => ({text: line, dim: true})),
					]}
					cancelLabel={ownText('Back to the numbers')}
					cancelHint="Esc back to the numbers"
					confirmLabel={ownText(state.status === 'idle' ? 'Send' : 'Send again')}
					{...(unknown && {check: {label: ownText('Read back the uploads again'), onCheck: readAgain}})}
					width={width}
					isActive={isActive && state.status !== 'sending'}
					onCancel={() => {
						reset();
						setStep('numbers');
					}}
					onConfirm={() => send(`POST upload of ${count}`, () => createUpload(client, connectionId, body), {onSent: onStarted, readBack})}
				/>
				<SendingStatus
					state={state}
					width={width}
					explain={error => explainUploadTooLarge(error, body.number_ids.length)}
					done={() => ownText('Upload started')}
				/>
			</Box>
		);
	}

	const messages = checked && !checked.ok ? checked.messages : resolved ? unknownMessages(resolved.unknown) : [];
	const room = Math.max(3, height - FIELD_ROWS - 5);
	// The last message is the one about the whole list (none entered, past the limit): it always shows.
	const shown =
		messages.length <= room
			? messages
			: [...messages.slice(0, room - 2), clean`…${formatCount(messages.length - room + 1)} more`, messages.at(-1)!];
	return (
		<Box flexDirection="column">
			<Text bold>{truncate(clean`New upload of numbers to Microsoft Teams · connection ${cleanText(connectionId)}`, width)}</Text>
			<Text>
				{truncate(
					clean`Numbers in E.164 (+15555550100), separated by spaces, commas or lines; a pasted column works. At most ${formatCount(MAX_UPLOAD_NUMBERS)}.`,
					width,
				)}
			</Text>
			<Box height={FIELD_ROWS} overflow="hidden">
				<TextField
					value={text}
					width={width}
					rows={FIELD_ROWS}
					placeholder={ownText('+15555550100 +15555550101 …')}
					isActive={isActive}
					onChange={value => {
						setText(value);
						setChecked(undefined);
						setResolved(undefined);
						lookupController.current?.abort();
						setLookup(undefined);
					}}
					onSubmit={value => {
						const parsed = parseUploadNumbers(value);
						setChecked(parsed);
						setResolved(undefined);
						if (parsed.ok) lookUpIds(parsed.numbers);
					}}
				/>
			</Box>
			<Text dimColor>{clean`${formatCount(entries)} ${ownText(entries === 1 ? 'entry' : 'entries')}`}</Text>
			{lookup && !lookup.error && checked ? (
				<Text color="cyan">
					{truncate(
						clean`Looking up the ids of ${formatCount(checked.numbers.length)} numbers among the connection's… ${formatCount(lookup.done)} done`,
						width,
					)}
				</Text>
			) : null}
			{lookup?.error ? <ErrorBanner error={lookup.error} width={width} /> : null}
			{shown.map((message, index) => (
				<Text key={index} color="red">
					{truncate(message, width)}
				</Text>
			))}
			<KeyFooter bound={[{...TEXT_FIELD_BOUND, hints: {submit: 'Enter review'}}, bound]} width={width} typing />
		</Box>
	);
}
