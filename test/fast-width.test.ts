import {test} from 'node:test';
import assert from 'node:assert/strict';
// fastWidth and segmentedWidth (string-width's own grapheme path) are exported by patches/string-width+8.3.0.patch.
import stringWidth, {fastWidth, segmentedWidth} from 'string-width';

const RANGES: Array<[number, number]> = [
	[0x00, 0x7f],
	[0xa0, 0x52f],
	[0x2000, 0x206f],
	[0x2190, 0x21ff],
	[0x2500, 0x28ff],
	[0x3000, 0x30ff],
	[0x4e00, 0x9fff],
	[0xac00, 0xd7a3],
	[0xfe00, 0xffef],
	[0x1100, 0x11ff],
	[0x1f300, 0x1f6ff],
];

test("every code point fastWidth answers for has the width string-width's own algorithm gives it", () => {
	let answered = 0;
	for (const [from, to] of RANGES) {
		for (let codePoint = from; codePoint <= to; codePoint++) {
			const text = String.fromCodePoint(codePoint);
			const fast = fastWidth(text);
			if (fast === undefined) continue;
			answered++;
			assert.equal(fast, segmentedWidth(text), `U+${codePoint.toString(16)}`);
		}
	}
	assert.ok(answered > 30_000, `answered for ${answered} code points`);
});

test("strings of the app agree with string-width's own algorithm; combining marks, emoji and zero-width text are left to it", () => {
	for (const text of [
		'— loading row 1,234…',
		'› 東京, süd, café',
		'Teams Operator Connect – 東京',
		'↑↓ move · Enter open',
		'⠋ Loading',
		'ｶﾞｷﾞ',
		'한국어',
	]) {
		assert.equal(fastWidth(text), segmentedWidth(text), text);
		assert.equal(stringWidth(text), segmentedWidth(text), text);
	}
	for (const text of ['e\u0301', '👍', '👨‍👩‍👧', 'a\u200Bb', '\u00AD', '\u1100\u1161', '✖ Error', 'x\uFE0F', '\u009B']) {
		assert.equal(fastWidth(text), undefined, JSON.stringify(text));
	}
});
