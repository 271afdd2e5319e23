import {test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import chalk from 'chalk';
import {colorRequestedOff, turnColorOff} from '../source/color.js';

test('NO_COLOR of any value, even empty, and --no-color ask for no colour', () => {
	assert.equal(colorRequestedOff(false, {NO_COLOR: ''}), true);
	assert.equal(colorRequestedOff(false, {NO_COLOR: '1'}), true);
	assert.equal(colorRequestedOff(true, {}), true);
	assert.equal(colorRequestedOff(false, {}), false);
});

test('with colour turned off, Ink writes no escape sequences for colour, inverse or bold', () => {
	chalk.level = 1;
	const coloured = render(<Text color="red" inverse bold>x</Text>).lastFrame()!;
	assert.notEqual(coloured, 'x', 'colour is on before');
	turnColorOff();
	assert.equal(render(<Text color="red" inverse bold>x</Text>).lastFrame(), 'x');
});
