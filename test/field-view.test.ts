import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {fieldRows, type FieldRow} from '../source/components/field-view.js';
import {ownText} from '../source/components/sanitize.js';
import {wcswidth} from './helpers/wcwidth.js';

const text = (row: FieldRow) => `${row.before}${row.cursor ?? ''}${row.after}`;

test('a short value shows whole, the cursor on its character or after the end', () => {
	assert.deepEqual(fieldRows('abc', 1, {width: 10, rows: 1, showCursor: true}), [{before: 'a', cursor: 'b', after: 'c'}]);
	assert.deepEqual(fieldRows('abc', 3, {width: 10, rows: 1, showCursor: true}), [{before: 'abc', cursor: ' ', after: ''}]);
	assert.deepEqual(fieldRows('abc', 3, {width: 10, rows: 1, showCursor: false}), [{before: 'abc ', after: ''}]);
	assert.deepEqual(fieldRows('abc', 0, {width: 10, rows: 1, mask: ownText('•'), showCursor: true}), [
		{before: '', cursor: '•', after: '••'},
	]);
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
