import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {fieldRows, maskedWindow, type FieldRow} from '../source/components/field-view.js';
import {wcswidth} from './helpers/wcwidth.js';

const text = (row: FieldRow) => `${row.before}${row.cursor ?? ''}${row.after}`;

test('a short value shows whole, the cursor on its character or after the end', () => {
	assert.deepEqual(fieldRows('abc', 1, {width: 10, rows: 1, showCursor: true}), [{before: 'a', cursor: 'b', after: 'c'}]);
	assert.deepEqual(fieldRows('abc', 3, {width: 10, rows: 1, showCursor: true}), [{before: 'abc', cursor: ' ', after: ''}]);
	assert.deepEqual(fieldRows('abc', 3, {width: 10, rows: 1, showCursor: false}), [{before: 'abc ', after: ''}]);
});

test('a value from the API shows its escapes, each moving with its character', () => {
	const [row] = fieldRows('a\u001B]0;x\u0007b\u00ADc', 1, {width: 40, rows: 1, showCursor: true});
	assert.deepEqual(row, {before: 'a', cursor: '\\x1b', after: ']0;x\\x07b\\u00adc'});
});

test('10,000 pasted numbers: only the rows around the cursor, none wider than the field, with … for the rest', () => {
	const value = Array.from({length: 10_000}, (_, index) => `+1555${1_000_000 + index}`).join(' ');
	const end = fieldRows(value, value.length, {width: 67, rows: 3, showCursor: true});
	assert.equal(end.length, 3);
	assert.ok(text(end[0]!).startsWith('…'));
	assert.ok(text(end[2]!).endsWith('+15551009999 '), text(end[2]!));
	const start = fieldRows(value, 0, {width: 67, rows: 3, showCursor: true});
	assert.equal(start[0]!.cursor, '+');
	assert.ok(text(start[2]!).endsWith('…'));
	const middle = fieldRows(value, 60_000, {width: 67, rows: 3, showCursor: true});
	assert.ok(middle.some(row => row.cursor !== undefined));
	for (const row of [...end, ...start, ...middle]) assert.ok(wcswidth(text(row)) <= 67, text(row));
});

test('wide characters and emoji never push a row past the width', () => {
	const value = '東京👍a'.repeat(200);
	for (const cursor of [0, 1, 2, 399, 800]) {
		const rows = fieldRows(value, cursor, {width: 11, rows: 2, showCursor: true});
		assert.ok(rows.length <= 2);
		for (const row of rows) {
			assert.ok(stringWidth(text(row)) <= 11, `${cursor}: ${text(row)}`);
			assert.equal(wcswidth(text(row)), stringWidth(text(row)));
		}
		assert.ok(
			rows.some(row => row.cursor !== undefined),
			`cursor ${cursor} shown`,
		);
	}
});

test('a masked value shows whole while it fits, the cursor after it', () => {
	assert.deepEqual(maskedWindow(0, 0, 10), {cutStart: false, shown: 0, cursor: 0});
	assert.deepEqual(maskedWindow(9, 9, 10), {cutStart: false, shown: 9, cursor: 9});
	assert.deepEqual(maskedWindow(12, 3, 10), {cutStart: false, shown: 10, cursor: 3});
});

test('a masked value longer than the field: … and the characters up to the cursor, which keeps the last column', () => {
	for (const [length, cursor] of [
		[10, 10],
		[58, 58],
		[58, 30],
		[58, 9],
	] as const) {
		const window = maskedWindow(length, cursor, 10);
		const columns = (window.cutStart ? 1 : 0) + window.shown + (window.cursor === window.shown ? 1 : 0);
		assert.ok(columns <= 10, `${length}/${cursor}: ${columns} columns`);
		assert.ok(window.cursor <= window.shown);
		assert.equal(window.cutStart, cursor >= 10);
	}
	assert.deepEqual(maskedWindow(58, 58, 10), {cutStart: true, shown: 8, cursor: 8});
	assert.deepEqual(maskedWindow(58, 30, 10), {cutStart: true, shown: 9, cursor: 8});
});
