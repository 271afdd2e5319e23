// Runs key sequences two ways against the built binary, each side in its own pty with its own sandbox of the same
// data: one side gets each sequence in a single write, the other one key per PACE_MS. After a sequence both must
// come to the same end: the same screen and the same requests (method, path, query, body), or both programs ended
// with the same status. Shared by test/equivalence-pty.test.ts, which fails on the first difference, and the
// bench, which counts them.
import {fileURLToPath} from 'node:url';
import {startSandbox, type Sandbox} from '../../source/sandbox/server.js';
import {PtySession, terminalEnv} from './pty-session.js';
import {HANG_MS, waitUntil} from './wait-for.js';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PACE_MS = 40;
const SIZE = {columns: 100, rows: 30};
export const CONNECTIONS = 150;

export type Side = {sandbox: Sandbox; session: PtySession; checked: number; exitCode?: number};

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
	const side: Side = {sandbox, session: new PtySession(CLI, [], {...SIZE, env, cwd: ROOT}), checked: 0};
	void side.session.exited.then(code => (side.exitCode = code));
	await side.session.waitFor(withKey ? `row 1 of ${CONNECTIONS}` : 'Enter an API key', withKey ? 'the list' : 'the start screen');
	newRequests(side);
	return side;
}

export async function stopSide(side: Side): Promise<void> {
	await side.session.kill();
	await side.sandbox.close();
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

// Keys after the one that ends the program are not typed: a person would be back at the shell, and what the
// terminal then echoes depends on how quickly the program left, not on what it did.
async function typeOneByOne(side: Side, keys: string[]) {
	for (const key of keys) {
		if (side.session.ended) return;
		side.session.write(key);
		await sleep(PACE_MS);
	}
}

const answered = (side: Side) => side.sandbox.requests.every(request => request.status !== 0);
// A spinner or a loading line: the screen is on its way somewhere else.
const LOADING = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]|\bloading\b/i;

// Clock times and ages move between the two runs, and each sandbox has its own port; nothing else may differ.
function normalized(screen: string): string {
	return screen
		.replaceAll(/\b127\.0\.0\.1:\d+\b/g, '127.0.0.1:PORT')
		.replaceAll(/\b\d\d:\d\d(:\d\d)?\b/g, 'HH:MM')
		.replaceAll(/\((?:just now|[^()]* ago|in [^()]*)\)/g, '(age)')
		.replaceAll(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z\b/g, 'TIMESTAMP');
}

/** The requests sent since the last call that took them, in a stable order. */
function requestsSince(side: Side): string[] {
	const fresh = side.sandbox.requests.slice(side.checked).map(request => {
		const query = new URLSearchParams(Object.entries(request.query).sort()).toString();
		return `${request.method} ${request.path}${query ? `?${query}` : ''}${request.body ? ` ${normalized(request.body)}` : ''}`;
	});
	// Requests that overlap leave in either order; what was asked is what must match.
	return fresh.sort();
}

function newRequests(side: Side): string[] {
	const fresh = requestsSince(side);
	side.checked = side.sandbox.requests.length;
	return fresh;
}

/** How the two sides differ now, or undefined when they have come to the same, settled end. */
function differenceNow(burst: Side, paced: Side): string | undefined {
	if (burst.session.ended !== paced.session.ended) return `only ${burst.session.ended ? 'one write' : 'the paced keys'} ended the program`;
	const [burstRequests, pacedRequests] = [requestsSince(burst), requestsSince(paced)];
	if (JSON.stringify(burstRequests) !== JSON.stringify(pacedRequests)) {
		return `the requests differ:\none write: ${burstRequests.join('\n  ')}\npaced: ${pacedRequests.join('\n  ')}`;
	}
	if (burst.session.ended) {
		// Both programs are gone: the screen is the shell's now, and the exit status is what they did.
		if (burst.exitCode === undefined || paced.exitCode === undefined) return 'the exit status is not in yet';
		return burst.exitCode === paced.exitCode ? undefined : `the exit status differs: ${burst.exitCode} against ${paced.exitCode}`;
	}
	for (const [name, side] of [
		['one write', burst],
		['paced', paced],
	] as const) {
		if (side.session.terminal.synchronizing) return `the ${name} side is mid-frame`;
		if (!answered(side)) return `the ${name} side has a request unanswered`;
		if (LOADING.test(side.session.screen())) return `the ${name} side is still loading`;
	}
	if (normalized(burst.session.screen()) !== normalized(paced.session.screen())) return 'the screens differ';
	return undefined;
}

/**
 * Types `keys` into both sides, the burst side in one write, then waits until both show the same settled screen
 * (nothing loading, every request answered) having sent the same requests; says how they still differ after
 * `timeoutMs`, or undefined. The wait is for that agreement, not for a quiet moment: a slow machine only makes it
 * take longer.
 */
export async function differenceAfter(keys: string[], burst: Side, paced: Side, timeoutMs = HANG_MS): Promise<string | undefined> {
	burst.session.write(keys.join(''));
	await typeOneByOne(paced, keys);
	try {
		await waitUntil(() => differenceNow(burst, paced) === undefined, 'both sides agree', timeoutMs);
	} catch {
		return differenceNow(burst, paced);
	}
	newRequests(burst);
	newRequests(paced);
	return undefined;
}
