import {test} from 'node:test';
import assert from 'node:assert/strict';
import {EventEmitter} from 'node:events';
import React from 'react';
import {Text, render} from 'ink';
import chalk from 'chalk';
import {colorRequestedOff, inkStdout, stripColor, turnColorOff, withoutColor} from '../source/terminal/color.js';
import {TextField} from '../source/components/text-field.js';
import {InputProvider} from '../source/input/input-provider.js';
import {TestKeys} from './helpers/render-with-keys.js';

test('NO_COLOR of any value, even empty, and --no-color ask for no colour', () => {
	assert.equal(colorRequestedOff(false, {NO_COLOR: ''}), true);
	assert.equal(colorRequestedOff(false, {NO_COLOR: '1'}), true);
	assert.equal(colorRequestedOff(true, {}), true);
	assert.equal(colorRequestedOff(false, {}), false);
});

test('stripColor drops every colour code and keeps bold, dim, inverse, underline and resets', () => {
	assert.equal(stripColor('\u001B[31mred\u001B[39m'), 'red');
	assert.equal(stripColor('\u001B[1;31;44mx\u001B[0m'), '\u001B[1mx\u001B[0m');
	assert.equal(stripColor('\u001B[38;5;208mx\u001B[48;2;1;2;3;7my'), 'x\u001B[7my');
	assert.equal(stripColor('\u001B[93;101m\u001B[2m\u001B[4m\u001B[22m\u001B[m'), '\u001B[2m\u001B[4m\u001B[22m\u001B[m');
	// Not SGR: cursor moves and erases pass untouched.
	assert.equal(stripColor('\u001B[2K\u001B[1A\u001B[31G'), '\u001B[2K\u001B[1A\u001B[31G');
});

/** Ink drawing on a stand-in terminal, with every write kept. */
function drawOn(element: React.ReactElement): {output: () => string; unmount: () => void} {
	const writes: string[] = [];
	const terminal = Object.assign(new EventEmitter(), {columns: 80, rows: 24, isTTY: true, write: (data: string) => writes.push(data) > 0});
	const instance = render(element, {stdout: withoutColor(terminal as unknown as NodeJS.WriteStream), debug: true, patchConsole: false});
	return {output: () => writes.join(''), unmount: () => instance.unmount()};
}

const colorCode = /\u001B\[(?:[\d;]*;)?(?:3\d|4\d|9[0-7]|10[0-7])(?:;[\d;]*)?m/;

test('with colour off, Ink still draws inverse and bold (the selected row, the badge), and no colour', () => {
	const level = chalk.level;
	try {
		turnColorOff();
		assert.ok(chalk.level >= 1, 'chalk keeps a level, or inverse and bold would go too');
		assert.notEqual(inkStdout(process.stdout), process.stdout, 'Ink draws through the filter');
		const view = drawOn(
			<Text color="red" inverse bold>
				x
			</Text>,
		);
		const output = view.output();
		view.unmount();
		assert.match(output, /\u001B\[7m/, 'inverse');
		assert.match(output, /\u001B\[1m/, 'bold');
		assert.doesNotMatch(output, colorCode);
	} finally {
		chalk.level = level;
	}
});

test('with colour off, the text cursor stays visible: it is drawn inverse', () => {
	const level = chalk.level;
	try {
		turnColorOff();
		const view = drawOn(
			<InputProvider source={new TestKeys()}>
				<TextField value="ab" width={20} isActive onChange={() => {}} />
			</InputProvider>,
		);
		const output = view.output();
		view.unmount();
		assert.match(output, /ab\u001B\[7m \u001B\[27m/, `the cursor after "ab" is an inverse cell: ${JSON.stringify(output)}`);
		assert.doesNotMatch(output, colorCode);
	} finally {
		chalk.level = level;
	}
});
