// Runs key sequences two ways against the built binary, each side in its own pty with its own sandbox of the same
// data: one side gets each sequence in a single write, the other one key per PACE_MS. After a sequence both must
// show the same screen and have sent the same requests (method, path, query, body). Shared by
// test/equivalence-pty.test.ts, which fails on the first difference, and the bench, which counts them.
import {fileURLToPath} from 'node:url';
import {startSandbox, type Sandbox} from '../../source/sandbox/server.js';
import {PtySession, terminalEnv} from './pty-session.js';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PACE_MS = 40;
// Long enough that a frame or a request caused by the last key has shown up; the sandbox answers in about 1 ms.
const QUIET_MS = 120;
const SIZE = {columns: 100, rows: 30};
export const CONNECTIONS = 150;

export type Side = {sandbox: Sandbox; session: PtySession; checked: number};

/** The app on the list (with a key) or on the start screen (without), its sandbox's earlier requests counted as seen. */
export async function startSide(withKey: boolean): Promise<Side> {
	const sandbox = await startSandbox({count: CONNECTIONS});
	// Names are fetched when the cursor has rested a while, by time rather than by keys, so the two runs would
	// ask for different names by design; the name queue has tests of its own.
	const env = terminalEnv({
		TELNYX_BASE_URL: sandbox.url,
		...(withKey && {TELNYX_API_KEY: sandbox.apiKey}),
		XDG_CONFIG_HOME: '/nonexistent/ec-tui',
		EC_TUI_NO_NAMES: '1',
	});
	const side = {sandbox, session: new PtySession(CLI, [], {...SIZE, env, cwd: ROOT}), checked: 0};
	await side.session.waitFor(withKey ? `row 1 of ${CONNECTIONS}` : 'Enter an API key', withKey ? 'the list' : 'the start screen');
	newRequests(side);
	return side;
}

export async function stopSide(side: Side): Promise<void> {
	await side.session.kill();
	await side.sandbox.close();
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

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

/** Types `keys` into both sides, the burst side in one write; says how they ended differently, or undefined. */
export async function differenceAfter(keys: string[], burst: Side, paced: Side): Promise<string | undefined> {
	burst.session.write(keys.join(''));
	await typeOneByOne(paced, keys);
	await Promise.all([burst.session.idle(QUIET_MS, answered(burst)), paced.session.idle(QUIET_MS, answered(paced))]);
	if (burst.session.ended !== paced.session.ended) return `only ${burst.session.ended ? 'one write' : 'the paced keys'} ended the program`;
	if (normalized(burst.session.screen()) !== normalized(paced.session.screen())) return 'the screens differ';
	const [burstRequests, pacedRequests] = [newRequests(burst), newRequests(paced)];
	if (JSON.stringify(burstRequests) !== JSON.stringify(pacedRequests)) {
		return `the requests differ:\none write: ${burstRequests.join('\n  ')}\npaced: ${pacedRequests.join('\n  ')}`;
	}
	return undefined;
}
