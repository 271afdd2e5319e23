import React, {useState} from 'react';
import {Box, Text} from 'ink';
import type {CopyOptions} from '../../terminal/clipboard.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {displayWidth, truncate} from '../../text/format.js';
import {KeyFooter} from '../../components/key-footer.js';
import {useBindings, useInputHold, type Actions} from '../../input/use-keys.js';
import {copyNotice} from '../detail/copy-notice.js';
import {layoutDetail} from '../detail/detail-layout.js';
import {DetailLineView} from '../detail/detail-line.js';
import {recordJson} from '../../resources/detail-json.js';
import {buildRecordJsonRows, type DetailRow} from '../../resources/detail-lines.js';
import {fitView, moveView, TOP_OF_VIEW, type Geometry, type ViewMove} from '../detail/detail-view.js';
import type {Load} from '../../data/load.js';
import {useCopy} from '../detail/use-copy.js';

/** What a record's own screen adds: its keys (from the `record` context), a line of outcome, a panel over the fields. */
export type RecordExtras = {
	actions?: Actions<'record'>;
	/** What the last action did, or an error, under the fields. */
	status?: React.ReactNode;
	/** Lines `status` takes, so the fields give them up. */
	statusLines?: number;
	/** A menu or confirmation in place of the fields; the detail's keys rest meanwhile. */
	panel?: React.ReactNode;
	/**
	 * Why nothing can be sent for this record (its id fails the contract): each of `actions` then shows this
	 * instead of acting. Outside text, cleaned here.
	 */
	refusal?: string;
	/** A refusal met by the last action (an id inside the record, such as a location's), shown at once. */
	refused?: string;
	/** Fields that lead elsewhere, by label: Enter on one of them follows it (a profile's connections). */
	links?: ReadonlyMap<string, () => void>;
};

export type RecordDetailProps<T> = RecordExtras & {
	/** 'Phone number', 'Log message': the title's first word, before the id. */
	what: string;
	id: string;
	record: Load<T>;
	rows: (record: T) => DetailRow[];
	width: number;
	height: number;
	isActive: boolean;
	onBack: () => void;
	writeToTerminal?: (data: string) => void;
	clipboard?: CopyOptions;
};

const MOVES = ['up', 'down', 'pageUp', 'pageDown', 'first', 'last'] as const;
// Title and footer share the frame with the fields.
const CHROME_LINES = 3;

export const writeToStdout = (data: string) => {
	process.stdout.write(data);
};

