import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import stringWidth from 'string-width';
import {cleanJsonLines, cleanText} from '../source/text/sanitize.js';
import {wcswidth, wcwidth} from './helpers/wcwidth.js';

const ESC = '\u001B';
const BEL = '\u0007';

describe('cleanText', () => {
	it('shows OSC sequences (title, clipboard, link) as visible escapes', () => {
		assert.equal(cleanText(`${ESC}]0;pwned${BEL}`), '\\x1b]0;pwned\\x07');
		assert.equal(cleanText(`${ESC}]52;c;aGk=${BEL}`), '\\x1b]52;c;aGk=\\x07');
		assert.equal(cleanText(`${ESC}]8;;http://evil.example/${BEL}x`), '\\x1b]8;;http://evil.example/\\x07x');
	});

	it('escapes every C0, DEL and C1 control, with short forms for tab and line breaks', () => {
		assert.equal(cleanText('a\tb\nc\rd\u0000e\u007Ff\u0080g\u009Dh\u009Fi'), 'a\\tb\\nc\\rd\\x00e\\x7ff\\x80g\\x9dh\\x9fi');
		for (let code = 0; code <= 0x9f; code++) {
			if (code >= 0x20 && code < 0x7f) continue;
			assert.doesNotMatch(cleanText(String.fromCharCode(code)), /[\u0000-\u001F\u007F-\u009F]/, `U+${code.toString(16)}`);
		}
	});

	it('shows bidi overrides, isolates and marks rather than obeying them', () => {
		assert.equal(cleanText('abc\u202Etxt.exe'), 'abc\\u202etxt.exe');
		assert.equal(
			cleanText('\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C'),
			'\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c',
		);
	});

	it('keeps printable text exactly, wide and combining characters and emoji included', () => {
		const text =
			'café 東京 · 1930241863466354012 — ✔ e\u0301 👍 👍\uFE0F 🇬🇧 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} 한국어 ｶﾞ \\x1b';
		assert.equal(cleanText(text), text);
	});

	it('escapes what terminals give another width than string-width: soft hyphen, fillers, format characters, separators', () => {
		assert.equal(cleanText('a\u00ADb'), 'a\\u00adb');
		assert.equal(cleanText('\u115F\u1160\u3164\uFFA0'), '\\u115f\\u1160\\u3164\\uffa0');
		assert.equal(cleanText('a\u2028b\u2029c'), 'a\\u2028b\\u2029c');
		assert.equal(cleanText('\u200B\u2060\uFEFF\u180E\u0600'), '\\u200b\\u2060\\ufeff\\u180e\\u0600');
		assert.equal(cleanText('x\uFE0F'), 'x\\ufe0f', 'a variation selector after a letter');
		assert.equal(cleanText('\uFE0F'), '\\ufe0f', 'a lone variation selector');
		assert.equal(cleanText('a\u200Db'), 'a\\u200db', 'a joiner between letters');
		assert.equal(cleanText('\u{E0041}'), '\\u{e0041}', 'a lone tag, past the BMP');
		assert.equal(cleanText('\uD800x'), '\\ud800x', 'a lone surrogate');
		assert.equal(cleanText('\u0378'), '\\u0378', 'an unassigned code point');
	});

	it('lets an emoji sequence stand only at a width every terminal agrees on: its pictographs alone otherwise', () => {
		// A ZWJ family: 2 columns to string-width, 6 to wcwidth.
		assert.equal(cleanText('👨\u200D👩\u200D👧'), '👨👩👧');
		// A skin tone: 2 to string-width, 4 in tmux. ☺ with VS16: 2, or 1 in tmux. A keycap: 2, or 1.
		assert.equal(cleanText('👍🏽'), '👍');
		assert.equal(cleanText('\u263A\uFE0F \u2764\uFE0F'), '\u263A \u2764');
		assert.equal(cleanText('1\uFE0F\u20E3'), '1');
	});

	it('leaves no code point whose width string-width and wcwidth disagree on', () => {
		const below: string[] = [];
		// The BMP, the SMP (emoji, historic scripts) and the tags and variation selectors of plane 14.
		const codePoints = [
			...Array.from({length: 0x20000}, (_, index) => index),
			...Array.from({length: 0x200}, (_, index) => 0xe0000 + index),
		];
		for (const codePoint of codePoints) {
			if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
			const shown = cleanText(String.fromCodePoint(codePoint));
			const width = stringWidth(shown);
			// glibc knows fewer code points than V8: one it does not know is drawn as nothing, so narrower, never wider.
			const unknown = shown.length <= 2 && wcwidth(codePoint) < 0;
			if (unknown ? wcswidth(shown) > width : wcswidth(shown) !== width) below.push(`U+${codePoint.toString(16)}`);
		}
		// Trigrams and Tai Xuan Jing symbols: 2 columns to string-width, 1 to glibc, so never wider than laid out.
		const narrower = below.filter(code => !/^U\+(263[0-7]|268[a-f]|1d3[0-7][0-9a-f]|1171e)$/.test(code));
		assert.deepEqual(narrower, []);
	});

	it('is idempotent: cleaning clean text changes nothing', () => {
		for (const text of [`${ESC}]0;x${BEL}\u009D\u202E`, ESC.repeat(5000), 'x'.repeat(100_000)]) {
			const once = cleanText(text);
			assert.equal(cleanText(once), once);
		}
	});

	it('cuts outside text to 2,000 characters, escapes included, never inside a surrogate pair', () => {
		const long = cleanText('x'.repeat(100 * 1024));
		assert.equal(long, `${'x'.repeat(1999)}…`);
		assert.equal(cleanText(ESC.repeat(1000)).length, 2000);
		const emoji = cleanText(`${'x'.repeat(1998)}👍👍`);
		assert.equal(emoji, `${'x'.repeat(1998)}…`);
		assert.equal(cleanText('x'.repeat(2000)), 'x'.repeat(2000));
	});
});

describe('cleanJsonLines', () => {
	it('escapes what JSON.stringify leaves (DEL, C1, bidi) in \\u form and keeps valid JSON', () => {
		const value = {name: `${ESC}]0;t${BEL}\u007F\u009D52;c;x\u202E`, tags: ['\u2066a\u2069']};
		const lines = cleanJsonLines(JSON.stringify(value, null, 2));
		for (const line of lines) assert.doesNotMatch(line, /[\p{Cc}\p{Bidi_Control}]/u, line);
		assert.ok(
			lines.some(line => line.includes('\\u001b]0;t\\u0007\\u007f\\u009d52;c;x\\u202e')),
			lines.join('\n'),
		);
		assert.deepEqual(JSON.parse(lines.join('\n')), value);
	});

	it('escapes width-ambiguous characters and the joiners of a disagreeing emoji sequence, and keeps the value', () => {
		const value = {name: 'a\u00ADb\u3164\u2028 👨\u200D👩 👍🏽 🇬🇧', tag: '\u{E0041}'};
		const lines = cleanJsonLines(JSON.stringify(value, null, 2));
		assert.ok((lines as string[]).includes('  "name": "a\\u00adb\\u3164\\u2028 👨\\u200d👩 👍\\ud83c\\udffd 🇬🇧",'), lines.join('\n'));
		for (const line of lines) assert.equal(wcswidth(line), stringWidth(line), line);
		assert.deepEqual(JSON.parse(lines.join('\n')), value);
	});
});
