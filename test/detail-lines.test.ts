import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ApiError} from '../source/api/errors.js';
import type {Connection, ExternalConnection} from '../source/api/types.js';
import {showTimestamp} from '../source/components/wire-value.js';
import {buildDetailRows, buildJsonRows, type DetailRow} from '../source/resources/detail-lines.js';
import {NO_PROFILE_NAMES, profileNamesFailed, profileNamesLoaded} from '../source/names/profile-names.js';

const now = new Date('2025-07-01T00:00:00Z');
const external: ExternalConnection = {
	id: '1930241863466354012',
	record_type: 'external_connection',
	external_sip_connection: 'zoom',
	credential_active: false,
	active: false,
	tags: ['東京', 'café'],
	created_at: '2022-06-29T19:23:59Z',
	updated_at: '2022-06-29T19:39:47Z',
	outbound: {outbound_voice_profile_id: '1911630617284445511'},
};
const connection: Connection = {id: external.id, connection_name: 'Zoom – Berlin', outbound_voice_profile_id: '1293384261075731499'};
const loaded = {status: 'loaded', value: connection} as const;
const profiles = profileNamesLoaded([
	{id: '1911630617284445511', name: 'Zoom Default'},
	{id: '1293384261075731499', name: 'office\u001B]0;x\u0007'},
	{id: '1765432109876543210', name: 'APAC Outbound'},
]);

const fieldsLabelled = (rows: DetailRow[], label: string) =>
	rows.flatMap(row => (row.kind === 'field' && row.label === label ? [row] : []));
const valueOf = (rows: DetailRow[], label: string) => fieldsLabelled(rows, label).map(row => row.value);
const copyOf = (rows: DetailRow[], label: string) => fieldsLabelled(rows, label).map(row => row.copy);

describe('buildDetailRows', () => {
	it('shows the spec example with absent fields as —', () => {
		const rows = buildDetailRows(external, {status: 'loading'}, NO_PROFILE_NAMES, now);
		assert.deepEqual(valueOf(rows, 'webhook_event_url'), ['—']);
		assert.deepEqual(valueOf(rows, 'channel_limit'), ['—', '—']);
		assert.deepEqual(valueOf(rows, 'tags'), ['東京, café']);
		assert.deepEqual(valueOf(rows, 'active'), ['no']);
		assert.deepEqual(valueOf(rows, 'created_at'), ['2022-06-29 19:23 UTC (3 years ago) · 2022-06-29T19:23:59Z']);
	});

	it('marks connection values as loading while /connections is pending', () => {
		const rows = buildDetailRows(external, {status: 'loading'}, NO_PROFILE_NAMES, now);
		assert.deepEqual(valueOf(rows, 'connection_name'), ['loading…']);
		assert.deepEqual(copyOf(rows, 'connection_name'), [undefined]);
		assert.deepEqual(rows.at(-1), {kind: 'note', text: 'Loading connection details…'});
	});

	it('keeps everything else when /connections failed, with its message', () => {
		const error = new ApiError({kind: 'timeout', message: 'The request timed out after 30 s.'});
		const rows = buildDetailRows(external, {status: 'failed', error}, NO_PROFILE_NAMES, now);
		assert.deepEqual(valueOf(rows, 'connection_name'), ['—']);
		assert.deepEqual(valueOf(rows, 'outbound_voice_profile_id'), ['—', '1911630617284445511']);
		assert.deepEqual(rows.at(-1), {kind: 'note', text: 'Not loaded: The request timed out after 30 s.'});
	});

	it('names every outbound voice profile id the session knows, the inbound, the outbound and the connection’s', () => {
		const withInbound = {...external, inbound: {channel_limit: 3, outbound_voice_profile_id: '1765432109876543210'}};
		const rows = buildDetailRows(withInbound, loaded, profiles, now);
		assert.deepEqual(valueOf(rows, 'outbound_voice_profile_id'), [
			'1765432109876543210 · APAC Outbound',
			'1911630617284445511 · Zoom Default',
			'1293384261075731499 · office\\x1b]0;x\\x07',
		]);
		assert.deepEqual(copyOf(rows, 'outbound_voice_profile_id'), ['1765432109876543210', '1911630617284445511', '1293384261075731499']);
	});

	it('shows just the id of a profile not found, of names still loading and of names that failed', () => {
		const unknown = {...external, outbound: {outbound_voice_profile_id: '1000000000000000001'}};
		for (const names of [profiles, NO_PROFILE_NAMES, {status: 'loading'} as const, profileNamesFailed(0)]) {
			assert.deepEqual(valueOf(buildDetailRows(unknown, {status: 'loading'}, names, now), 'outbound_voice_profile_id'), [
				'—',
				'1000000000000000001',
			]);
		}
	});

	it('copies raw values: text as it came, controls and all; other values as JSON; nothing for an absent one', () => {
		const hostile = {
			...external,
			webhook_event_url: 'https://x.example/\u001B]52;c;AAAA\u0007',
			webhook_timeout_secs: 25,
			inbound: 'abc',
		} as unknown as ExternalConnection;
		const rows = buildDetailRows(hostile, loaded, NO_PROFILE_NAMES, now);
		// The second of each is the connection's, which has none.
		assert.deepEqual(copyOf(rows, 'webhook_event_url'), ['https://x.example/\u001B]52;c;AAAA\u0007', undefined]);
		assert.deepEqual(valueOf(rows, 'webhook_event_url'), ['https://x.example/\\x1b]52;c;AAAA\\x07', '—']);
		assert.deepEqual(copyOf(rows, 'webhook_timeout_secs'), ['25']);
		assert.deepEqual(copyOf(rows, 'tags'), ['["東京","café"]', undefined]);
		assert.deepEqual(copyOf(rows, 'active'), ['false']);
		assert.deepEqual(copyOf(rows, 'created_at'), ['2022-06-29T19:23:59Z', undefined]);
		assert.deepEqual(copyOf(rows, 'webhook_event_failover_url'), [undefined, undefined]);
		// An inbound that is not an object reads as what it is, and copies as it is.
		assert.deepEqual(valueOf(rows, 'channel_limit')[0], '"abc" (expected an object)');
		assert.deepEqual(copyOf(rows, 'channel_limit')[0], 'abc');
	});
});

describe('showTimestamp', () => {
	it('keeps unparseable values and shows absent ones as —', () => {
		assert.equal(showTimestamp('soon', now), 'soon');
		assert.equal(showTimestamp(undefined, now), '—');
	});
});

describe('buildJsonRows', () => {
	it('pretty-prints both records, the connection null when it did not load', () => {
		const text = buildJsonRows(external, {status: 'loading'})
			.map(row => (row.kind === 'text' ? row.text : ''))
			.join('\n');
		assert.deepEqual(JSON.parse(text), {external_connection: external, connection: null});
	});
});
