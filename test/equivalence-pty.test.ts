// Keys in one read act exactly as the same keys typed one by one. The built binary runs twice in real
// pseudo-terminals, each against its own sandbox with the same data: one gets every sequence in a single
// write, the other one key per 40 ms. After each sequence both must show the same screen and have sent the
// same requests (method, path, query, body). A failure prints the seed and the sequence; EQUIVALENCE_SEED=N
// tries another seed. Needs dist/cli.js: `npm test` builds it first.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {PtySession, terminalEnv} from './helpers/pty-session.js';
import {equivalenceSequences, startScreenSequences} from './helpers/equivalence-keys.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SEED = Number(process.env['EQUIVALENCE_SEED'] ?? 4242);
const SEQUENCES = 100;
const START_SEQUENCES = 12;
const PACE_MS = 40;
// Long enough that a frame or a request caused by the last key has shown up; the sandbox answers in about 1 ms.
const QUIET_MS = 120;
const SIZE = {columns: 100, rows: 30};

type Side = {sandbox: Sandbox; session: PtySession; checked: number};
const sides: Side[] = [];

after(async () => {
	await PtySession.killAll();
	await Promise.all(sides.map(side => side.sandbox.close()));
});

async function startSide(withKey: boolean): Promise<Side> {
	const sandbox = await startSandbox({count: 150});
	// Names are fetched when the cursor has rested a while, by time rather than by keys, so the two runs would
	// ask for different names by design; the name queue has tests of its own.
	const env = terminalEnv({
		TELNYX_BASE_URL: sandbox.url,
		...(withKey && {TELNYX_API_KEY: sandbox.apiKey}),
		XDG_CONFIG_HOME: '/nonexistent/ec-tui',
		EC_TUI_NO_NAMES: '1',
	});
	const side = {sandbox, session: new PtySession(cli, [], {...SIZE, env, cwd: root}), checked: 0};
	sides.push(side);
	await side.session.waitFor(withKey ? 'row 1 of 150' : 'Enter an API key', withKey ? 'the list' : 'the start screen');
	return side;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function typeAtOnce(side: Side, keys: string[]) {
	side.session.write(keys.join(''));
}

async function typeOneByOne(side: Side, keys: string[]) {
	for (const key of keys) {
		side.session.write(key);
		await sleep(PACE_MS);
	}
}

const answered = (side: Side) => () => side.sandbox.requests.every(request => request.status !== 0);

// Clock times and ages move between the two runs, and each sandbox has its own port; nothing else may differ.
function normalized(screen: string): string {
	return screen
		.replaceAll(/\b127\.0\.0\.1:\d+\b/g, '127.0.0.1:PORT')
		.replaceAll(/\b\d\d:\d\d(:\d\d)?\b/g, 'HH:MM')
		.replaceAll(/\((?:just now|[^()]* ago|in [^()]*)\)/g, '(age)')
		.replaceAll(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z\b/g, 'TIMESTAMP');
}

function newRequests(side: Side): string[] {
	const fresh = side.sandbox.requests.slice(side.checked).map(request => {
		const query = new URLSearchParams(Object.entries(request.query).sort()).toString();
		return `${request.method} ${request.path}${query ? `?${query}` : ''}${request.body ? ` ${normalized(request.body)}` : ''}`;
	});
	side.checked = side.sandbox.requests.length;
	// Requests that overlap leave in either order; what was asked is what must match.
	return fresh.sort();
}

function mismatch(label: string, keys: string[], burst: Side, paced: Side, detail: string): string {
	return [
		`${label} (seed ${SEED}; replay: EQUIVALENCE_SEED=${SEED} node --import tsx --test test/equivalence-pty.test.ts)`,
		`sequence: ${JSON.stringify(keys)}`,
		detail,
		`--- one write:\n${burst.session.screen()}`,
		`--- one key per ${PACE_MS} ms:\n${paced.session.screen()}`,
	].join('\n');
}

async function compare(label: string, keys: string[], burst: Side, paced: Side) {
	await Promise.all([burst.session.idle(QUIET_MS, answered(burst)), paced.session.idle(QUIET_MS, answered(paced))]);
	if (burst.session.ended !== paced.session.ended) {
		assert.fail(mismatch(label, keys, burst, paced, `only ${burst.session.ended ? 'one write' : 'the paced keys'} ended the program`));
	}
	const [burstScreen, pacedScreen] = [normalized(burst.session.screen()), normalized(paced.session.screen())];
	if (burstScreen !== pacedScreen) assert.fail(mismatch(label, keys, burst, paced, 'the screens differ'));
	const [burstRequests, pacedRequests] = [newRequests(burst), newRequests(paced)];
	if (JSON.stringify(burstRequests) !== JSON.stringify(pacedRequests)) {
		assert.fail(mismatch(label, keys, burst, paced, `the requests differ:\none write: ${burstRequests.join('\n  ')}\npaced: ${pacedRequests.join('\n  ')}`));
	}
}

test(`${SEQUENCES} seeded key sequences over the list, filter form, create wizard, edit form and delete confirmation: one write acts as keys typed one by one (seed ${SEED})`, {timeout: 120_000}, async t => {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)');
	const [burst, paced] = await Promise.all([startSide(true), startSide(true)]);
	newRequests(burst);
	newRequests(paced);
	const sequences = equivalenceSequences(SEED, SEQUENCES);
	for (const [index, {walk, keys}] of sequences.entries()) {
		await Promise.all([typeAtOnce(burst, keys), typeOneByOne(paced, keys)]);
		await compare(`sequence ${index + 1} of ${SEQUENCES} (${walk}) ended differently`, keys, burst, paced);
	}
	const sent = (method: string) => burst.sandbox.requests.filter(request => request.method === method).length;
	t.diagnostic(`${sequences.reduce((sum, {keys}) => sum + keys.length, 0)} keys in ${SEQUENCES} sequences, ${sent('POST')} creates, ${sent('PATCH')} edits, ${sent('DELETE')} deletes`);
});

test(`${START_SEQUENCES} seeded key sequences on the start screen: one write acts as keys typed one by one (seed ${SEED})`, {timeout: 60_000}, async () => {
	for (const [index, keys] of startScreenSequences(SEED, START_SEQUENCES).entries()) {
		const [burst, paced] = await Promise.all([startSide(false), startSide(false)]);
		await Promise.all([typeAtOnce(burst, keys), typeOneByOne(paced, keys)]);
		await compare(`start screen sequence ${index + 1} of ${START_SEQUENCES} ended differently`, keys, burst, paced);
		await Promise.all([burst.session.kill(), paced.session.kill()]);
	}
});
