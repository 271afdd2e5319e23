import assert from 'node:assert/strict';
import {test} from 'node:test';
import {displayWidth} from '../source/text/format.js';
import {
	headerLine,
	layoutColumns,
	MIN_TABLE_WIDTH,
	nameCell,
	partsText,
	PENDING_NAME,
	rowParts,
} from '../source/screens/resource-list/table.js';
import type {ExternalConnection} from '../source/api/types.js';
import {externalConnections} from '../source/resources/external-connections.js';

const CONNECTION: ExternalConnection = {
	id: '1930241863466354012',
	external_sip_connection: 'operator_connect',
	active: true,
	credential_active: false,
	tags: ['prod', 'emea'],
	created_at: '2022-06-29T19:23:59Z',
	updated_at: '2023-01-02T03:04:05Z',
	webhook_event_url: 'https://hooks.example.com/telnyx/events',
	inbound: {channel_limit: 10},
	outbound: {channel_limit: 20, outbound_voice_profile_id: '1911630617284445511'},
};

const keysAt = (width: number, names = true) => layoutColumns(externalConnections, width, {names}).map(column => column.key);

test('name and id come first; the rest appear by priority as the width allows', () => {
	assert.deepEqual(keysAt(MIN_TABLE_WIDTH), ['name', 'id', 'service', 'active', 'created']);
	assert.deepEqual(keysAt(80), ['name', 'id', 'service', 'active', 'created', 'tags']);
	assert.deepEqual(keysAt(120), ['name', 'id', 'service', 'active', 'credential', 'created', 'tags']);
	assert.deepEqual(keysAt(200), [
		'name',
		'id',
		'service',
		'active',
		'credential',
		'created',
		'tags',
		'webhook',
		'inbound',
		'outbound',
		'profile',
		'updated',
	]);
});

test('at 80 columns the name has the room and the id keeps a recognisable tail; the id is whole from 100 columns', () => {
	const named = nameCell({status: 'loaded', name: 'Teams Operator Connect – 東京'});
	const at80 = layoutColumns(externalConnections, 80);
	assert.deepEqual(
		at80.slice(0, 2).map(column => [column.key, column.width]),
		[
			['name', 30],
			['id', 8],
		],
	);
	const line = partsText(rowParts(externalConnections, CONNECTION, named, at80, {selected: true}));
	assert.ok(line.startsWith('› Teams Operator Connect – 東京   …6354012  '), line);
	const at100 = partsText(rowParts(externalConnections, CONNECTION, named, layoutColumns(externalConnections, 100), {selected: true}));
	assert.ok(at100.includes(`  ${CONNECTION.id}  `), at100);
});

test('every width from the narrowest to 300 fills the line exactly, name and id shown, no column below its minimum', () => {
	for (let width = MIN_TABLE_WIDTH; width <= 300; width++) {
		const columns = layoutColumns(externalConnections, width);
		assert.equal(displayWidth(headerLine(columns)), width, `header at ${width}`);
		assert.equal(
			displayWidth(partsText(rowParts(externalConnections, CONNECTION, PENDING_NAME, columns, {selected: true}))),
			width,
			`row at ${width}`,
		);
		assert.deepEqual(
			columns.slice(0, 2).map(column => column.key),
			['name', 'id'],
			`at ${width}`,
		);
		const [name, id] = columns;
		assert.ok(name!.width >= 25, `a name of 25 columns or more at ${width}`);
		// The id whole, or its last digits after '…': never fewer than 7 of them.
		const row = partsText(rowParts(externalConnections, CONNECTION, PENDING_NAME, columns, {selected: true}));
		const shown = row.slice(2 + name!.width + 2, 2 + name!.width + 2 + id!.width);
		assert.ok(
			shown === CONNECTION.id || (shown.startsWith('…') && CONNECTION.id.endsWith(shown.slice(1)) && shown.length >= 8),
			`${shown} at ${width}`,
		);
	}
});

test('the core columns reach their ideal width before any wide-terminal column shows', () => {
	const at120 = new Map(layoutColumns(externalConnections, 120).map(column => [column.key, column.width]));
	assert.ok(at120.get('name')! >= 24);
	assert.equal(at120.get('service'), 16, 'operator_connect fits');
	const at200 = layoutColumns(externalConnections, 200);
	const line = partsText(
		rowParts(externalConnections, CONNECTION, nameCell({status: 'loaded', name: 'Acme EMEA'}), at200, {selected: false}),
	);
	for (const shown of [
		'Acme EMEA',
		'operator_connect',
		'prod, emea',
		'hooks.example.com',
		'10',
		'20',
		'1911630617284445511',
		'2023-01-02',
	]) {
		assert.ok(line.includes(shown), `${shown} in ${line}`);
	}
});

test('without names, the id leads and the name column is gone', () => {
	const keys = keysAt(80, false);
	assert.equal(keys[0], 'id');
	assert.ok(!keys.includes('name'));
	assert.equal(displayWidth(headerLine(layoutColumns(externalConnections, 80, {names: false}))), 80);
});

test('a pending name is the only dim piece of its row; an arrived or failed one is plain text', () => {
	const columns = layoutColumns(externalConnections, 100);
	const pending = rowParts(externalConnections, CONNECTION, PENDING_NAME, columns, {selected: false});
	assert.deepEqual(
		pending.map(part => part.dim),
		[false, true, false],
	);
	assert.equal(pending[1]!.text.trim(), '…');
	const failed = rowParts(externalConnections, CONNECTION, nameCell({status: 'failed'}), columns, {selected: false});
	assert.equal(failed.length, 1);
	assert.ok(failed[0]!.text.startsWith('  —'));
	const long = partsText(
		rowParts(externalConnections, CONNECTION, nameCell({status: 'loaded', name: 'x'.repeat(200)}), columns, {selected: false}),
	);
	assert.equal(displayWidth(long), 100);
	assert.ok(long.includes('x…'), 'a long name shrinks with …');
});

test('a name of the wrong type or with escapes is shown as what it is, never raw', () => {
	assert.equal(nameCell({status: 'loaded', name: 42}).text, '42 (expected text)');
	assert.equal(nameCell({status: 'loaded', name: 'a\u001b]0;x\u0007b'}).text, 'a\\x1b]0;x\\x07b');
	assert.equal(nameCell({status: 'loaded', name: undefined}).text, '—');
});
