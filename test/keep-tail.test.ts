import assert from 'node:assert/strict';
import {test} from 'node:test';
import {displayWidth} from '../source/text/format.js';
import {keepTail} from '../source/text/keep-tail.js';
import {cleanText} from '../source/text/sanitize.js';

test('an id too wide keeps its last characters after …; one that fits is left whole', () => {
	const id = cleanText('1930241863466354012');
	assert.equal(keepTail(id, 8), '…6354012');
	assert.equal(keepTail(id, 19), id);
	assert.equal(keepTail(id, 40), id);
	assert.equal(keepTail(id, 1), '…');
	assert.equal(keepTail(id, 0), '');
});

test('wide characters and clusters are never split, and the cut fits the width', () => {
	// A flag is one cluster of two code points the sanitizer keeps (it drops joiners, so a ZWJ family is three emoji).
	const text = cleanText('東京東京x🇯🇵');
	for (let width = 1; width <= displayWidth(text) + 1; width++) {
		const cut = keepTail(text, width);
		assert.ok(displayWidth(cut) <= width, `${cut} at ${width}`);
		assert.ok(text.endsWith(cut.replace(/^…/, '')), `${cut} is a tail`);
	}
	assert.equal(keepTail(text, 4), '…x🇯🇵');
	assert.equal(keepTail(text, 3), '…🇯🇵');
	assert.equal(keepTail(text, 6), '…京x🇯🇵');
});
