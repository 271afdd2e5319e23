// A window dragged through many sizes (30 resizes 50 ms apart) leaves exactly what a fresh start at the final
// size shows: no line of an older frame stays on screen. The built binary in a real pseudo-terminal, replayed on
// a VirtualTerminal that resizes as xterm does. Needs dist/cli.js: `npm test` builds it first.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {PtySession, terminalEnv} from './helpers/pty-session.js';
import {waitUntil} from './helpers/wait-for.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const START = {columns: 100, rows: 30};
// Wider and narrower, taller and shorter, and one below the 67×14 minimum.
const SIZES: Array<[number, number]> = [
	[80, 24],
	[200, 50],
	[67, 14],
	[150, 40],
	[70, 30],
	[180, 16],
	[90, 45],
	[60, 10],
	[120, 35],
	[75, 20],
];
const RESIZES = 30;
// The storm's pace, as a hand drags a window: not a wait for an outcome.
const GAP_MS = 50;

let sandbox: Sandbox;

before(async () => {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)');
	sandbox = await startSandbox({count: 300});
});

after(async () => {
	await PtySession.killAll();
	await sandbox.close();
});

function startApp(size: {columns: number; rows: number}): PtySession {
	// Names arrive when the cursor has rested, by time: off, so both runs show the same cells.
	const env = terminalEnv({TELNYX_BASE_URL: sandbox.url, TELNYX_API_KEY: sandbox.apiKey, EC_TUI_NO_NAMES: '1'});
	return new PtySession(cli, [], {...size, env, cwd: root});
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function storm(app: PtySession, final: [number, number]): Promise<void> {
	for (let index = 0; index < RESIZES - 1; index++) {
		const [columns, rows] = SIZES[(index * 3) % SIZES.length]!;
		app.resize(columns, rows);
		await sleep(GAP_MS);
	}
	app.resize(...final);
}

const shown = (app: PtySession) => (app.terminal.synchronizing ? undefined : app.screen());

/** Opens a screen with its keys, waiting for what it shows. */
type Screen = {name: string; keys: string; shows: string; final: [number, number]};

const SCREENS: Screen[] = [
	{name: 'the list', keys: '', shows: 'row 1 of 300', final: [120, 35]},
	{name: 'the create wizard', keys: 'c', shows: 'Step 1 of', final: [80, 24]},
	{name: 'the create wizard, a longer step', keys: 'c\r', shows: 'Step 2 of', final: [200, 50]},
];

for (const screen of SCREENS) {
	test(`${RESIZES} resizes ${GAP_MS} ms apart on ${screen.name} leave the screen a fresh start at ${screen.final.join('×')} shows`, async () => {
		const stormed = startApp(START);
		await stormed.waitFor('row 1 of 300', 'the list');
		if (screen.keys) stormed.write(screen.keys);
		await stormed.waitFor(screen.shows, screen.name);
		await storm(stormed, screen.final);

		const [columns, rows] = screen.final;
		const fresh = startApp({columns, rows});
		await fresh.waitFor('row 1 of 300', 'the list, started fresh');
		if (screen.keys) fresh.write(screen.keys);
		await fresh.waitFor(screen.shows, `${screen.name}, started fresh`);

		// The stormed screen must come to exactly what the fresh one shows; a stale line never would.
		await waitUntil(() => shown(stormed) !== undefined && shown(stormed) === shown(fresh), 'the stormed screen is the fresh one').catch(
			() => assert.equal(stormed.screen(), fresh.screen(), `after the resizes:\n${stormed.screen()}\n--- fresh:\n${fresh.screen()}`),
		);
		await Promise.all([stormed.kill(), fresh.kill()]);
	});
}
