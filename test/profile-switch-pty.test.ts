// Two profiles saved with `ec-tui profile add` (the key piped in), each on a sandbox of its own, then the built
// binary in a real pseudo-terminal: --profile picks the first, A switches to the second and back, the header names
// the profile in use, and no key is ever on screen. Needs dist/cli.js: `npm test` builds it first.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {KEYS} from './helpers/keys.js';
import {PtySession, terminalEnv} from './helpers/pty-session.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const FIRST_KEY = 'KEYfirst_account_pty_00001';
const SECOND_KEY = 'KEYsecond_account_pty_0002';

let first: Sandbox;
let second: Sandbox;
let configHome: string;

before(async () => {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)');
	[first, second] = await Promise.all([startSandbox({apiKey: FIRST_KEY, count: 20}), startSandbox({apiKey: SECOND_KEY, count: 45})]);
	configHome = await mkdtemp(path.join(tmpdir(), 'ec-tui-profile-pty-'));
	const env = terminalEnv({XDG_CONFIG_HOME: configHome});
	for (const [name, sandbox, key] of [
		['first', first, FIRST_KEY],
		['second', second, SECOND_KEY],
	] as const) {
		execFileSync(process.execPath, [cli, 'profile', 'add', name, '--base-url', sandbox.url], {input: `${key}\n`, env, cwd: root});
	}
});

after(async () => {
	await PtySession.killAll();
	await Promise.all([first.close(), second.close()]);
	await rm(configHome, {recursive: true, force: true});
});

test('profile add on a terminal asks for the key unseen: a dot a character, never the key', async () => {
	const home = await mkdtemp(path.join(tmpdir(), 'ec-tui-profile-add-'));
	const env = terminalEnv({XDG_CONFIG_HOME: home});
	const add = new PtySession(cli, ['profile', 'add', 'typed'], {columns: 100, rows: 10, env, cwd: root});
	await add.waitFor('API key for the profile "typed" (not shown; Enter ends it):', 'the question');
	await add.press('KEYtyped_wrong\u007F\u007F\u007F\u007F\u007F');
	await add.press('secret_99');
	const screen = await add.waitFor(`: ${'•'.repeat('KEYtyped_secret_99'.length)}`, 'a dot a character');
	assert.ok(!screen.includes('typed_') && !screen.includes('secret'), `the key is on screen:\n${screen}`);
	await add.press(KEYS.enter);
	await add.waitFor('Saved the profile "typed"', 'saved');
	assert.equal(await add.exitCode(), 0);
	assert.equal(readFileSync(path.join(home, 'ec-tui', 'api-key.typed'), 'utf8'), 'KEYtyped_secret_99\n');
	await rm(home, {recursive: true, force: true});
});

test('A switches between two profiles in the running app, and back; the header names the one in use', async () => {
	const env = terminalEnv({XDG_CONFIG_HOME: configHome, EC_TUI_NO_NAMES: '1'});
	const app = new PtySession(cli, ['--profile', 'second'], {columns: 100, rows: 30, env, cwd: root});
	const port = (sandbox: Sandbox) => new URL(sandbox.url).port;
	await app.waitFor(screen => screen.startsWith(`second · 127.0.0.1:${port(second)}`) && screen.includes('row 1 of 45'), 'the second');

	await app.press('A');
	let screen = await app.waitFor('Switch to which saved profile?', 'the menu');
	assert.match(screen, /❯ second · http:\/\/127\.0\.0\.1:\d+ · \(in use\)/);
	await app.press('1');
	screen = await app.waitFor(s => s.startsWith(`first · 127.0.0.1:${port(first)}`) && s.includes('row 1 of 20'), 'the first');
	assert.ok(!screen.includes('Switch to which'), 'the menu closed');

	await app.press('A');
	await app.waitFor('❯ first', 'the menu, on the first');
	await app.press(KEYS.down + KEYS.enter);
	screen = await app.waitFor(s => s.startsWith('second · ') && s.includes('row 1 of 45'), 'the second again');
	for (const key of [FIRST_KEY, SECOND_KEY]) assert.ok(!screen.includes(key.slice(3, 12)), `a key is on screen:\n${screen}`);
	await app.press('q');
	assert.equal(await app.exitCode(), 0);
});
