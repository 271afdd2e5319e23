import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {tokenize} from '@alcalzone/ansi-tokenize';
import {graphemes, SIMPLE_TEXT} from '../source/text/graphemes.js';

const segmenter = new Intl.Segmenter();
const icu = (text: string) => Array.from(segmenter.segment(text), ({segment}) => segment);

test('every code point the simple-text pattern admits is a grapheme of its own, whatever simple text is around it', () => {
	let admitted = 0;
	for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
		const character = String.fromCharCode(codePoint);
		if (!SIMPLE_TEXT.test(character)) continue;
		admitted++;
		// A combining mark, joiner or spacing mark would join the a before it, a prepended mark the a after it.
		// Hangul syllables join only jamo, which the pattern leaves out.
		for (const text of [`a${character}a`, `\uAC00${character}\uAC01`]) {
			assert.deepEqual(icu(text), text.split(''), `U+${codePoint.toString(16).padStart(4, '0')}`);
		}
	}
	assert.ok(admitted > 34_000, `${admitted} code points admitted`);
});

test('graphemes splits as Intl.Segmenter does, simple text or not', () => {
	for (const text of ['', 'row 1 of 100,000 › ✓ — …', '│ 漢字 カナ 한국', 'e\u0301', 'a\r\nb', '👍🏽 ok', '\u1100\u1161\u11a8', 'ﾊﾟ']) {
		assert.deepEqual(graphemes(text), icu(text), JSON.stringify(text));
	}
	assert.equal(SIMPLE_TEXT.test('a\r\nb'), false);
	assert.equal(SIMPLE_TEXT.test('ﾊﾟ'), false);
});

test("wrap-ansi's string-width (patches/wrap-ansi++string-width) splits simple text on the same pattern", async () => {
	const patched = await readFile(new URL('../node_modules/wrap-ansi/node_modules/string-width/index.js', import.meta.url), 'utf8');
	assert.ok(patched.includes(`const simpleTextRegex = ${SIMPLE_TEXT.toString()};`));
});

test("Ink's frame tokenizer (patches/@alcalzone+ansi-tokenize) takes its fast path on the same pattern and tokenizes alike", async () => {
	const patched = await readFile(new URL('../node_modules/@alcalzone/ansi-tokenize/build/tokenize.js', import.meta.url), 'utf8');
	assert.ok(patched.includes(`export const simpleTextRegex = ${SIMPLE_TEXT.toString()};`));
	const chars = (text: string) => tokenize(text).flatMap(token => (token.type === 'char' ? [[token.value, token.fullWidth]] : []));
	assert.deepEqual(chars('\u001B[1mab\u001B[22m 漢'), [
		['a', false],
		['b', false],
		[' ', false],
		['漢', true],
	]);
	assert.deepEqual(chars('e\u0301 👍🏽'), [
		['e\u0301', false],
		[' ', false],
		['👍🏽', true],
	]);
});
