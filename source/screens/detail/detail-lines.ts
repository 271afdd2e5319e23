// What the detail view shows, as plain rows: pure, so the layout is testable without rendering.
import {isApiError} from '../../api/errors.js';
import type {Connection, ExternalConnection} from '../../api/types.js';
import {summarizeError} from '../../components/error-banner.js';
import {EMPTY, displayWidth, formatTime, formatValue, padToWidth, toSingleLine, truncate} from '../../components/format.js';
import type {Load} from './use-detail-data.js';

export type DetailRow =
	| {kind: 'heading'; text: string}
	| {kind: 'field'; label: string; value: string}
	| {kind: 'note'; text: string}
	| {kind: 'text'; text: string};

export function formatTimestamp(iso: string | null | undefined, now: Date): string {
	if (iso === null || iso === undefined || iso === '') return EMPTY;
	if (Number.isNaN(new Date(iso).getTime())) return formatValue(iso);
	return `${formatTime(iso, now)} · ${toSingleLine(iso)}`;
}

/** One line for a failure that is reported beside the data rather than instead of it. */
export function describeFailure(error: unknown): string {
	return isApiError(error) ? toSingleLine(error.message) : (summarizeError(error).lines[0] ?? 'Something went wrong.');
}

const field = (label: string, value: string): DetailRow => ({kind: 'field', label, value});
const heading = (text: string): DetailRow => ({kind: 'heading', text});

export function buildDetailRows(external: ExternalConnection, connection: Load<Connection>, now: Date): DetailRow[] {
	const fromConnection = (pick: (value: Connection) => unknown) =>
		connection.status === 'loaded' ? formatValue(pick(connection.value)) : connection.status === 'loading' ? 'loading…' : EMPTY;

	const rows: DetailRow[] = [
		heading('Identity'),
		field('id', formatValue(external.id)),
		field('record_type', formatValue(external.record_type)),
		field('external_sip_connection', formatValue(external.external_sip_connection)),
		field('connection_name', fromConnection(value => value.connection_name)),
		field('tags', formatValue(external.tags)),
		heading('State'),
		field('active', formatValue(external.active)),
		field('credential_active', formatValue(external.credential_active)),
		field('connection active', fromConnection(value => value.active)),
		field('created_at', formatTimestamp(external.created_at, now)),
		field('updated_at', formatTimestamp(external.updated_at, now)),
		heading('Webhooks'),
		field('webhook_event_url', formatValue(external.webhook_event_url)),
		field('webhook_event_failover_url', formatValue(external.webhook_event_failover_url)),
		field('webhook_api_version', formatValue(external.webhook_api_version)),
		field('webhook_timeout_secs', formatValue(external.webhook_timeout_secs)),
		heading('Inbound'),
		field('channel_limit', formatValue(external.inbound?.channel_limit)),
		heading('Outbound'),
		field('channel_limit', formatValue(external.outbound?.channel_limit)),
		field('outbound_voice_profile_id', formatValue(external.outbound?.outbound_voice_profile_id)),
		heading('Connection'),
	];

	if (connection.status === 'loading') return [...rows, {kind: 'note', text: 'Loading connection details…'}];
	if (connection.status === 'failed') {
		return [...rows, {kind: 'note', text: `Not loaded: ${describeFailure(connection.error)}`}];
	}

	const value = connection.value;
	return [
		...rows,
		field('record_type', formatValue(value.record_type)),
		field('anchorsite_override', formatValue(value.anchorsite_override)),
		field('webhook_event_url', formatValue(value.webhook_event_url)),
		field('webhook_event_failover_url', formatValue(value.webhook_event_failover_url)),
		field('webhook_api_version', formatValue(value.webhook_api_version)),
		field('outbound_voice_profile_id', formatValue(value.outbound_voice_profile_id)),
		field('tags', formatValue(value.tags)),
		field('created_at', formatTimestamp(value.created_at, now)),
		field('updated_at', formatTimestamp(value.updated_at, now)),
	];
}

/** Both records as the API sent them, pretty-printed; a connection that did not load is null. */
export function buildJsonRows(external: ExternalConnection, connection: Load<Connection>): DetailRow[] {
	const record = {external_connection: external, connection: connection.status === 'loaded' ? connection.value : null};
	return JSON.stringify(record, null, 2)
		.split('\n')
		.map(text => ({kind: 'text', text}));
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

		return {kind: row.kind, text: truncate(row.kind === 'note' ? INDENT + row.text : row.text, width)};
	});
}
