// What the detail view shows, as plain rows: pure, so the layout is testable without rendering.
import {isApiError} from '../api/errors.js';
import type {Connection, ExternalConnection} from '../api/types.js';
import {summarizeError} from '../components/error-banner.js';
import {EMPTY} from '../text/format.js';
import {clean, cleanJsonLines, cleanText, ownText, type Clean} from '../text/sanitize.js';
import {showField, showMember, showTimestamp, type Expected} from '../components/wire-value.js';
import {detailJson, memberOf, rawValue, recordJson} from './detail-json.js';
import {profileNameOf, type ProfileNames} from '../names/profile-names.js';
import type {Load} from '../data/load.js';

// Field values, notes and JSON lines carry outside text, so they only take what the sanitizer returned;
// `copy` is the field's raw value, what `y` copies (absent when there is nothing to copy).
export type DetailRow =
	| {kind: 'heading'; text: string}
	| {kind: 'field'; label: string; value: Clean; copy?: string}
	| {kind: 'note'; text: Clean}
	| {kind: 'text'; text: Clean};

/** One line for a failure that is reported beside the data rather than instead of it. */
export function describeFailure(error: unknown): Clean {
	return isApiError(error) ? cleanText(error.message) : (summarizeError(error).lines[0] ?? ownText('Something went wrong.'));
}

const heading = (text: string): DetailRow => ({kind: 'heading', text});

function field(label: string, value: Clean, raw: unknown): DetailRow {
	const copy = rawValue(raw);
	return {kind: 'field', label, value, ...(copy !== undefined && {copy})};
}

const plain = (label: string, value: unknown, expected: Expected) => field(label, showField(value, expected), value);
const member = (label: string, group: unknown, expected: Expected) =>
	field(label, showMember(group, label, expected), memberOf(group, label));
const timestamp = (label: string, value: unknown, now: Date) => field(label, showTimestamp(value, now), value);

/** A profile id with its name when the session's profiles have it: `1911630617284445511 · Zoom Default`. */
function withProfileName(shown: Clean, id: unknown, profiles: ProfileNames): Clean {
	const name = profileNameOf(profiles, id);
	return name === undefined ? shown : clean`${shown} · ${cleanText(name)}`;
}

function profileField(group: unknown, profiles: ProfileNames): DetailRow {
	const label = 'outbound_voice_profile_id';
	const id = memberOf(group, label);
	return field(label, withProfileName(showMember(group, label, 'text'), id, profiles), id);
}

export function buildDetailRows(
	external: ExternalConnection,
	connection: Load<Connection>,
	profiles: ProfileNames,
	now: Date,
): DetailRow[] {
	// A value of /connections: 'loading…' until it arrives, '—' when it failed; neither is copied.
	const fromConnection = (label: string, pick: (value: Connection) => unknown, expected: Expected) =>
		connection.status === 'loaded'
			? plain(label, pick(connection.value), expected)
			: field(label, connection.status === 'loading' ? ownText('loading…') : EMPTY, undefined);

	const rows: DetailRow[] = [
		heading('Identity'),
		plain('id', external.id, 'text'),
		plain('record_type', external.record_type, 'text'),
		plain('external_sip_connection', external.external_sip_connection, 'text'),
		fromConnection('connection_name', value => value.connection_name, 'text'),
		plain('tags', external.tags, 'a list of text'),
		heading('State'),
		plain('active', external.active, 'yes/no'),
		plain('credential_active', external.credential_active, 'yes/no'),
		fromConnection('connection active', value => value.active, 'yes/no'),
		timestamp('created_at', external.created_at, now),
		timestamp('updated_at', external.updated_at, now),
		heading('Webhooks'),
		plain('webhook_event_url', external.webhook_event_url, 'text'),
		plain('webhook_event_failover_url', external.webhook_event_failover_url, 'text'),
		plain('webhook_api_version', external.webhook_api_version, 'text'),
		plain('webhook_timeout_secs', external.webhook_timeout_secs, 'a number'),
		heading('Inbound'),
		member('channel_limit', external.inbound, 'a number'),
		profileField(external.inbound, profiles),
		heading('Outbound'),
		member('channel_limit', external.outbound, 'a number'),
		profileField(external.outbound, profiles),
		heading('Connection'),
	];

	if (connection.status === 'loading') return [...rows, {kind: 'note', text: ownText('Loading connection details…')}];
	if (connection.status === 'failed') {
		return [...rows, {kind: 'note', text: clean`Not loaded: ${describeFailure(connection.error)}`}];
	}

	const value = connection.value;
	return [
		...rows,
		plain('record_type', value.record_type, 'text'),
		plain('anchorsite_override', value.anchorsite_override, 'text'),
		plain('webhook_event_url', value.webhook_event_url, 'text'),
		plain('webhook_event_failover_url', value.webhook_event_failover_url, 'text'),
		plain('webhook_api_version', value.webhook_api_version, 'text'),
		field(
			'outbound_voice_profile_id',
			withProfileName(showField(value.outbound_voice_profile_id, 'text'), value.outbound_voice_profile_id, profiles),
			value.outbound_voice_profile_id,
		),
		plain('tags', value.tags, 'a list of text'),
		timestamp('created_at', value.created_at, now),
		timestamp('updated_at', value.updated_at, now),
	];
}

/** A record as the API sent it, pretty-printed and cleaned, one row a line. */
export function buildRecordJsonRows(record: unknown): DetailRow[] {
	return cleanJsonLines(recordJson(record)).map(text => ({kind: 'text', text}));
}

/** Both records as the API sent them, pretty-printed and cleaned, one row a line. */
export function buildJsonRows(external: ExternalConnection, connection: Load<Connection>): DetailRow[] {
	return cleanJsonLines(detailJson(external, connection)).map(text => ({kind: 'text', text}));
}
