import type {ExternalConnection} from '../../api/types.js';
import type {RowState} from '../../paging/page-cache.js';
import {EMPTY, formatCount, padToWidth} from '../../components/format.js';
import type {NameEntry} from '../../names/name-queue.js';
import {cleanText, ownText, type Clean} from '../../components/sanitize.js';
import {showDay, showField, showMember} from '../../components/wire-value.js';
import {fitColumns, GAP, MARKER_WIDTH, type Column, type ColumnSpec} from './column-layout.js';

export type ColumnKey =
	| 'name'
	| 'id'
	| 'service'
	| 'active'
	| 'credential'
	| 'created'
	| 'tags'
	| 'webhook'
	| 'inbound'
	| 'outbound'
	| 'profile'
	| 'updated';

export type ListColumn = Column<ColumnKey>;

// Most important first: what tells connections apart, then what a person checks, then what fits on a wide terminal.
const SPECS: ReadonlyArray<ColumnSpec<ColumnKey>> = [
	{key: 'name', title: 'name', min: 12, ideal: 32, tier: 1},
	{key: 'id', title: 'id', min: 19, ideal: 19, tier: 1},
	{key: 'service', title: 'service', min: 8, ideal: 16, tier: 1},
	{key: 'active', title: 'active', min: 6, ideal: 6, tier: 1},
	{key: 'created', title: 'created', min: 10, ideal: 10, tier: 1},
	{key: 'tags', title: 'tags', min: 6, ideal: 16, tier: 1},
	{key: 'credential', title: 'credential', min: 10, ideal: 10, tier: 1},
	{key: 'webhook', title: 'webhook host', min: 12, ideal: 28, tier: 2},
	{key: 'inbound', title: 'inbound', min: 7, ideal: 7, tier: 2},
	{key: 'outbound', title: 'outbound', min: 8, ideal: 8, tier: 2},
	{key: 'profile', title: 'voice profile', min: 19, ideal: 19, tier: 2},
	{key: 'updated', title: 'updated', min: 10, ideal: 10, tier: 2},
];

const DISPLAY_ORDER: readonly ColumnKey[] = ['name', 'id', 'service', 'active', 'credential', 'created', 'tags', 'webhook', 'inbound', 'outbound', 'profile', 'updated'];

/** The narrowest terminal the app lays out; the list then shows name, id, service, active and created. */
export const MIN_TABLE_WIDTH = 67;

/** The columns of a table `width` columns wide; without names (--no-names) the name column is left out. */
export function layoutColumns(width: number, {names = true}: {names?: boolean} = {}): ListColumn[] {
	const specs = names ? SPECS : SPECS.filter(spec => spec.key !== 'name');
	return fitColumns(specs, width, {displayOrder: DISPLAY_ORDER, stretch: names ? 'name' : 'tags'});
}

/** A row's name as the column shows it: `…` (dim) until it arrives, `—` when it could not be had. */
export type NameCell = {text: Clean; pending: boolean};

export const PENDING_NAME: NameCell = {text: ownText('…'), pending: true};

export function nameCell(entry: NameEntry | undefined): NameCell {
	if (entry === undefined) return PENDING_NAME;
	// A name that failed says so quietly: the list stays usable, and the detail view shows the error.
	if (entry.status === 'failed') return {text: EMPTY, pending: false};
	return {text: showField(entry.name, 'text'), pending: false};
}

function webhookHost(value: unknown): Clean {
	if (typeof value !== 'string' || value === '') return showField(value, 'text');
	try {
		return cleanText(new URL(value).host || value);
	} catch {
		return cleanText(value);
	}
}

// Cells are wire data: each goes through the wire-value formatters, which clean it and survive any type.
function cellText(connection: ExternalConnection, key: Exclude<ColumnKey, 'name'>): Clean {
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
		case 'webhook':
			return webhookHost(connection.webhook_event_url);
		case 'inbound':
			return showMember(connection.inbound, 'channel_limit', 'a number');
		case 'outbound':
			return showMember(connection.outbound, 'channel_limit', 'a number');
		case 'profile':
			return showMember(connection.outbound, 'outbound_voice_profile_id', 'text');
		case 'updated':
			return showDay(connection.updated_at);
	}
}

export function headerLine(columns: ListColumn[]): string {
	return ' '.repeat(MARKER_WIDTH) + columns.map(column => padToWidth(column.title, column.width)).join(GAP);
}

/** Marks an inactive connection's row where the eye starts, beside its dimmed text and `no` under active. */
export const INACTIVE_MARK = '·';

/** Only an explicit `false`: a connection whose `active` is missing or malformed is not called inactive. */
export const isInactive = (connection: ExternalConnection) => connection.active === false;

/** A piece of a row; `dim` for a name still to come. */
export type RowPart = {text: string; dim: boolean};

/**
 * One table row as at most three pieces (before the name, the name, after it), so only a pending name is dim:
 * few Ink <Text> nodes per row keep a frame cheap.
 */
export function rowParts(connection: ExternalConnection, name: NameCell, columns: ListColumn[], selected: boolean): RowPart[] {
	const parts: RowPart[] = [];
	let text = selected ? '› ' : isInactive(connection) ? `${INACTIVE_MARK} ` : '  ';
	columns.forEach((column, index) => {
		if (index > 0) text += GAP;
		if (column.key !== 'name') {
			text += padToWidth(cellText(connection, column.key), column.width);
			return;
		}
		if (!name.pending) {
			text += padToWidth(name.text, column.width);
			return;
		}
		parts.push({text, dim: false}, {text: padToWidth(name.text, column.width), dim: true});
		text = '';
	});
	if (text !== '') parts.push({text, dim: false});
	return parts;
}

export const partsText = (parts: RowPart[]) => parts.map(part => part.text).join('');

export function placeholderLine(index: number, columns: ListColumn[], selected: boolean, state: RowState = 'loading'): string {
	const marker = selected ? '› ' : '  ';
	const row = formatCount(index + 1);
	// A missing row's page came back without it: only a reload (r) can bring it.
	const text = state === 'missing' ? `row ${row} did not come with its page · r reloads the list` : `loading row ${row}…`;
	return marker + padToWidth(text, columns.reduce((sum, c) => sum + c.width, 0) + GAP.length * (columns.length - 1));
}
