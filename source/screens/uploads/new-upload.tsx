import React, {useState} from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {TextField} from '../../components/text-field.js';
import {formatCount, truncate} from '../../components/format.js';
import {cleanText, ownText} from '../../components/sanitize.js';
import {hintsFor} from '../../input/bindings.js';
import {useBindings, useTextCapture} from '../../input/use-keys.js';
import {createUpload} from '../../resources/uploads/api.js';
import {explainUploadTooLarge} from '../../resources/uploads/explain.js';
import {parseUploadNumbers, type ParsedNumbers} from '../../resources/uploads/parse-numbers.js';
import {bodyReviewLines, uploadBody} from '../../resources/uploads/upload-body.js';
import {MAX_UPLOAD_NUMBERS, type CreatedUpload} from '../../resources/uploads/types.js';
import {ConfirmPrompt} from '../confirm/index.js';
import {SendingStatus, sendingStatusLines} from '../record-detail/sending-status.js';
import {useSendOnce} from '../record-detail/use-send-once.js';

export type NewUploadProps = {
	client: ApiClient;
	connectionId: string;
	width: number;
	height: number;
	isActive: boolean;
	onClose: () => void;
	onStarted: (upload: CreatedUpload) => void;
};

const ENTRY_HINTS = `Enter review · ${hintsFor(['uploadForm', 'global'], {typing: true})}`;
// The text field's rows: a long paste is cut here, its count and problems said below it.
const FIELD_ROWS = 3;

/** Numbers typed or pasted, each checked, then the exact POST body reviewed (Cancel first) and sent once. */
export function NewUpload({client, connectionId, width, height, isActive, onClose, onStarted}: NewUploadProps): React.JSX.Element {
	useTextCapture();
	const [text, setText] = useState('');
	const [checked, setChecked] = useState<ParsedNumbers>();
	const [reviewing, setReviewing] = useState(false);
	const {state, send} = useSendOnce<CreatedUpload>(isActive);
	const body = checked?.ok ? uploadBody(checked.numbers) : undefined;

	useBindings('uploadForm', {cancel: onClose}, isActive && !reviewing);

	if (reviewing && body) {
		const statusLines = sendingStatusLines(state);
		const lines = bodyReviewLines(body, width, Math.max(1, height - 8 - statusLines));
		return (
			<Box flexDirection="column">
				<ConfirmPrompt
					title={cleanText(`New upload · POST /external_connections/${connectionId}/uploads`)}
					question={`Send this body? ${formatCount(body.number_ids.length)} ${body.number_ids.length === 1 ? 'number' : 'numbers'} to the default location; sent once, never retried.`}
					lines={lines.map(line => ({text: line, dim: true}))}
					cancelLabel="Back to the numbers"
					confirmLabel={state.status === 'failed' ? 'Send again' : 'Send'}
					width={width}
					isActive={isActive && state.status !== 'sending'}
					onCancel={() => setReviewing(false)}
					onConfirm={() =>
						send(`POST upload of ${formatCount(body.number_ids.length)} numbers`, () => createUpload(client, connectionId, body), onStarted)
					}
				/>
				<SendingStatus
					state={state}
					width={width}
					explain={error => explainUploadTooLarge(error, body.number_ids.length)}
					done={() => 'Upload started'}
				/>
			</Box>
		);
	}

	const entries = text.split(/[\s,]+/).filter(Boolean).length;
	const messages = checked && !checked.ok ? checked.messages : [];
	const room = Math.max(3, height - FIELD_ROWS - 5);
	// The last message is the one about the whole list (none entered, past the limit): it always shows.
	const shown =
		messages.length <= room
			? messages
			: [...messages.slice(0, room - 2), ownText(`…${formatCount(messages.length - room + 1)} more`), messages.at(-1)!];
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{truncate(cleanText(`New upload of numbers to Microsoft Teams · connection ${connectionId}`), width)}
			</Text>
			<Text wrap="truncate-end">
				{truncate(
					`Numbers in E.164 (+15555550100), separated by spaces, commas or lines; a pasted column works. At most ${formatCount(MAX_UPLOAD_NUMBERS)}.`,
					width,
				)}
			</Text>
			<Box height={FIELD_ROWS} overflow="hidden">
				<TextField
					value={text}
					placeholder="+15555550100 +15555550101 …"
					isActive={isActive}
					onChange={value => {
						setText(value);
						setChecked(undefined);
					}}
					onSubmit={value => {
						const parsed = parseUploadNumbers(value);
						setChecked(parsed);
						if (parsed.ok) setReviewing(true);
					}}
				/>
			</Box>
			<Text dimColor wrap="truncate-end">
				{`${formatCount(entries)} ${entries === 1 ? 'entry' : 'entries'}`}
			</Text>
			{shown.map((message, index) => (
				<Text key={index} color="red" wrap="truncate-end">
					{truncate(message, width)}
				</Text>
			))}
			<Text dimColor wrap="truncate-end">
				{truncate(ENTRY_HINTS, width)}
			</Text>
		</Box>
	);
}
