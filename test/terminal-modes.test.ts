import {test} from 'node:test';
import assert from 'node:assert/strict';
import {enterTerminalModes, TERMINAL_MODES_OFF, TERMINAL_MODES_ON} from '../source/input/terminal-modes.js';

test('the alternate screen and bracketed paste go on together and off once, in reverse order', () => {
	const written: string[] = [];
	const leave = enterTerminalModes(data => written.push(data));
	assert.deepEqual(written, [TERMINAL_MODES_ON]);
	assert.ok(TERMINAL_MODES_ON.startsWith('\u001B[?1049h'), 'the alternate screen comes first');
	assert.ok(TERMINAL_MODES_OFF.endsWith('\u001B[?1049l'), 'and is left last, after paste mode is off');
	leave();
	leave();
	assert.deepEqual(written, [TERMINAL_MODES_ON, TERMINAL_MODES_OFF]);
});

test('an exit that skips the normal path (a crash, process.exit) still leaves the modes', () => {
	const written: string[] = [];
	const before = process.listenerCount('exit');
	enterTerminalModes(data => written.push(data));
	assert.equal(process.listenerCount('exit'), before + 1);
	process.emit('exit', 1);
	assert.deepEqual(written, [TERMINAL_MODES_ON, TERMINAL_MODES_OFF]);
	assert.equal(process.listenerCount('exit'), before, 'the exit hook removes itself');
});
