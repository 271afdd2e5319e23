import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {displayWidth} from '../source/text/format.js';
import {cleanText, ownText} from '../source/text/sanitize.js';
import type {ExternalConnection} from '../source/api/types.js';
import {GUTTER, layoutDetail, type DetailLine} from '../source/screens/detail/detail-layout.js';
import {buildDetailRows, buildJsonRows, type DetailRow} from '../source/resources/detail-lines.js';
import {NO_PROFILE_NAMES} from '../source/names/profile-names.js';

const now = new Date('2025-07-01T00:00:00Z');
const URL = `https://hooks.example.com/telnyx/${'segment/'.repeat(12)}end`;
const external: ExternalConnection = {
	id: '1930241863466354012',
	tags: ['東京東京東京東京東京東京東京東京'],
	webhook_event_url: URL,
	created_at: '2022-06-29T19:23:59Z',
};
const drawn = (line: DetailLine) => (line.kind === 'field' ? ' '.repeat(GUTTER) + line.label + line.value : line.text);

describe('layoutDetail', () => {
	it('fits every line into the width by display columns, wrapping values instead of cutting them', () => {
		for (const rows of [
			buildDetailRows(external, {status: 'loading'}, NO_PROFILE_NAMES, now),
			buildJsonRows(external, {status: 'loading'}),
		]) {
			for (const width of [30, 47, 67, 80, 200]) {
				const {lines} = layoutDetail(rows, width);
				for (const line of lines) assert.ok(displayWidth(drawn(line)) <= width, `${width}: ${drawn(line)}`);
				const values = lines.map(line => (line.kind === 'field' ? line.value : line.kind === 'text' ? line.text.trim() : '')).join('');
				assert.ok(values.includes(URL) && values.includes('東京東京東京東京東京東京東京東京'), `${width}: nothing is cut`);
			}
		}
	});

	it('wraps a value within the value column, continued under it, and keeps all of it', () => {
		const rows: DetailRow[] = [
			{kind: 'heading', text: 'Webhooks'},
			{kind: 'field', label: 'webhook_event_url', value: cleanText(URL)},
			{kind: 'field', label: 'api', value: ownText('2')},
		];
		const {lines, fields} = layoutDetail(rows, 60);
		const valueColumn = GUTTER + 'webhook_event_url'.length + 1;
		const urlLines = lines.filter(line => line.kind === 'field' && line.field === 0);
		assert.ok(urlLines.length > 1);
		assert.equal(urlLines.map(line => (line.kind === 'field' ? line.value : '')).join(''), URL);
		for (const line of urlLines.slice(1)) assert.equal(drawn(line).slice(0, valueColumn).trim(), '', 'no label on continued lines');
		assert.deepEqual(fields, [
			{first: 1, last: urlLines.length, revealFrom: 0},
			{first: urlLines.length + 1, last: urlLines.length + 1, revealFrom: urlLines.length + 1},
		]);
	});

	it('wraps a raw JSON line under its own indentation', () => {
		const {lines} = layoutDetail(buildJsonRows(external, {status: 'loading'}), 50);
		const start = lines.findIndex(line => line.kind === 'text' && line.text.includes('"webhook_event_url"'));
		assert.match(drawn(lines[start + 1]!), /^ {4}\S/);
	});
});
