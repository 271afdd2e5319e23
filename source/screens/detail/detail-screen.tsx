import React, {useState} from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {copyToClipboard} from '../../clipboard.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {EMPTY, displayWidth, truncate} from '../../components/format.js';
import {cleanText} from '../../components/sanitize.js';
import {showField} from '../../components/wire-value.js';
import {buildDetailRows, buildJsonRows, describeFailure, layoutRows, type DetailRow} from './detail-lines.js';
import {useDetailData} from './use-detail-data.js';
import {hintsFor} from '../../input/bindings.js';
import {useBindings, useInputHold} from '../../input/use-keys.js';

export type DetailScreenProps = {
	client: ApiClient;
	id: string;
	width: number;
	height: number;
	isActive: boolean;
	onBack: () => void;
	/** Where the OSC 52 sequence goes; the app passes Ink's stdout. */
	writeToTerminal?: (data: string) => void;
};

export const DETAIL_HINTS = hintsFor(['detail', 'global']);

const writeToStdout = (data: string) => {
	process.stdout.write(data);
};

export function DetailScreen({
	client,
	id,
	width,
	height,
	isActive,
	onBack,
	writeToTerminal = writeToStdout,
}: DetailScreenProps): React.JSX.Element {
	const data = useDetailData(client, id);
	const {external, connection} = data;
	const [showJson, setShowJson] = useState(false);
	const [offset, setOffset] = useState(0);
	const [copied, setCopied] = useState(false);

	const notices: Array<{text: string; color: string}> = [];
	if (external.status === 'loaded' && connection.status === 'failed') {
		notices.push({text: `⚠ Connection details unavailable: ${describeFailure(connection.error)}`, color: 'yellow'});
	}

	// The id comes from the route (a list row or a create answer): outside text like any other.
	const shownId = cleanText(id);
	if (copied) notices.push({text: `✔ Copied id ${shownId} to the clipboard (OSC 52)`, color: 'green'});

	const rows: DetailRow[] =
		external.status === 'loaded'
			? layoutRows(
					showJson ? buildJsonRows(external.value, connection) : buildDetailRows(external.value, connection, new Date()),
					width,
				)
			: [];
	// Title, notices and footer share the frame with the body, which must stay below the terminal's height.
	const bodyHeight = Math.max(1, height - 1 - 2 - notices.length);
	const maxOffset = Math.max(0, rows.length - bodyHeight);
	const top = Math.min(offset, maxOffset);

	const loaded = external.status === 'loaded';
	useBindings(
		'detail',
		{
			back: onBack,
			...(loaded && {
				json() {
					setShowJson(value => !value);
					setOffset(0);
				},
				copy() {
					copyToClipboard(id, {write: writeToTerminal});
					setCopied(true);
				},
				up: () => setOffset(Math.max(0, top - 1)),
				down: () => setOffset(Math.min(maxOffset, top + 1)),
			}),
		},
		isActive,
	);
	// Keys typed while the records load wait for both: J, y or a scroll act on all that arrives, as if typed
	// after it.
	useInputHold(isActive && (external.status === 'loading' || connection.status === 'loading'));

	if (external.status === 'loading') {
		return (
			<Box flexDirection="column">
				<Text wrap="truncate-end">
					{truncate(`Loading connection ${shownId}…${data.retry ? ` retrying ${data.retry.attempt}/${data.retry.of}…` : ''}`, width)}
				</Text>
				<Text dimColor wrap="truncate-end">
					{truncate(DETAIL_HINTS, width)}
				</Text>
			</Box>
		);
	}

	if (external.status === 'failed') {
		return (
			<Box flexDirection="column">
				<Text bold wrap="truncate-end">
					{truncate(`External connection ${shownId}`, width)}
				</Text>
				<ErrorBanner error={external.error} width={width} />
				<Text wrap="truncate-end">{truncate('Esc to go back', width)}</Text>
			</Box>
		);
	}

	const visible = rows.slice(top, top + bodyHeight);
	const name = connection.status === 'loaded' ? showField(connection.value.connection_name, 'text') : EMPTY;
	const position = rows.length > bodyHeight ? ` · lines ${top + 1}–${top + visible.length} of ${rows.length}` : '';
	// The position stays visible however long the name: the rest of the title gives way.
	const title =
		truncate(`External connection ${shownId}${name === EMPTY ? '' : ` · ${name}`}${showJson ? ' · raw JSON' : ''}`, width - displayWidth(position)) +
		position;
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{truncate(title, width)}
			</Text>
			{visible.map((row, index) => (
				<Row key={top + index} row={row} />
			))}
			{notices.map(notice => (
				<Text key={notice.text} color={notice.color} wrap="truncate-end">
					{truncate(notice.text, width)}
				</Text>
			))}
			<Text dimColor wrap="truncate-end">
				{truncate(DETAIL_HINTS, width)}
			</Text>
		</Box>
	);
}

function Row({row}: {row: DetailRow}): React.JSX.Element {
	switch (row.kind) {
		case 'heading': {
			return (
				<Text bold color="cyan" wrap="truncate-end">
					{row.text}
				</Text>
			);
		}

		case 'field': {
			return (
				<Text wrap="truncate-end">
					{row.label}
					<Text dimColor={row.value === '—'}>{row.value}</Text>
				</Text>
			);
		}

		case 'note': {
			return (
				<Text italic wrap="truncate-end">
					{row.text}
				</Text>
			);
		}

		case 'text': {
			return <Text wrap="truncate-end">{row.text}</Text>;
		}
	}
}
