// After a 401 the app asks for another key instead of a restart: checked with one request, offered for saving,
// then the list loads with it. The built binary in a real pseudo-terminal against a sandbox whose key is not the
// one given. No key is ever on screen. Needs dist/cli.js: `npm test` builds it first.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {saveKey} from '../source/config/key-file.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {KEYS} from './helpers/keys.js';
import {PtySession, terminalEnv} from './helpers/pty-session.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SIZE = {columns: 100, rows: 30};
const REJECTED_KEY = 'KEYrejected0000000000000000';
const OTHER_WRONG_KEY = 'KEYwrongtoo1111111111111111';
const PROMPT = 'Enter another key';

let sandbox: Sandbox;
let configHome: string;

before(async () => {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)');
	sandbox = await startSandbox({count: 40});
	configHome = await mkdtemp(path.join(tmpdir(), 'ec-tui-rekey-'));
});

after(async () => {
	await PtySession.killAll();
	await sandbox.close();
	await rm(configHome, {recursive: true, force: true});
});

/** The app with a key the sandbox refuses: given for the run by TELNYX_API_KEY, or else saved as the default profile's. */
async function startWithRejectedKey(from: 'environment' | 'saved'): Promise<PtySession> {
	const given: Record<string, string> = from === 'environment' ? {TELNYX_API_KEY: REJECTED_KEY} : {};
	if (from === 'saved') await saveKey(REJECTED_KEY, {XDG_CONFIG_HOME: configHome});
	const env = terminalEnv({TELNYX_BASE_URL: sandbox.url, ...given, XDG_CONFIG_HOME: configHome, EC_TUI_NO_NAMES: '1'});
	return new PtySession(cli, [], {...SIZE, env, cwd: root});
}

/** Fails if any key, or any part of one longer than a few characters, was ever drawn. */
function assertNoKeyOn(screen: string): void {
	for (const key of [REJECTED_KEY, OTHER_WRONG_KEY, sandbox.apiKey]) {
		assert.ok(!screen.includes(key.slice(3, 12)), `a key is on screen:\n${screen}`);
	}
}

test('a 401 opens a key prompt; a wrong key is refused there, a working one reloads the list without a restart', async () => {
	const app = await startWithRejectedKey('environment');
	let screen = await app.waitFor(PROMPT, 'the key prompt after the 401');
	assert.match(screen, /Error 401/);
	// The next run is given TELNYX_API_KEY again: saving would only overwrite the default profile's key.
	assert.match(screen, /This run's key came from TELNYX_API_KEY: a new one is used for this run only/);

	const before = sandbox.requests.length;
	await app.press(OTHER_WRONG_KEY);
	await app.press(KEYS.enter);
	screen = await app.waitFor(/✖ 401/, 'the wrong key refused');
	assertNoKeyOn(screen);
	assert.equal(sandbox.requests.length - before, 1, 'one request checks a key');

	await app.press('\u0015' + sandbox.apiKey);
	screen = await app.waitFor(`API key: ${'•'.repeat(sandbox.apiKey.length)}`, 'the key, masked');
	assertNoKeyOn(screen);
	await app.press(KEYS.enter);
	screen = await app.waitFor('row 1 of 40', 'the list, loaded with the new key, no offer to save it');
	assertNoKeyOn(screen);
	assert.ok(!screen.includes(PROMPT));
	assert.equal(existsSync(path.join(configHome, 'ec-tui', 'api-key')), false, 'nothing saved');
	await app.kill();
});

test("a key saved from the prompt replaces the profile's, for the owner only; Esc goes back to the list, and r asks again", async () => {
	const app = await startWithRejectedKey('saved');
	await app.waitFor(PROMPT, 'the key prompt after the 401');
	await app.press(KEYS.escape);
	let screen = await app.waitFor('r retries and then asks for another key', 'the list with its error');
	assert.ok(!screen.includes(PROMPT));
	await app.press('r');
	await app.waitFor(PROMPT, 'the prompt again after r');

	await app.press(sandbox.apiKey);
	await app.press(KEYS.enter);
	await app.waitFor('Save the key to', 'the offer to save it');
	await app.press(KEYS.down);
	await app.press(KEYS.enter);
	const file = path.join(configHome, 'ec-tui', 'api-key');
	screen = await app.waitFor(`Saved the key to ${file}`, 'the key saved');
	assertNoKeyOn(screen);
	assert.equal(await readFile(file, 'utf8'), `${sandbox.apiKey}\n`);
	assert.equal((await stat(file)).mode & 0o777, 0o600);
	await app.press(KEYS.enter);
	screen = await app.waitFor('row 1 of 40', 'the list, loaded with the new key');
	assertNoKeyOn(screen);
	await app.kill();
});
