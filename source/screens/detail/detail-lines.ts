// What the detail view shows, as plain rows: pure, so the layout is testable without rendering.
import {isApiError} from '../../api/errors.js';
import type {Connection, ExternalConnection} from '../../api/types.js';
import {summarizeError} from '../../components/error-banner.js';
import {EMPTY, displayWidth, padToWidth, truncate} from '../../components/format.js';
import {cleanJsonLines, cleanText, ownText, type Clean} from '../../components/sanitize.js';
import {showField, showMember, showTimestamp, type Expected} from '../../components/wire-value.js';
import type {Load} from './use-detail-data.js';

// Field values, notes and JSON lines carry outside text, so they only take what the sanitizer returned.
export type DetailRow =
	| {kind: 'heading'; text: string}
	| {kind: 'field'; label: string; value: Clean}
	| {kind: 'note'; text: Clean}
	| {kind: 'text'; text: Clean};

/** One line for a failure that is reported beside the data rather than instead of it. */
export function describeFailure(error: unknown): Clean {
	return isApiError(error) ? cleanText(error.message) : (summarizeError(error).lines[0] ?? ownText('Something went wrong.'));
}

const field = (label: string, value: Clean): DetailRow => ({kind: 'field', label, value});
const heading = (text: string): DetailRow => ({kind: 'heading', text});

export function buildDetailRows(external: ExternalConnection, connection: Load<Connection>, now: Date): DetailRow[] {
	const fromConnection = (pick: (value: Connection) => unknown, expected: Expected) =>
		connection.status === 'loaded'
			? showField(pick(connection.value), expected)
			: connection.status === 'loading'
				? ownText('loading…')
				: EMPTY;

	const rows: DetailRow[] = [
		heading('Identity'),
		field('id', showField(external.id, 'text')),
		field('record_type', showField(external.record_type, 'text')),
		field('external_sip_connection', showField(external.external_sip_connection, 'text')),
		field('connection_name', fromConnection(value => value.connection_name, 'text')),
		field('tags', showField(external.tags, 'a list of text')),
		heading('State'),
		field('active', showField(external.active, 'yes/no')),
		field('credential_active', showField(external.credential_active, 'yes/no')),
		field('connection active', fromConnection(value => value.active, 'yes/no')),
		field('created_at', showTimestamp(external.created_at, now)),
		field('updated_at', showTimestamp(external.updated_at, now)),
		heading('Webhooks'),
		field('webhook_event_url', showField(external.webhook_event_url, 'text')),
		field('webhook_event_failover_url', showField(external.webhook_event_failover_url, 'text')),
		field('webhook_api_version', showField(external.webhook_api_version, 'text')),
		field('webhook_timeout_secs', showField(external.webhook_timeout_secs, 'a number')),
		heading('Inbound'),
		field('channel_limit', showMember(external.inbound, 'channel_limit', 'a number')),
		heading('Outbound'),
		field('channel_limit', showMember(external.outbound, 'channel_limit', 'a number')),
		field('outbound_voice_profile_id', showMember(external.outbound, 'outbound_voice_profile_id', 'text')),
		heading('Connection'),
	];

	if (connection.status === 'loading') return [...rows, {kind: 'note', text: ownText('Loading connection details…')}];
	if (connection.status === 'failed') {
		return [...rows, {kind: 'note', text: ownText(`Not loaded: ${describeFailure(connection.error)}`)}];
	}

	const value = connection.value;
	return [
		...rows,
		field('record_type', showField(value.record_type, 'text')),
		field('anchorsite_override', showField(value.anchorsite_override, 'text')),
		field('webhook_event_url', showField(value.webhook_event_url, 'text')),
		field('webhook_event_failover_url', showField(value.webhook_event_failover_url, 'text')),
		field('webhook_api_version', showField(value.webhook_api_version, 'text')),
		field('outbound_voice_profile_id', showField(value.outbound_voice_profile_id, 'text')),
		field('tags', showField(value.tags, 'a list of text')),
		field('created_at', showTimestamp(value.created_at, now)),
		field('updated_at', showTimestamp(value.updated_at, now)),
	];
}

/** Both records as the API sent them, pretty-printed; a connection that did not load is null. */
export function buildJsonRows(external: ExternalConnection, connection: Load<Connection>): DetailRow[] {
	const record = {external_connection: external, connection: connection.status === 'loaded' ? connection.value : null};
	return cleanJsonLines(JSON.stringify(withinDepth(record, 0), null, 2)).map(text => ({kind: 'text', text}));
}

// JSON.stringify recurses: a record nested some thousands of levels deep (JSON.parse takes it) would
// overflow the stack. Deeper than anyone reads, a value is replaced by a note saying so.
const MAX_JSON_DEPTH = 32;

function withinDepth(value: unknown, depth: number): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (depth >= MAX_JSON_DEPTH) return `${Array.isArray(value) ? '[…]' : '{…}'} nested too deep to show`;
	if (Array.isArray(value)) return value.map(item => withinDepth(item, depth + 1));
	return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withinDepth(item, depth + 1)]));
}

const INDENT = '  ';

/** Fits rows to `width`: labels in a column sized to the longest, every text cut with '…' so nothing wraps. */
export function layoutRows(rows: DetailRow[], width: number): DetailRow[] {
	const labels = rows.flatMap(row => (row.kind === 'field' ? [displayWidth(row.label)] : []));
	const labelWidth = Math.min(Math.max(0, ...labels), Math.floor(width / 2));
	const valueWidth = Math.max(1, width - INDENT.length - labelWidth - 1);
	return rows.map(row => {
		if (row.kind === 'field') {
			return {kind: 'field', label: INDENT + padToWidth(row.label, labelWidth) + ' ', value: truncate(row.value, valueWidth)};
		}

		if (row.kind === 'heading') return {kind: 'heading', text: truncate(row.text, width)};
		return {kind: row.kind, text: truncate(row.kind === 'note' ? ownText(INDENT + row.text) : row.text, width)};
	});
}
