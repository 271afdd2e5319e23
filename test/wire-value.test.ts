import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {describeValue, showDay, showField, showMember, showTimestamp} from '../source/components/wire-value.js';

const now = new Date('2025-07-01T00:00:00Z');

describe('showField', () => {
	it('shows a value of the expected type as usual, and an absent one as —', () => {
		assert.equal(showField('zoom', 'text'), 'zoom');
		assert.equal(showField(false, 'yes/no'), 'no');
		assert.equal(showField(0, 'a number'), '0');
		assert.equal(showField(['a', 'b'], 'a list of text'), 'a, b');
		for (const absent of [null, undefined, '']) assert.equal(showField(absent, 'text'), '—');
	});

	it('shows a value of another type as what it is, with what was expected', () => {
		assert.equal(showField(12345, 'a date'), '12345 (expected a date)');
		assert.equal(showField(42, 'text'), '42 (expected text)');
		assert.equal(showField({}, 'text'), '{} (expected text)');
		assert.equal(showField({a: 1}, 'text'), '{…} (expected text)');
		assert.equal(showField('yes', 'yes/no'), '"yes" (expected yes/no)');
		assert.equal(showField(true, 'a number'), 'true (expected a number)');
		assert.equal(showField([1, 'a'], 'a list of text'), '[…] (expected a list of text)');
		assert.equal(showField('a,b', 'a list of text'), '"a,b" (expected a list of text)');
		assert.equal(showField(1e308, 'text'), '1e+308 (expected text)');
	});

	it('cleans the text of a wrongly typed value too', () => {
		assert.equal(showField('\u001B]0;x\u0007', 'a number'), '"\\x1b]0;x\\x07" (expected a number)');
	});

	it('never stringifies a nested value, however deep', () => {
		let deep: unknown = [];
		for (let level = 0; level < 100_000; level++) deep = [deep];
		assert.equal(showField(deep, 'text'), '[…] (expected text)');
		assert.equal(showField([deep], 'a list of text'), '[…] (expected a list of text)');
		assert.equal(describeValue({x: deep}), '{…}');
	});
});

describe('showTimestamp and showDay', () => {
	it('show a date, a text that is no date as it is, and another type as what it is', () => {
		assert.equal(showTimestamp('2022-06-29T19:23:59Z', now), '2022-06-29 19:23 UTC (3 years ago) · 2022-06-29T19:23:59Z');
		assert.equal(showTimestamp('soon', now), 'soon');
		assert.equal(showTimestamp(undefined, now), '—');
		assert.equal(showTimestamp(12345, now), '12345 (expected a date)');
		assert.equal(showTimestamp({}, now), '{} (expected a date)');
		assert.equal(showDay('2022-06-29T19:23:59Z'), '2022-06-29');
		assert.equal(showDay(12345), '12345 (expected a date)');
		assert.equal(showDay(null), '—');
	});
});

describe('showMember', () => {
	it('reads a field of a nested object, and says so when the object is of another type', () => {
		assert.equal(showMember({channel_limit: 10}, 'channel_limit', 'a number'), '10');
		assert.equal(showMember({channel_limit: '10'}, 'channel_limit', 'a number'), '"10" (expected a number)');
		assert.equal(showMember(undefined, 'channel_limit', 'a number'), '—');
		assert.equal(showMember('abc', 'channel_limit', 'a number'), '"abc" (expected an object)');
		assert.equal(showMember([1], 'channel_limit', 'a number'), '[…] (expected an object)');
	});
});
