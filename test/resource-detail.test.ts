// Detail rows of each resource: every field the API sent shows (nested entries too), cleaned, of any type.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {DetailRow} from '../source/resources/detail-lines.js';
import {civicAddressDetailRows} from '../source/resources/civic-addresses/detail.js';
import {placeIndex} from '../source/resources/civic-addresses/places.js';
import {MAX_ITEMS_SHOWN} from '../source/resources/detail-rows.js';
import {logMessageDetailRows} from '../source/resources/log-messages/detail.js';
import {phoneNumberDetailRows} from '../source/resources/phone-numbers/detail.js';
import {releaseDetailRows} from '../source/resources/releases/detail.js';
import {uploadDetailRows} from '../source/resources/uploads/detail.js';
import {CIVIC_ADDRESS, hostile, LOG_MESSAGE, PHONE_NUMBER, RELEASE, UPLOAD} from './fixtures/resources/records.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const places = placeIndex([CIVIC_ADDRESS]);
type Builder = (record: any) => DetailRow[];
const BUILDERS: Array<[string, Builder, object]> = [
	['phone number', record => phoneNumberDetailRows(record, places), PHONE_NUMBER],
	['civic address', civicAddressDetailRows, CIVIC_ADDRESS],
	['upload', record => uploadDetailRows(record, places), UPLOAD],
	['release', record => releaseDetailRows(record, NOW), RELEASE],
	['log message', logMessageDetailRows, LOG_MESSAGE],
];

const fields = (rows: DetailRow[]) => rows.filter((row): row is Extract<DetailRow, {kind: 'field'}> => row.kind === 'field');
const copies = (rows: DetailRow[]) => new Set(fields(rows).map(row => row.copy));

// Every string value anywhere in the record, which some row must copy exactly.
function strings(value: unknown): string[] {
	if (typeof value === 'string') return value === '' ? [] : [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	return typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
}

test('every value of every record, nested entries included, is on a row that copies it as sent', () => {
	for (const [name, build, record] of BUILDERS) {
		const copied = copies(build(record));
		const lists = Object.values(record).filter(Array.isArray);
		for (const value of strings(record)) {
			const inList = lists.some(list => list.every(item => typeof item === 'string') && list.includes(value));
			assert.ok(copied.has(value) || inList, `${name}: ${value} is not on a row`);
		}
	}
});

test('a hostile record shows each field as what it is, cleaned, and nothing throws', () => {
	for (const [name, build, record] of BUILDERS) {
		for (const sample of [hostile(record), {}]) {
			for (const row of build(sample)) {
				const text = row.kind === 'heading' ? row.text : row.kind === 'field' ? row.value : row.text;
				assert.doesNotMatch(text, /[\u0000-\u001f\u007f-\u009f]/, `${name}: ${JSON.stringify(row)}`);
			}
		}
	}
	const rows = fields(phoneNumberDetailRows(hostile(PHONE_NUMBER)));
	assert.equal(rows.find(row => row.label === 'number_id')?.value, '\\x1b]0;pwned\\x07');
	assert.equal(rows.find(row => row.label === 'acquired_capabilities')?.value, '[…] (expected a list of text)');
});

test('locations and addresses carry their names beside the id; the id is what is copied', () => {
	const row = fields(phoneNumberDetailRows(PHONE_NUMBER, places)).find(r => r.label === 'location_id')!;
	assert.equal(row.value, `${PHONE_NUMBER.location_id} · Austin Support Centre · 14th Floor`);
	assert.equal(row.copy, PHONE_NUMBER.location_id);
});

test('an upload lists each number as a group of its own, errors included', () => {
	const rows = uploadDetailRows(UPLOAD);
	assert.deepEqual(
		rows.filter(row => row.kind === 'heading').map(row => row.text),
		['Upload', 'Error', 'Number 1 of 2', 'Number 2 of 2'],
	);
	const second = rows.slice(rows.findIndex(row => row.kind === 'heading' && row.text === 'Number 2 of 2'));
	assert.equal(fields(second).find(row => row.label === 'error_code')?.value, 'unknown_country_code');
});

test('a list field that is absent, empty, not a list, or holds a non-object says so; a huge one is cut with a note', () => {
	const numberRows = (entries: unknown) => uploadDetailRows({...UPLOAD, tn_upload_entries: entries as never}).slice(9);
	assert.deepEqual(
		fields(numberRows(undefined)).map(row => row.value),
		['—'],
	);
	assert.deepEqual(
		fields(numberRows([])).map(row => row.value),
		['none'],
	);
	assert.deepEqual(
		fields(numberRows('x')).map(row => row.value),
		['"x" (expected a list)'],
	);
	assert.deepEqual(
		fields(numberRows([7])).map(row => row.value),
		['7 (expected an object)'],
	);
	const many = numberRows(Array.from({length: MAX_ITEMS_SHOWN + 3}, () => ({phone_number: '+15555550100'})));
	assert.equal(many.filter(row => row.kind === 'heading').length, MAX_ITEMS_SHOWN);
	assert.deepEqual(many.at(-1), {kind: 'note', text: '+3 more, not shown (J shows the raw JSON)'});
});

test('a release shows when it was made, relative to now', () => {
	const row = fields(releaseDetailRows(RELEASE, NOW)).find(r => r.label === 'created_at')!;
	assert.equal(row.value, '2025-10-10 08:59 UTC (2 months ago) · 2025-10-10T08:59:44Z');
});
