import type {ExternalConnection} from '../../api/types.js';
import type {RowState} from '../../paging/page-cache.js';
import {formatCount, padToWidth} from '../../components/format.js';
import type {Clean} from '../../components/sanitize.js';
import {showDay, showField} from '../../components/wire-value.js';

export type ColumnKey = 'id' | 'service' | 'active' | 'credential' | 'tags' | 'created';

type ColumnSpec = {key: ColumnKey; title: string; min: number; ideal: number};

// Ordered as shown. Width beyond every ideal goes to tags, the only column whose content has no natural length.
const COLUMNS: ColumnSpec[] = [
	{key: 'id', title: 'id', min: 19, ideal: 19},
	{key: 'service', title: 'service', min: 8, ideal: 16},
	{key: 'active', title: 'active', min: 6, ideal: 6},
	{key: 'credential', title: 'credential', min: 6, ideal: 10},
	{key: 'created', title: 'created', min: 10, ideal: 10},
	{key: 'tags', title: 'tags', min: 6, ideal: 6},
];

// Extra width is handed out in this order until each column reaches its ideal width.
const GROWTH_ORDER: ColumnKey[] = ['service', 'credential'];

const MARKER_WIDTH = 2;
const GAP = '  ';

export type Column = {key: ColumnKey; title: string; width: number};

export const MIN_TABLE_WIDTH =
	MARKER_WIDTH + COLUMNS.reduce((sum, column) => sum + column.min, 0) + GAP.length * (COLUMNS.length - 1);

/** Widths for a table `width` columns wide; at least MIN_TABLE_WIDTH is assumed (the app refuses smaller). */
export function layoutColumns(width: number): Column[] {
	const widths = new Map(COLUMNS.map(column => [column.key, column.min]));
	let spare = Math.max(0, width - MIN_TABLE_WIDTH);
	for (const key of GROWTH_ORDER) {
		const spec = COLUMNS.find(column => column.key === key)!;
		const grow = Math.min(spare, spec.ideal - spec.min);
		widths.set(key, spec.min + grow);
		spare -= grow;
	}
	widths.set('tags', widths.get('tags')! + spare);
	return COLUMNS.map(column => ({key: column.key, title: column.title, width: widths.get(column.key)!}));
}

// Cells are wire data: each goes through the wire-value formatters, which clean it and survive any type.
function cellText(connection: ExternalConnection, key: ColumnKey): Clean {
	switch (key) {
		case 'id':
			return showField(connection.id, 'text');
		case 'service':
			return showField(connection.external_sip_connection, 'text');
		case 'active':
			return showField(connection.active, 'yes/no');
		case 'credential':
			return showField(connection.credential_active, 'yes/no');
		case 'tags':
			return showField(connection.tags, 'a list of text');
		case 'created':
			return showDay(connection.created_at);
	}
}

function joinCells(cells: string[], columns: Column[]): string {
	return cells.map((cell, index) => padToWidth(cell, columns[index]!.width)).join(GAP);
}

export function headerLine(columns: Column[]): string {
	return ' '.repeat(MARKER_WIDTH) + joinCells(columns.map(column => column.title), columns);
}

/** One table row as a single string: one Ink <Text> per row keeps a frame cheap. */
export function rowLine(connection: ExternalConnection, columns: Column[], selected: boolean): string {
	const marker = selected ? '› ' : '  ';
	return marker + joinCells(columns.map(column => cellText(connection, column.key)), columns);
}

export function placeholderLine(index: number, columns: Column[], selected: boolean, state: RowState = 'loading'): string {
	const marker = selected ? '› ' : '  ';
	const row = formatCount(index + 1);
	// A missing row's page came back without it: only a reload (r) can bring it.
	const text = state === 'missing' ? `row ${row} did not come with its page · r reloads the list` : `loading row ${row}…`;
	return marker + padToWidth(text, columns.reduce((sum, c) => sum + c.width, 0));
}
