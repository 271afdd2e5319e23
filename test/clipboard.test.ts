import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {copyToClipboard, osc52Copy} from '../source/clipboard.js';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('osc52Copy', () => {
	it('wraps the base64 of the text in OSC 52', () => {
		assert.equal(osc52Copy('1930241863466354012', {}), `\u001B]52;c;${base64('1930241863466354012')}\u0007`);
	});

	it('encodes non-ASCII text as UTF-8', () => {
		assert.equal(osc52Copy('東京', {}), '\u001B]52;c;5p2x5Lqs\u0007');
	});

	it('uses a tmux DCS passthrough with every ESC doubled under tmux', () => {
		const sequence = osc52Copy('42', {TMUX: '/tmp/tmux-1000/default,1,0'});
		assert.equal(sequence, `\u001BPtmux;\u001B\u001B]52;c;${base64('42')}\u0007\u001B\\`);
	});

	it('reads TMUX from the process environment by default', () => {
		const expected = process.env['TMUX'] ? '\u001BPtmux;' : '\u001B]52;c;';
		assert.ok(osc52Copy('x').startsWith(expected));
	});
});

describe('copyToClipboard', () => {
	it('writes the sequence to the stream', () => {
		const written: string[] = [];
		copyToClipboard('123', {write: (data: string) => written.push(data)}, {});
		assert.deepEqual(written, [`\u001B]52;c;${base64('123')}\u0007`]);
	});
});
