import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cleanJsonLines, cleanText} from '../source/components/sanitize.js';

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

	it('keeps printable text exactly, wide and combining characters included', () => {
		const text = 'café 東京 · 1930241863466354012 — ✔ e\u0301 👍🏽 \\x1b';
		assert.equal(cleanText(text), text);
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
});
