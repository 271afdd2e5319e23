import React, {useEffect, useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from '../../api/client.js';
import type {ExternalConnection} from '../../api/types.js';
import type {CopyOptions} from '../../terminal/clipboard.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {EMPTY, displayWidth, truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {showField} from '../../components/wire-value.js';
import {BINDINGS, type ActionOf} from '../../input/bindings.js';
import {footerLine} from '../../input/footer.js';
import {KeyFooter} from '../../components/key-footer.js';
import {useLogCount} from './use-log-count.js';
import {usePendingUploads} from './use-pending-uploads.js';
import {useBindings, useInputHold} from '../../input/use-keys.js';
import {copyNotice} from './copy-notice.js';
import {detailJson} from '../../resources/detail-json.js';
import {layoutDetail} from './detail-layout.js';
import {DetailLineView} from './detail-line.js';
import {buildDetailRows, buildJsonRows, describeFailure} from '../../resources/detail-lines.js';
import {fitView, moveView, TOP_OF_VIEW, type Geometry, type ViewMove} from './detail-view.js';
import {useCopy} from './use-copy.js';
import {useDetailData} from './use-detail-data.js';
import {useProfileNames} from './use-profile-names.js';
import {externalConnections} from '../../resources/external-connections.js';

export type DetailScreenProps = {
	client: ApiClient;
	id: string;
	width: number;
	height: number;
	isActive: boolean;
	onBack: () => void;
	/** Open the lists that hang off the connection (n, m, …); their keys are bound and shown only with it. */
	onOpenList?: (list: ActionOf<'records'>) => void;
	/** `e` and `d`: the record as shown and its name (sanitized; EMPTY when unknown). */
	onEdit?: (record: ExternalConnection, name: Clean) => void;
	onDelete?: (record: ExternalConnection, name: Clean) => void;
	/** The list's row of this connection, shown when its id is one the contract would not produce (nothing is asked then). */
	listed?: ExternalConnection;
	/** Where the OSC 52 sequence goes; the app passes Ink's stdout. */
	writeToTerminal?: (data: string) => void;
	/** The environment that says whether this is tmux, and how tmux is run; the process's own by default. */
	clipboard?: CopyOptions;
};

const LIST_ACTIONS = Object.keys(BINDINGS.records.bindings) as Array<ActionOf<'records'>>;

const doNothing = () => {};

const writeToStdout = (data: string) => {
	process.stdout.write(data);
};

// Title and footer share the frame with the body, which must stay below the terminal's height.
const CHROME_LINES = 2;

export function DetailScreen({
	client,
	id,
	width,
	height,
	isActive,
	onBack,
	onOpenList,
	onEdit,
	onDelete,
	listed,
	writeToTerminal = writeToStdout,
	clipboard = {},
}: DetailScreenProps): React.JSX.Element {
	const refusal = externalConnections.idRefusal(id, undefined);
	const data = useDetailData(client, id, refusal, listed);
	// Its action keys do nothing: the line under the fields says why from the start.
	const profiles = useProfileNames(client);
	const {external, connection} = data;
	const [showJson, setShowJson] = useState(false);
	// Each view keeps its place: back from the raw JSON, the same field is selected.
	const [fieldsView, setFieldsView] = useState(TOP_OF_VIEW);
	const [jsonView, setJsonView] = useState(TOP_OF_VIEW);
	const {state: copyState, copy, clear: clearCopy} = useCopy(writeToTerminal, clipboard);
	// The notice is about this visit: whatever covers the detail (a dialog, a list, the help) ends it.
	useEffect(() => {
		if (!isActive) clearCopy();
	}, [isActive, clearCopy]);
	const logCount = useLogCount(client, id, onOpenList !== undefined && refusal === undefined);
	const uploadsHint = usePendingUploads(client, id, onOpenList !== undefined && refusal === undefined, isActive);
	// y's notice stands in that line until the next key, so it never takes a line from the fields (a detail
	// without the line, outside the app, gives it one of its own).
	const status = copyState ? {text: copyNotice(copyState.copied, copyState.tmuxBufferSet, width)} : undefined;
	// The lists under the connection take a footer line of their own: with the detail's keys they would not fit 80 columns.
	const lastButOne = status !== undefined || onOpenList !== undefined;

	const notices: Array<{text: Clean; color?: string}> = [];
	if (refusal) {
		notices.push({text: clean`✖ ${cleanText(refusal)}`, color: 'red'});
	} else if (external.status === 'loaded' && connection.status === 'failed') {
		notices.push({text: clean`⚠ Connection details unavailable: ${describeFailure(connection.error)}`, color: 'yellow'});
	}

	const rows = useMemo(
		() =>
			external.status !== 'loaded'
				? []
				: showJson
					? buildJsonRows(external.value, connection)
					: buildDetailRows(external.value, connection, profiles, new Date()),
		[external, connection, profiles, showJson],
	);
	const layout = useMemo(() => layoutDetail(rows, width), [rows, width]);
	const fieldRows = rows.flatMap(row => (row.kind === 'field' ? [row] : []));
	const geometry: Geometry = {
		lineCount: layout.lines.length,
		height: Math.max(1, height - CHROME_LINES - notices.length - (lastButOne ? 1 : 0)),
		fields: showJson ? [] : layout.fields,
	};
	const view = fitView(showJson ? jsonView : fieldsView, geometry);
	const name = connection.status === 'loaded' ? showField(connection.value.connection_name, 'text') : EMPTY;
	const move = (to: ViewMove) => () => {
		clearCopy();
		(showJson ? setJsonView : setFieldsView)(moveView(view, geometry, to));
	};

	const bound = useBindings(
		'detail',
		{
			back: onBack,
			...(external.status === 'loaded' && {
				json() {
					clearCopy();
					setShowJson(value => !value);
					setJsonView(TOP_OF_VIEW);
				},
				copy() {
					if (showJson) return copy({what: 'json', text: detailJson(external.value, connection)});
					const selected = fieldRows[view.cursor];
					if (!selected) return;
					copy(selected.copy === undefined ? {what: 'nothing', label: selected.label} : {what: 'field', text: selected.copy});
				},
				...(onEdit && {edit: refusal ? doNothing : () => onEdit(external.value, name)}),
				...(onDelete && {delete: refusal ? doNothing : () => onDelete(external.value, name)}),
				up: move('up'),
				down: move('down'),
				pageUp: move('pageUp'),
				pageDown: move('pageDown'),
				first: move('first'),
				last: move('last'),
			}),
		},
		isActive,
	);
	const records = {
		...useBindings(
			'records',
			onOpenList && external.status === 'loaded'
				? Object.fromEntries(LIST_ACTIONS.map(list => [list, refusal ? doNothing : () => onOpenList(list)]))
				: {},
			isActive,
		),
		hints: {logMessages: `m ${logCount}`, uploads: uploadsHint},
	};
	// Keys typed while the records load wait for both: J, y or a scroll act on all that arrives, as if typed
	// after it.
	useInputHold(isActive && (external.status === 'loading' || connection.status === 'loading'));

	// The id comes from the route (a list row or a create answer): outside text like any other.
	const shownId = cleanText(id);
	if (external.status === 'loading') {
		return (
			<Box flexDirection="column">
				<Text>
					{truncate(
						data.retry
							? clean`Loading connection ${shownId}… retrying ${data.retry.attempt}/${data.retry.of}…`
							: clean`Loading connection ${shownId}…`,
						width,
					)}
				</Text>
				<KeyFooter bound={[bound]} width={width} />
			</Box>
		);
	}

	if (external.status === 'failed') {
		return (
			<Box flexDirection="column">
				<Text bold>{truncate(clean`External connection ${shownId}`, width)}</Text>
				<ErrorBanner error={external.error} width={width} />
				<KeyFooter bound={[bound]} width={width} />
			</Box>
		);
	}

	const visible = layout.lines.slice(view.top, view.top + geometry.height);
	const total = layout.lines.length;
	const position = total > geometry.height ? clean` · lines ${view.top + 1}–${view.top + visible.length} of ${total}` : ownText('');
	// The position stays visible however long the name: the rest of the title gives way.
	const named = name === EMPTY ? clean`External connection ${shownId}` : clean`External connection ${shownId} · ${name}`;
	const title = clean`${truncate(showJson ? clean`${named} · raw JSON` : named, width - displayWidth(position))}${position}`;
	return (
		<Box flexDirection="column">
			<Text bold>{truncate(title, width)}</Text>
			{visible.map((line, index) => {
				const selected = !showJson && line.kind === 'field' && line.field === view.cursor;
				// The mark goes on the field's first line shown: a tall field may start above the screen.
				const marked = selected && Math.max(layout.fields[view.cursor]!.first, view.top) === view.top + index;
				return <DetailLineView key={view.top + index} line={line} selected={selected} marked={marked} />;
			})}
			{notices.map(notice => (
				<Text key={notice.text} color={notice.color}>
					{truncate(notice.text, width)}
				</Text>
			))}
			{status ? (
				<Text>{truncate(status.text, width)}</Text>
			) : onOpenList ? (
				<Text dimColor>{footerLine([records], width, {global: false})}</Text>
			) : null}
			<KeyFooter bound={[bound]} width={width} />
		</Box>
	);
}
