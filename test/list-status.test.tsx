// Status at a glance in the list: an inactive connection's row is dimmed and marked `·`, and says `no` under
// active, so it reads without colour (dim and the mark survive NO_COLOR; see color.test.tsx).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import chalk from 'chalk';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {INACTIVE_MARK} from '../source/screens/resource-list/table.js';
import {waitForFrame} from './helpers/wait-for.js';
import {renderApp} from './helpers/render-app.js';

let sandbox: Sandbox;
const level = chalk.level;

before(async () => {
	sandbox = await startSandbox({count: 300});
	// ink-testing-library's stream is no terminal: without a level chalk would drop dim, which is what is checked.
	chalk.level = 1;
});
after(async () => {
	chalk.level = level;
	await sandbox.close();
});

const DIM = '\u001B[2m';
const withoutEscapes = (line: string) => line.replaceAll(/\u001B\[[\d;]*m/g, '');

test('inactive rows are dimmed, marked · and say no under active; active rows are neither', async () => {
	const app = renderApp(sandbox, {names: false});
	try {
		const frame = await waitForFrame(app, 'row 1 of 300');
		const activeColumn = withoutEscapes(frame.split('\n').find(line => withoutEscapes(line).includes('active'))!).indexOf('active');
		const rows = frame.split('\n').filter(line => /\d{19}/.test(line) && !withoutEscapes(line).startsWith('›'));
		const activeCell = (line: string) => withoutEscapes(line).slice(activeColumn).split(/\s+/)[0];
		const inactive = rows.filter(line => activeCell(line) === 'no');
		const active = rows.filter(line => activeCell(line) === 'yes');
		assert.ok(inactive.length > 0 && active.length > 0, `the first screen has both kinds of rows:\n${frame}`);
		for (const line of inactive) {
			assert.ok(withoutEscapes(line).startsWith(`${INACTIVE_MARK} `), `marked: ${withoutEscapes(line)}`);
			assert.ok(line.startsWith(DIM), `dim: ${JSON.stringify(line)}`);
		}
		for (const line of active) {
			assert.ok(withoutEscapes(line).startsWith('  '), `not marked: ${withoutEscapes(line)}`);
			assert.ok(!line.includes(DIM), `not dim: ${JSON.stringify(line)}`);
		}
	} finally {
		app.unmount();
	}
});
