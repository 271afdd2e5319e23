import React, {useEffect, useState} from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from '../../api/client.js';
import type {ExternalConnection} from '../../api/types.js';
import {buildPath, type RouteIds} from '../../api/routes.js';
import {readSingleBody} from '../../api/validate-response.js';
import type {JournalEntry} from '../../journal/journal-lines.js';
import {curlCommand} from '../../journal/curl.js';
import {undoPlan, type UndoPlan} from '../../journal/undo-plan.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {KeyFooter} from '../../components/key-footer.js';
import {Spinner} from '../../components/spinner.js';
import {useBindings, useInputHold} from '../../input/use-keys.js';
import type {CopyOptions} from '../../terminal/clipboard.js';
import {padToWidth, truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {ConfirmPrompt} from '../confirm/index.js';
import type {PromptLine} from '../confirm/prompt-head.js';
import {copyNotice} from '../detail/copy-notice.js';
import {useCopy} from '../detail/use-copy.js';
import {SendingStatus, sendingStatusLines} from '../record-detail/sending-status.js';
import {useSendOnce} from '../record-detail/use-send-once.js';
import {writeToStdout} from '../record-detail/record-detail.js';
import {entryLines, rowLine, titleLine, wrapped} from './journal-lines.js';
import {useJournal} from './use-journal.js';

type Props = {
	client: ApiClient;
	/** The journal's file; none with --no-journal. */
	file: string | undefined;
	/** The profile this session's lines carry: `u` puts back only this account's changes. */
	profile: string;
	width: number;
	height: number;
	isActive: boolean;
	onBack: () => void;
	/** A connection put back by an undo, for the main list's row. */
	onConnection: (id: string, connection: ExternalConnection) => void;
	writeToTerminal?: (data: string) => void;
	clipboard?: CopyOptions;
};

// Column titles, the status line, the footer.
const CHROME_LINES = 3;
const LABEL_WIDTH = 12;

// The most lines a body takes in the confirmation.
const BODY_LINES = 4;

/** The exact request an undo sends, as the confirmation shows it: its line, then its body whole (or nearly). */
function undoRequest(plan: Extract<UndoPlan, {ok: true}>, width: number): PromptLine[] {
	const path = buildPath(plan.undo.route, plan.undo.ids as RouteIds<typeof plan.undo.route>);
	return [
		{text: ownText('Sends PATCH, once, to'), color: 'cyan'},
		{text: cleanText(`  ${path}`), color: 'cyan'},
		{text: ownText('  with'), color: 'cyan'},
		...wrapped(cleanText(JSON.stringify(plan.undo.body) ?? ''), width - 4, BODY_LINES).map(line => ({
			text: clean`    ${line}`,
			color: 'cyan' as const,
		})),
	];
}

/**
 * The journal's recent entries, newest first, one row each and only the rows that fit drawn. Enter shows every field
 * of one, y copies it as curl (the key as $TELNYX_API_KEY), u puts back what it changed where an inverse was
 * recorded: after a confirmation showing the exact request, Cancel first, sent once.
 */
export function JournalScreen({
	client,
	file,
	profile,
	width,
	height,
	isActive,
	onBack,
	onConnection,
	writeToTerminal = writeToStdout,
	clipboard = {},
}: Props) {
	const [round, setRound] = useState(0);
	const read = useJournal(file, round);
	// Keys typed while the file is read act on its entries, once they are there.
	useInputHold(isActive && read.status === 'loading');
	const entries = read.status === 'loaded' ? read.entries : [];
	const [cursorId, setCursorId] = useState<string>();
	const cursor = Math.max(
		0,
		entries.findIndex(entry => entry.id === cursorId),
	);
	const selected: JournalEntry | undefined = entries[cursor];
	const [opened, setOpened] = useState(false);
	const [confirming, setConfirming] = useState<Extract<UndoPlan, {ok: true}>>();
	const [refusal, setRefusal] = useState<string>();
	const {state: copyState, copy, clear: clearCopy} = useCopy(writeToTerminal, clipboard);
	const {state: sendState, send} = useSendOnce<unknown>(isActive && confirming === undefined);
	const statusLines = Math.max(1, sendingStatusLines(sendState));
	const viewport = Math.max(1, height - CHROME_LINES - statusLines);
	const offset = Math.min(Math.max(0, cursor - viewport + 1), cursor);

	useEffect(() => {
		if (!isActive) clearCopy();
	}, [isActive, clearCopy]);

	const moveTo = (index: number) => {
		clearCopy();
		setRefusal(undefined);
		setCursorId(entries[Math.min(Math.max(index, 0), entries.length - 1)]?.id);
	};
	const prepareUndo = (entry: JournalEntry) => {
		clearCopy();
		const plan = undoPlan(entry, {host: client.host, profile});
		if (plan.ok) setConfirming(plan);
		else setRefusal(plan.reason);
	};
	const sendUndo = (plan: Extract<UndoPlan, {ok: true}>) => {
		setConfirming(undefined);
		const {undo, redo} = plan;
		send(
			`PATCH ${undo.label}`,
			() =>
				client.call(
					{method: 'PATCH', route: undo.route, ids: undo.ids as RouteIds<typeof undo.route>, json: undo.body, sent: undo.label},
					readSingleBody<unknown>,
					{inverse: redo},
				),
			{
				onSent(value) {
					if (undo.route === '/external_connections/{id}' && undo.ids['id']) onConnection(undo.ids['id'], value as ExternalConnection);
					// The undo is an entry of its own now, on top.
					setCursorId(undefined);
					setOpened(false);
					setRound(value => value + 1);
				},
			},
		);
	};

	const idle = confirming === undefined && sendState.status !== 'sending';
	const entryKeys = selected !== undefined || read.status === 'loading';
	const bound = useBindings(
		'journal',
		{
			...(!opened && {
				down: () => moveTo(cursor + 1),
				up: () => moveTo(cursor - 1),
				pageDown: () => moveTo(cursor + viewport),
				pageUp: () => moveTo(cursor - viewport),
				first: () => moveTo(0),
				last: () => moveTo(entries.length - 1),
				reload: () => setRound(value => value + 1),
			}),
			// Bound while the file is read too: the keys typed meanwhile wait for its entries, and the help opened
			// meanwhile lists what they will do.
			...(entryKeys && !opened && {open: () => selected && setOpened(true)}),
			...(entryKeys && {copy: () => selected && copy({what: 'curl', text: curlCommand(selected)})}),
			...(entryKeys && idle && {undo: () => selected && prepareUndo(selected)}),
			back() {
				clearCopy();
				setRefusal(undefined);
				if (opened) setOpened(false);
				else onBack();
			},
		},
		isActive && confirming === undefined,
	);

	if (confirming && selected) {
		return (
			<ConfirmPrompt
				title={cleanText(`Undo: ${confirming.undo.label}`)}
				question={ownText('Send this change? It puts back the value the entry replaced.')}
				lines={[
					{text: clean`Undoes ${cleanText(selected.method)} ${cleanText(selected.path)}`, dim: true},
					{text: clean`  which sent ${cleanText(JSON.stringify(selected.body) ?? 'no body')}`, dim: true},
					...undoRequest(confirming, width),
				]}
				cancelLabel={ownText('Cancel')}
				confirmLabel={ownText('Send the undo')}
				width={width}
				isActive={isActive}
				onConfirm={() => sendUndo(confirming)}
				onCancel={() => setConfirming(undefined)}
			/>
		);
	}

	const status: {text: Clean; color?: 'yellow'} | undefined = copyState
		? {text: copyNotice(copyState.copied, copyState.tmuxBufferSet, width)}
		: refusal
			? {text: truncate(cleanText(refusal), width), color: 'yellow'}
			: undefined;

	let body: React.ReactNode;
	if (read.status === 'off') body = <Text>{truncate(ownText('The journal is off (--no-journal): nothing was written.'), width)}</Text>;
	else if (read.status === 'loading') body = <Spinner label={ownText('Reading the journal…')} />;
	else if (read.status === 'failed') body = <ErrorBanner error={read.error} width={width} />;
	else if (entries.length === 0) body = <Text>{truncate(ownText('No change has been sent yet: the journal is empty.'), width)}</Text>;
	else if (opened && selected)
		body = entryLines(selected).map(({label, value}) => (
			<Text key={label} wrap="truncate-end">
				<Text dimColor>{padToWidth(label, LABEL_WIDTH)}</Text> {truncate(value, Math.max(1, width - LABEL_WIDTH - 1))}
			</Text>
		));
	else
		body = entries.slice(offset, offset + viewport).map((entry, index) => (
			<Text
				key={entry.id}
				inverse={offset + index === cursor}
				color={entry.result?.outcome === 'ok' ? undefined : entry.result?.outcome === 'failed' ? 'red' : 'yellow'}
			>
				{rowLine(entry, offset + index === cursor, width)}
			</Text>
		));

	return (
		<Box flexDirection="column">
			<Text dimColor>{opened ? ownText(' ') : titleLine(width)}</Text>
			<Box flexDirection="column" height={viewport}>
				{body}
			</Box>
			{sendState.status === 'idle' ? (
				<Text color={status?.color}>{status?.text ?? ownText(' ')}</Text>
			) : (
				<SendingStatus
					state={sendState}
					width={width}
					explain={() => undefined}
					again={ownText('u asks again before sending: a new press, once you have read the above.')}
					done={() => ownText('Undone: the change was put back (a new entry on top)')}
				/>
			)}
			<KeyFooter bound={[bound]} width={width} />
		</Box>
	);
}
