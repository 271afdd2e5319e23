import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {copyToClipboard, osc52Copy} from '../source/terminal/clipboard.js';

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
	const collect = () => {
		const written: string[] = [];
		return {written, stream: {write: (data: string) => written.push(data)}};
	};

	it('writes the sequence to the stream and runs nothing outside tmux', () => {
		const {written, stream} = collect();
		const runs: string[][] = [];
		const result = copyToClipboard('123', stream, {env: {}, run: async (file, args) => void runs.push([file, ...args])});
		assert.deepEqual(written, [`\u001B]52;c;${base64('123')}\u0007`]);
		assert.deepEqual(runs, []);
		assert.equal(result.tmuxBuffer, undefined);
	});

	it('inside tmux also sets the tmux buffer, the value after --, and says it did', async () => {
		const {written, stream} = collect();
		const runs: string[][] = [];
		const env = {TMUX: '/tmp/tmux-1000/default,1,0'};
		const result = copyToClipboard('-n raw "value"', stream, {env, run: async (file, args) => void runs.push([file, ...args])});
		assert.deepEqual(written, [osc52Copy('-n raw "value"', env)]);
		assert.deepEqual(runs, [['tmux', 'set-buffer', '--', '-n raw "value"']]);
		assert.equal(await result.tmuxBuffer, true);
	});

	it('reports a tmux that fails as false instead of throwing', async () => {
		const {stream} = collect();
		const failing = async () => Promise.reject(new Error('no server running on /tmp/none'));
		const result = copyToClipboard('42', stream, {env: {TMUX: '/tmp/none,1,0'}, run: failing});
		assert.equal(await result.tmuxBuffer, false);
	});

	it('runs the real tmux program, whose failure (no server at that socket, or no tmux at all) is ignored', async () => {
		const {written, stream} = collect();
		const socket = `/tmp/ec-tui-no-tmux-server-${process.pid}`;
		const result = copyToClipboard('42', stream, {env: {...process.env, TMUX: `${socket},1,0`}});
		assert.equal(written.length, 1);
		assert.equal(await result.tmuxBuffer, false);
	});
});
