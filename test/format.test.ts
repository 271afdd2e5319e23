import {ownText} from '../source/text/sanitize.js';
import assert from 'node:assert/strict';
import {describe, it, test} from 'node:test';
import {
	clockTime,
	displayWidth,
	formatCount,
	formatRelative,
	formatTime,
	formatValue,
	padToWidth,
	truncate,
} from '../source/text/format.js';

describe('formatValue', () => {
	it('shows absent values as an em dash', () => {
		assert.equal(formatValue(null), '—');
		assert.equal(formatValue(undefined), '—');
		assert.equal(formatValue(''), '—');
	});

	it('shows booleans as yes/no and keeps 0 and false visible', () => {
		assert.equal(formatValue(true), 'yes');
		assert.equal(formatValue(false), 'no');
		assert.equal(formatValue(0), '0');
	});

	it('joins arrays and shows an empty one as an em dash', () => {
		assert.equal(formatValue(['a', 'b']), 'a, b');
		assert.equal(formatValue([]), '—');
		assert.equal(formatValue([null, '']), '—');
	});

	it('keeps int64 id strings exactly', () => {
		assert.equal(formatValue('1930241863466354012'), '1930241863466354012');
	});

	it('shows objects by their shape and control characters as escapes', () => {
		assert.equal(formatValue({a: 1}), '{…}');
		assert.equal(formatValue([{}, []]), '{}, []');
		assert.equal(formatValue('line1\nline2\u001B[31m'), 'line1\\nline2\\x1b[31m');
	});
});

describe('formatTime', () => {
	const now = new Date('2025-07-01T00:00:00Z');

	it('gives a UTC date and a relative age', () => {
		assert.equal(formatTime('2022-06-29T19:23:59Z', now), '2022-06-29 19:23 UTC (3 years ago)');
		assert.equal(formatTime('2025-06-30T23:00:00.000Z', now), '2025-06-30 23:00 UTC (1 hour ago)');
	});

	it('does not depend on the time zone of the input', () => {
		assert.equal(formatTime('2022-06-29T21:23:59+02:00', now), '2022-06-29 19:23 UTC (3 years ago)');
	});

	it('shows absent values as an em dash and unparseable ones as they are', () => {
		assert.equal(formatTime(undefined, now), '—');
		assert.equal(formatTime(null, now), '—');
		assert.equal(formatTime('not a date', now), 'not a date');
	});

	it('words relative times in the past, the future and the present', () => {
		assert.equal(formatRelative(new Date('2025-06-30T23:58:00Z'), now), '2 minutes ago');
		assert.equal(formatRelative(new Date('2025-06-28T00:00:00Z'), now), '3 days ago');
		assert.equal(formatRelative(new Date('2025-05-01T00:00:00Z'), now), '2 months ago');
		assert.equal(formatRelative(new Date('2025-07-01T00:00:30Z'), now), 'just now');
		assert.equal(formatRelative(new Date('2025-07-01T05:00:00Z'), now), 'in 5 hours');
	});
});

describe('truncate', () => {
	it('leaves text that fits alone', () => {
		assert.equal(truncate(ownText('abc'), 3), 'abc');
	});

	it('cuts to the width with an ellipsis', () => {
		assert.equal(truncate(ownText('abcdef'), 4), 'abc…');
		assert.equal(truncate(ownText('abcdef'), 1), '…');
		assert.equal(truncate(ownText('abcdef'), 0), '');
	});

	it('counts wide characters as two columns', () => {
		assert.equal(displayWidth('東京'), 4);
		assert.equal(truncate(ownText('東京大阪'), 5), '東京…');
		assert.equal(displayWidth(truncate(ownText('東京大阪'), 5)), 5);
		assert.equal(truncate(ownText('東京大阪'), 4), '東…');
		assert.ok(displayWidth(truncate(ownText('a東京'), 3)) <= 3);
	});

	it('never splits a grapheme', () => {
		assert.equal(truncate(ownText('e\u0301e\u0301e\u0301'), 2), 'e\u0301…');
	});
});

describe('padToWidth', () => {
	it('pads and cuts to exactly the width by display columns', () => {
		assert.equal(padToWidth(ownText('ab'), 4), 'ab  ');
		assert.equal(padToWidth(ownText('東京'), 5), '東京 ');
		assert.equal(padToWidth(ownText('abcdef'), 4), 'abc…');
	});
});

it('formatCount groups thousands with commas', () => {
	for (const [count, text] of [
		[0, '0'],
		[999, '999'],
		[1000, '1,000'],
		[1234, '1,234'],
		[100_000, '100,000'],
		[1_234_567, '1,234,567'],
	] as const) {
		assert.equal(formatCount(count), text);
	}
});

test('clockTime reads as the footer says it: 24-hour, two digits each', () => {
	assert.equal(clockTime(new Date(2026, 0, 2, 9, 4, 31)), '09:04:31');
	assert.equal(clockTime(new Date(2026, 0, 2, 23, 59, 0)), '23:59:00');
});
