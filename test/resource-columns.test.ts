// The lists' columns under a connection: laid out by fitColumns at every width, every cell clean for
// any value, and the cells a Teams admin reads a row by.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {displayWidth, padToWidth} from '../source/text/format.js';
import {fitColumns, GAP, MARKER_WIDTH} from '../source/resources/column-layout.js';
import {civicAddressColumns} from '../source/resources/civic-addresses/columns.js';
import {placeIndex} from '../source/resources/civic-addresses/places.js';
import {logMessageColumns} from '../source/resources/log-messages/columns.js';
import {phoneNumberColumns} from '../source/resources/phone-numbers/columns.js';
import {releaseColumns} from '../source/resources/releases/columns.js';
import type {ColumnSet} from '../source/resources/resource-columns.js';
import {uploadColumns} from '../source/resources/uploads/columns.js';
import {CIVIC_ADDRESS, hostile, LOG_MESSAGE, PHONE_NUMBER, RELEASE, UPLOAD} from './fixtures/resources/records.js';

const places = placeIndex([CIVIC_ADDRESS]);
const SETS: Array<[string, ColumnSet<any>, object]> = [
	['phone numbers', phoneNumberColumns(places), PHONE_NUMBER],
	['civic addresses', civicAddressColumns(), CIVIC_ADDRESS],
	['uploads', uploadColumns(places), UPLOAD],
	['releases', releaseColumns(), RELEASE],
	['log messages', logMessageColumns(), LOG_MESSAGE],
];

// What the generic list does with a set: the first stretch column that is shown takes what is left.
function layout(set: ColumnSet<any>, width: number) {
	const shownAt = (stretch: string) => fitColumns(set.columns, width, {displayOrder: set.displayOrder, stretch});
	const shown = new Set(shownAt(set.stretch[0]!).map(column => column.key));
	return shownAt(set.stretch.find(key => shown.has(key)) ?? set.stretch[0]!);
}

const cellsOf = (set: ColumnSet<any>, record: object) => new Map(set.columns.map(column => [column.key, column.cell(record)]));

test('every set fills each width from 60 to 300 exactly, its first column always shown, none below its minimum', () => {
	for (const [name, set] of SETS) {
		assert.deepEqual(
			[...set.displayOrder].sort(),
			set.columns.map(column => column.key).sort(),
			`${name}: display order names every column once`,
		);
		for (let width = 60; width <= 300; width++) {
			const columns = layout(set, width);
			const used = MARKER_WIDTH + columns.reduce((sum, column) => sum + column.width, 0) + GAP.length * (columns.length - 1);
			assert.equal(used, width, `${name} at ${width}`);
			assert.ok(
				columns.some(column => column.key === set.columns[0]!.key),
				`${name} at ${width}`,
			);
			for (const column of columns) assert.ok(column.width >= set.columns.find(spec => spec.key === column.key)!.min);
		}
	}
});

test('every cell is clean and one line for any value of any field', () => {
	for (const [name, set, record] of SETS) {
		for (const sample of [record, hostile(record), {}]) {
			for (const [key, text] of cellsOf(set, sample)) {
				assert.doesNotMatch(text, /[\u0000-\u001f\u007f-\u009f]/, `${name}.${key}`);
				assert.equal(displayWidth(padToWidth(text, 20)), 20);
			}
		}
	}
	const shown = cellsOf(phoneNumberColumns(), hostile(PHONE_NUMBER));
	assert.equal(shown.get('number_id'), '\\x1b]0;pwned\\x07');
	assert.equal(shown.get('number'), '18446744073709552000 (expected text)');
	assert.equal(shown.get('country'), '{…} (expected text)');
});

test('a phone number shows its number, country and location by name', () => {
	const cells = cellsOf(phoneNumberColumns(places), PHONE_NUMBER);
	assert.deepEqual(Object.fromEntries(cells), {
		number: '+441134960000',
		country: 'GB',
		location: 'Austin Support Centre · 14th Floor',
		capabilities: 'InboundCalling, OutboundCalling, UserAssignment',
		address: 'Austin Support Centre',
		number_id: '8dd49b5c-9ccf-471f-bd49-b7f2ae3e480b',
		ticket: '7d34ca3a-62cf-424d-934c-65e6fdc0307b',
	});
	assert.equal(cellsOf(phoneNumberColumns(), PHONE_NUMBER).get('location'), PHONE_NUMBER.location_id, 'without places, the id');
});

test('an address shows its description, street line, country and location count', () => {
	assert.deepEqual(Object.fromEntries(cellsOf(civicAddressColumns(), CIVIC_ADDRESS)), {
		description: 'Austin Support Centre',
		address: '600 Congress Ave, Austin, TX 78701',
		country: 'US',
		locations: '3',
		company: 'Umbrella',
		id: CIVIC_ADDRESS.id,
	});
});

test('an upload shows its status, numbers, failures and location; a release its numbers and day', () => {
	const upload = cellsOf(uploadColumns(places), UPLOAD);
	assert.deepEqual(
		['status', 'numbers', 'failed', 'location', 'error'].map(key => upload.get(key)),
		['partial_success', '2 · +441134969900', '1', 'Austin Support Centre · Warehouse', '—'],
	);
	assert.equal(cellsOf(uploadColumns(), {...UPLOAD, tn_upload_entries: []}).get('failed'), '—');
	assert.equal(cellsOf(uploadColumns(), {...UPLOAD, tn_upload_entries: []}).get('numbers'), '0');
	assert.equal(cellsOf(uploadColumns(), {...UPLOAD, error_code: 'E1'}).get('error'), 'E1');
	const release = cellsOf(releaseColumns(), RELEASE);
	assert.deepEqual(
		['status', 'numbers', 'created'].map(key => release.get(key)),
		['failed', '2 · +12025550193', '2025-10-10'],
	);
});

test('a log message shows its code, title, number and connection', () => {
	const cells = cellsOf(logMessageColumns(), LOG_MESSAGE);
	assert.deepEqual(
		['code', 'title', 'number', 'connection', 'pointer'].map(key => cells.get(key)),
		['10040', 'Usage not supported', '+441134960498', '1858334946797002863', '/usage'],
	);
	assert.equal(cellsOf(logMessageColumns(), {...LOG_MESSAGE, meta: 'x'}).get('number'), '"x" (expected an object)');
	// By name where the app knows it, cleaned; the id where it does not.
	const names = new Map([['1858334946797002863', 'Teams \u001b[2JTokyo']]);
	assert.equal(
		cellsOf(
			logMessageColumns(id => names.get(id)),
			LOG_MESSAGE,
		).get('connection'),
		'Teams \\x1b[2JTokyo',
	);
	const other = {...LOG_MESSAGE, meta: {...LOG_MESSAGE.meta, external_connection_id: '1960332826907708642'}};
	assert.equal(
		cellsOf(
			logMessageColumns(id => names.get(id)),
			other,
		).get('connection'),
		'1960332826907708642',
	);
});

test('the narrowest list still shows what tells rows apart', () => {
	const keys = (set: ColumnSet<any>, width: number) => layout(set, width).map(column => column.key);
	assert.deepEqual(keys(phoneNumberColumns(), 67), ['number', 'country', 'location']);
	assert.deepEqual(keys(uploadColumns(), 67), ['ticket', 'status', 'numbers', 'failed', 'location']);
	assert.deepEqual(keys(logMessageColumns(), 67), ['code', 'title', 'number', 'connection']);
	assert.deepEqual(keys(civicAddressColumns(), 67), ['description', 'address', 'country', 'locations']);
});
