import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {displayWidth} from '../source/text/format.js';
import {cleanText} from '../source/text/sanitize.js';
import {wrapLine} from '../source/screens/detail/wrap-line.js';

const text = cleanText;

describe('wrapLine', () => {
	it('keeps a line that fits as it is', () => {
		assert.deepEqual(wrapLine(text('2022-06-29T19:23:59Z'), 20), ['2022-06-29T19:23:59Z']);
	});

	it('breaks after the last space that fits, keeping words whole', () => {
		assert.deepEqual(wrapLine(text('2022-06-29 19:23 UTC (3 years ago) · 2022-06-29T19:23:59Z'), 51), [
			'2022-06-29 19:23 UTC (3 years ago) ·',
			'2022-06-29T19:23:59Z',
		]);
	});

	it('cuts a URL, which has no spaces, between characters, dropping nothing', () => {
		const url = 'https://hooks.example.com/telnyx/operator_connect/a/long/path';
		const lines = wrapLine(text(url), 20);
		assert.deepEqual(lines, ['https://hooks.exampl', 'e.com/telnyx/operato', 'r_connect/a/long/pat', 'h']);
		assert.equal(lines.join(''), url);
	});

	it('never splits a wide character and counts it as two columns', () => {
		assert.deepEqual(wrapLine(text('東京東京東'), 5), ['東京', '東京', '東']);
	});

	it('indents the lines after the first, under a raw JSON line’s own indentation', () => {
		const lines = wrapLine(text('    "webhook_event_url": "https://hooks.example.com/telnyx/zoom"'), 30, 4);
		assert.deepEqual(lines, ['    "webhook_event_url":', '    "https://hooks.example.com', '    /telnyx/zoom"']);
	});

	it('does not break inside an indentation, which would leave a blank line', () => {
		const lines = wrapLine(text(`${' '.repeat(20)}"x": "${'a'.repeat(30)}"`), 30, 20);
		assert.ok(
			lines.every(line => line.trim() !== ''),
			lines.join('\n'),
		);
		assert.ok(lines[0]!.startsWith(`${' '.repeat(20)}"x":`), lines[0]);
	});

	it('fits every line into the width, escapes included, from 3 columns (room for a wide character after an indent)', () => {
		const value = cleanText(`café 東京 \u001B]0;x\u0007 https://a.example/${'p/'.repeat(60)} end`);
		for (let width = 3; width <= 60; width++) {
			for (const line of wrapLine(value, width, 3)) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
		}
	});
});