/** Any sub-resource's detail: its rows, selectable and copyable like the connection's, and the keys its screen adds. */
export function RecordDetail<T>({
	what,
	id,
	record,
	rows: rowsOf,
	width,
	height,
	isActive,
	onBack,
	actions = {},
	status,
	statusLines = 0,
	panel,
	refusal,
	refused,
	links,
	writeToTerminal = writeToStdout,
	clipboard = {},
}: RecordDetailProps<T>): React.JSX.Element {
	// Each view keeps its place: back from the raw JSON, the same field is selected.
	const [fieldsView, setFieldsView] = useState(TOP_OF_VIEW);
	const [jsonView, setJsonView] = useState(TOP_OF_VIEW);
	const [showJson, setShowJson] = useState(false);
	const {state: copyState, copy} = useCopy(writeToTerminal, clipboard);
	// A record's rows are a few dozen, and names for its ids may arrive after it: built each render.
	const rows = record.status !== 'loaded' ? [] : showJson ? buildRecordJsonRows(record.value) : rowsOf(record.value);
	const layout = layoutDetail(rows, width);
	const notice = copyState ? copyNotice(copyState.copied, copyState.tmuxBufferSet, width) : undefined;
	// An action key on a record nothing can be sent for says why, in place of acting.
	const [refusalShown, setRefusalShown] = useState(false);
	// Enter on a field that leads nowhere says which ones do.
	const [missedLink, setMissedLink] = useState<string>();
	const said = refused ?? (refusalShown ? refusal : undefined) ?? missedLink;
	const allowed: Actions<'record'> =
		refusal === undefined ? actions : Object.fromEntries(Object.keys(actions).map(action => [action, () => setRefusalShown(true)]));
	const geometry: Geometry = {
		lineCount: layout.lines.length,
		height: Math.max(1, height - CHROME_LINES - statusLines - (notice ? 1 : 0) - (said ? 1 : 0)),
		fields: showJson ? [] : layout.fields,
	};
	const fitted = fitView(showJson ? jsonView : fieldsView, geometry);
	const move = (to: ViewMove) => () => {
		setMissedLink(undefined);
		(showJson ? setJsonView : setFieldsView)(moveView(fitted, geometry, to));
	};
	const fieldRows = rows.flatMap(row => (row.kind === 'field' ? [row] : []));
	const follow =
		links && links.size > 0
			? () => {
					const selected = showJson ? undefined : fieldRows[fitted.cursor];
					const go = selected && links.get(selected.label);
					if (go) go();
					else
						setMissedLink(`Enter follows ${[...links.keys()].join(', ')}: select it first (↑↓${showJson ? ', out of the raw JSON' : ''}).`);
				}
			: undefined;

	const bound = useBindings(
		'record',
		{
			back: onBack,
			...(record.status === 'loaded' && {
				...Object.fromEntries(MOVES.map(to => [to, move(to)])),
				json() {
					setShowJson(shown => !shown);
					setJsonView(TOP_OF_VIEW);
				},
				copy() {
					if (showJson) return copy({what: 'json', text: recordJson(record.value)});
					const selected = fieldRows[fitted.cursor];
					if (selected) copy(selected.copy === undefined ? {what: 'nothing', label: selected.label} : {what: 'field', text: selected.copy});
				},
				...allowed,
				...(follow && {follow}),
			}),
		},
		isActive && panel === undefined,
	);
	// Keys typed while the record loads act on it once it is here.
	useInputHold(isActive && record.status === 'loading');

	const shownId = cleanText(id);
	const title = showJson ? clean`${cleanText(what)} ${shownId} · raw JSON` : clean`${cleanText(what)} ${shownId}`;
	if (record.status !== 'loaded') {
		return (
			<Box flexDirection="column">
				<Text bold>
					{truncate(record.status === 'loading' ? clean`Loading ${cleanText(what.toLowerCase())} ${shownId}…` : title, width)}
				</Text>
				{record.status === 'failed' ? <ErrorBanner error={record.error} width={width} /> : null}
				<KeyFooter bound={[bound]} width={width} />
			</Box>
		);
	}

	if (panel !== undefined) {
		return (
			<Box flexDirection="column">
				<Text bold>{truncate(title, width)}</Text>
				{panel}
			</Box>
		);
	}

	const visible = layout.lines.slice(fitted.top, fitted.top + geometry.height);
	const total = layout.lines.length;
	const position = total > geometry.height ? clean` · lines ${fitted.top + 1}–${fitted.top + visible.length} of ${total}` : ownText('');
	return (
		<Box flexDirection="column">
			<Text bold>{truncate(clean`${truncate(title, width - displayWidth(position))}${position}`, width)}</Text>
			{visible.map((line, index) => {
				const selected = line.kind === 'field' && line.field === fitted.cursor;
				const marked = selected && Math.max(layout.fields[fitted.cursor]!.first, fitted.top) === fitted.top + index;
				return <DetailLineView key={fitted.top + index} line={line} selected={selected} marked={marked} />;
			})}
			{notice ? <Text>{notice}</Text> : null}
			{said ? <Text color="red">{truncate(clean`✖ ${cleanText(said)}`, width)}</Text> : null}
			{status}
			<KeyFooter bound={[bound]} width={width} />
		</Box>
	);
}
