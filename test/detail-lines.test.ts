import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ApiError} from '../source/api/errors.js';
import type {ExternalConnection} from '../source/api/types.js';
import {displayWidth} from '../source/components/format.js';
import {showTimestamp} from '../source/components/wire-value.js';
import {buildDetailRows, buildJsonRows, layoutRows, type DetailRow} from '../source/screens/detail/detail-lines.js';

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

const valueOf = (rows: DetailRow[], label: string) =>
	rows.flatMap(row => (row.kind === 'field' && row.label === label ? [row.value] : []));

describe('buildDetailRows', () => {
	it('shows the spec example with absent fields as —', () => {
		const rows = buildDetailRows(external, {status: 'loading'}, now);
		assert.deepEqual(valueOf(rows, 'webhook_event_url'), ['—']);
		assert.deepEqual(valueOf(rows, 'channel_limit'), ['—', '—']);
		assert.deepEqual(valueOf(rows, 'tags'), ['東京, café']);
		assert.deepEqual(valueOf(rows, 'active'), ['no']);
		assert.deepEqual(valueOf(rows, 'created_at'), ['2022-06-29 19:23 UTC (3 years ago) · 2022-06-29T19:23:59Z']);
	});

	it('marks connection values as loading while /connections is pending', () => {
		const rows = buildDetailRows(external, {status: 'loading'}, now);
		assert.deepEqual(valueOf(rows, 'connection_name'), ['loading…']);
		assert.deepEqual(rows.at(-1), {kind: 'note', text: 'Loading connection details…'});
	});

	it('keeps everything else when /connections failed, with its message', () => {
		const error = new ApiError({kind: 'timeout', message: 'The request timed out after 30 s.'});
		const rows = buildDetailRows(external, {status: 'failed', error}, now);
		assert.deepEqual(valueOf(rows, 'connection_name'), ['—']);
		assert.deepEqual(valueOf(rows, 'outbound_voice_profile_id'), ['1911630617284445511']);
		assert.deepEqual(rows.at(-1), {kind: 'note', text: 'Not loaded: The request timed out after 30 s.'});
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

describe('layoutRows', () => {
	it('fits every row into the width by display columns', () => {
		const rows = buildDetailRows({...external, tags: ['東京東京東京東京東京東京東京東京']}, {status: 'loading'}, now);
		for (const width of [30, 47, 80]) {
			for (const row of layoutRows(rows, width)) {
				const text = row.kind === 'field' ? row.label + row.value : row.text;
				assert.ok(displayWidth(text) <= width, `${width}: ${text}`);
			}
		}
	});
});
