// The built binary in a real pseudo-terminal against a hostile Telnyx look-alike (test/helpers/hostile-api.ts):
// every resource of the full spec with every string field carrying one payload kind, and every mutation answered
// with an error body of the same kind (or, at 100×30, a success where it answers on its own screen). For each of
// the 16 kinds, at 100×30 and at 67×14, one walk over every screen (test/helpers/hostile-walk.ts) checks the raw
// bytes written (test/helpers/raw-output-check.ts): no escape sequence Ink does not write, no other control,
// separator, bidi control or filler, no line wider than the terminal by wcwidth and no frame as tall as it. No
// request may go to a path other than one of a record served, the request a confirmation shows is the one sent,
// and each mutation is sent once: in the walks, and under a 500, a reset, a 307 and a hang with its key pressed
// five times in one write and held. About 100 s of CPU, nearly all of it the app's. Needs dist/cli.js: `npm test`
// builds it first.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {HOSTILE_FAULTS, startHostileApi, type HostileApi, type HostileFault} from './helpers/hostile-api.js';
import {HostileWalk} from './helpers/hostile-walk.js';
import {PAYLOAD_KINDS, type PayloadKind} from './helpers/payload-kinds.js';
import {PtySession, terminalEnv} from './helpers/pty-session.js';
import {RawOutputCheck} from './helpers/raw-output-check.js';
import {waitUntil} from './helpers/wait-for.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SIZES = [
	{columns: 100, rows: 30},
	{columns: 67, rows: 14},
];

before(() => {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)');
});
after(() => PtySession.killAll());

/** The app on the hostile API in a terminal of `size`, its raw output checked from the first byte. */
function open(api: HostileApi, size: {columns: number; rows: number}): {app: PtySession; check: RawOutputCheck} {
	const check = new RawOutputCheck(size.columns, size.rows);
	const env = terminalEnv({TELNYX_BASE_URL: api.url, TELNYX_API_KEY: api.apiKey});
	const app = new PtySession(cli, [], {...size, env, cwd: root, onOutput: data => check.write(data)});
	return {app, check};
}

/** What went wrong, one line each: raw output, paths, mutations not sent exactly once. */
function problems(api: HostileApi, check: RawOutputCheck, walker: HostileWalk): string[] {
	const raw = check.violations.map(({kind, where, excerpt, count}) => `${kind} at ${where} (${count}×): ${excerpt}`);
	const elsewhere = api.requests
		.filter(request => !api.allowedPaths.has(request.path))
		.map(request => `request to another path: ${request.method} ${request.path}`);
	const mutations = api.requests.filter(request => request.method !== 'GET').map(request => `${request.method} ${request.path}`);
	const repeated = [...new Set(mutations.filter((request, index) => mutations.indexOf(request) !== index))].map(
		request => `sent more than once: ${request}`,
	);
	const count =
		new Set(mutations).size === walker.mutations ? [] : [`${walker.mutations} mutations sent by keys, ${mutations.length} requests`];
	const unlike = walker.shownRequests.filter(request => !mutations.includes(request)).map(request => `shown but not sent: ${request}`);
	return [...raw, ...elsewhere, ...repeated, ...count, ...unlike];
}

const mutationsSent = (api: HostileApi) => api.requests.filter(request => request.method !== 'GET').length;

async function walk(kind: PayloadKind, size: {columns: number; rows: number}, fault?: HostileFault): Promise<void> {
	// At 100×30 the mutations that answer where they came from succeed: their answers' bodies are drawn too.
	const api = await startHostileApi(kind, {succeed: size.columns === 100 && fault === undefined});
	api.failMutations(fault);
	const {app, check} = open(api, size);
	const found: string[] = [];
	// Under a fault, each mutation's last key goes five times in one write; a hanging one is let go once it has arrived.
	const burst = async (sent: number) => {
		await waitUntil(() => mutationsSent(api) >= sent, `mutation ${sent} to arrive`);
		if (fault === 'hang') api.releaseHangs();
	};
	const walker = new HostileWalk(app, check, {oddIds: kind.oddIds, burst: fault === undefined ? undefined : burst});
	try {
		await walker.run().catch((error: Error) => found.push(`the walk stopped at ${check.where}: ${error.message}`));
		found.unshift(...problems(api, check, walker));
	} finally {
		await app.kill();
		await api.close();
	}
	assert.deepEqual(found, [], `${kind.name} at ${size.columns}×${size.rows}${fault === undefined ? '' : ` under ${fault}`}`);
}

for (const size of SIZES) {
	for (const kind of PAYLOAD_KINDS) {
		test(`${kind.name} at ${size.columns}×${size.rows}: every screen clean, fits, asks only shown paths, sends each mutation once`, () =>
			walk(kind, size));
	}
}

// Error bodies of a kind that drives the terminal, for the faults that have a body.
for (const [index, fault] of HOSTILE_FAULTS.entries()) {
	const kind = PAYLOAD_KINDS[index]!;
	test(`every mutation under ${fault}, its last key ×5 in one write, ${kind.name} records: each sent once, nothing elsewhere`, () =>
		walk(kind, SIZES[0]!, fault));
}
