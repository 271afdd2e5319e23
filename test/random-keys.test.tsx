// Seeded random keystrokes through the whole app against the sandbox with faults on. After every write: nothing
// crashed, every frame is shorter than the terminal, the list position is within the list, and every navigation
// state the app reached is valid. The seed is fixed unless RANDOM_KEYS_SEED gives one; a failure prints
// it, and writes the key sequence to a file. The keys replay exactly; which request meets which fault also depends on timing.
// RANDOM_KEYS_COUNT changes the number of writes (default 10,000): the walk's budget is its keys, not a time, so a
// busy machine makes it slower, never shorter or failed.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import React from 'react';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {frontList, isValidNavState, topOf, type NavEvent, type NavState} from '../source/navigation/index.js';
import {createApiClient} from '../source/api/client.js';
import {createResourceStore, type ResourceStore} from '../source/resources/resource-store.js';
import {externalConnections} from '../source/resources/external-connections.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {App} from '../source/app.js';
import {crashIn, detailId, listPosition, screenOf, type ScreenName} from './helpers/frame-facts.js';
import {randomKeystrokes} from './helpers/random-keys.js';
import {HANG_MS, waitForFrame, waitUntil} from './helpers/wait-for.js';

// A fixed seed keeps the suite repeatable; RANDOM_KEYS_SEED explores others (RANDOM_KEYS_SEED=$RANDOM).
const FIXED_SEED = 285_850;
const SEED = Number(process.env['RANDOM_KEYS_SEED'] ?? FIXED_SEED);
const WRITES = Number(process.env['RANDOM_KEYS_COUNT'] ?? 10_000);
// ink-testing-library's stdout has no rows; the app then lays out for 24.
const TERMINAL_ROWS = 24;
// Every so often, wait until the frame shows what the navigation state says: a screen that never catches up is a hang.
const SYNC_EVERY = 250;
const SCREENS: ScreenName[] = ['list', 'detail', 'filter', 'help', 'create', 'sub-list', 'record', 'bulk', 'coverage', 'journal'];

let sandbox: Sandbox;

before(async () => {
	sandbox = await startSandbox({count: 400});
	sandbox.setFaults({failRate: 0.2, rateLimitRate: 0.05, malformedRate: 0.05, resetRate: 0.05, hangRate: 0.01, latencyMs: 0, seed: SEED});
});
after(async () => {
	await sandbox.close();
});

type Running = {view: ReturnType<typeof renderWithKeys>; store: ResourceStore; exitCodes: number[]};

// The navigation state after every event the running app sent, and the first invalid one it reached.
let latest: NavState | undefined;
let invalid: {state: NavState; event: NavEvent | undefined} | undefined;
function onNavigation(state: NavState, event?: NavEvent) {
	latest = state;
	if (!invalid && !isValidNavState(state)) invalid = {state, event};
}

function startApp(): Running {
	latest = undefined;
	// Small delays and a short timeout: retries and hung requests resolve within a few keys.
	const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retryBaseMs: 2, maxRetryAfterMs: 20, timeoutMs: 400});
	const store = createResourceStore(externalConnections, client, {pageSize: 100, prefetchRows: 40, maxResidentPages: 6});
	const exitCodes: number[] = [];
	const view = renderWithKeys(
		<App
			client={client}
			store={store}
			place={{demo: false, host: '127.0.0.1'}}
			onExit={code => exitCodes.push(code)}
			writeToTerminal={() => {}}
			onNavigation={onNavigation}
		/>,
	);
	return {view, store, exitCodes};
}

function stopApp(app: Running): void {
	app.view.unmount();
	app.store.dispose();
}

// Three turns of the event loop, each polling I/O: Ink flushes a lone Esc and React commits, and responses
// arrive between keys. A key can still race the handlers' re-subscription, as a fast typist's does.
// No clock: this is pacing, not waiting for an outcome.
async function settle(): Promise<void> {
	for (let turn = 0; turn < 3; turn++) await new Promise(resolve => setImmediate(resolve));
}

/** The screen the navigation state says should be showing. */
function expectedScreen(state: NavState): ScreenName {
	if (state.help) return 'help';
	const top = topOf(state.routes);
	if (top.kind === 'form') return top.form;
	// A list's own screen over it: the upload forms, or a bulk action and the question before it.
	if (top.kind === 'list' && top.overlay) return ['upload', 'newUpload'].includes(top.overlay.name) ? 'upload form' : 'bulk';
	if (top.kind === 'list' && top.markingAll) return 'mark all';
	// The main list's resource opened again (a profile's connections) looks like the main list.
	if (top.kind === 'list' && state.routes.length > 1 && top.resource !== 'external-connections') return 'sub-list';
	if (top.kind === 'detail' && top.resource !== 'external-connections') return 'record';
	return top.kind;
}

/** What the frame must show once it has caught up with the state. */
function frameAgrees(frame: string, state: NavState): boolean {
	const screen = expectedScreen(state);
	if (screenOf(frame) !== screen) return false;
	const top = topOf(state.routes);
	if (screen === 'detail' && top.kind === 'detail') return detailId(frame) === top.id;
	const {view} = frontList(state);
	if ((screen === 'list' || screen === 'sub-list') && view.total !== undefined && view.total > 0) {
		const position = listPosition(frame);
		return position?.row === view.cursor + 1 && position.total === view.total;
	}
	return true;
}

test(`${WRITES.toLocaleString('en-US')} seeded random keys over every screen keep the app whole (seed ${SEED})`, async t => {
	const writes = randomKeystrokes(SEED, WRITES);
	const landed: Record<ScreenName, number> = {
		list: 0,
		detail: 0,
		filter: 0,
		help: 0,
		create: 0,
		'operator-connect': 0,
		'sub-list': 0,
		record: 0,
		'upload form': 0,
		bulk: 0,
		'mark all': 0,
		coverage: 0,
		journal: 0,
	};
	const trail: Array<{key: string; screen: ScreenName | undefined}> = [];
	let keyCount = 0;
	let restarts = 0;
	// How often the faults showed: frames with an error banner, and frames with a retry notice.
	let errorFrames = 0;
	let retryFrames = 0;
	const thrown: unknown[] = [];
	const onThrown = (error: unknown) => thrown.push(error);
	process.on('uncaughtException', onThrown);
	process.on('unhandledRejection', onThrown);

	let app = startApp();
	let index = 0;
	const fail = (reason: string): never => {
		const sent = writes.slice(0, index + 1).map(keys => keys.join(''));
		const file = path.join(tmpdir(), `ec-tui-random-keys-${SEED}.json`);
		writeFileSync(file, JSON.stringify(sent));
		const steps = trail.slice(-20).map(step => `  ${step.screen ?? '?'} ← ${JSON.stringify(step.key)}`);
		throw new Error(
			// What explains the failure first: a runner that shows only the start of a message still shows it.
			[
				`random keys failed at write #${index} (seed ${SEED}): ${reason}`,
				'last frame:',
				app.view.lastFrame() ?? '(none)',
				`navigation state: ${JSON.stringify(latest)}`,
				'last writes (screen they landed on ← key):',
				...steps,
				`replay: RANDOM_KEYS_SEED=${SEED} node --import tsx --test test/random-keys.test.tsx`,
				`key sequence: ${sent.length} writes, in ${file}`,
			].join('\n'),
		);
	};

	const checkFrames = () => {
		// Every frame rendered since the last check, not only the last one: a tall or crashed frame in between counts.
		for (const frame of app.view.frames) {
			const crash = crashIn(frame);
			if (crash !== undefined) fail(`the frame shows a crash: ${crash.trim()}`);
			if (frame.includes('✖ Error')) errorFrames++;
			if (frame.includes('retrying ')) retryFrames++;
			const height = frame.split('\n').length;
			if (height >= TERMINAL_ROWS) fail(`a frame is ${height} lines tall in a ${TERMINAL_ROWS}-row terminal:\n${frame}`);
		}
		app.view.frames.length = 0;
		const frame = app.view.lastFrame() ?? '';
		const screen = screenOf(frame);
		if (screen === undefined) fail('the frame is none of the screens');
		const position = screen === 'list' ? listPosition(frame) : undefined;
		if (position && (position.row < 1 || position.row > position.total)) fail(`the list shows row ${position.row} of ${position.total}`);
		if (thrown.length > 0) fail(`something threw: ${String((thrown[0] as Error)?.stack ?? thrown[0])}`);
		if (invalid) fail(`invalid navigation state ${JSON.stringify(invalid.state)} after ${JSON.stringify(invalid.event)}`);
		const state = latest;
		if (state === undefined || !isValidNavState(state)) fail(`invalid navigation state ${JSON.stringify(state)}`);
	};

	const startedAt = performance.now();
	try {
		await waitForFrame(app.view, frame => screenOf(frame) === 'list');
		assert.ok(latest, 'the app reported its first navigation state');
		for (index = 0; index < writes.length; index++) {
			const keys = writes[index]!;
			const key = keys.join('');
			const previous = latest!;
			const screen = screenOf(app.view.lastFrame() ?? '');
			if (screen) landed[screen] += keys.length;
			keyCount += keys.length;
			trail.push({key, screen});
			if (trail.length > 100) trail.shift();
			app.view.stdin.write(key);
			await settle();
			// A screen that loads holds the keys typed meanwhile: the next write waits until they are delivered.
			await waitUntil(() => app.view.pendingKeys() === 0, 'the keys held by a loading screen were delivered').catch(() =>
				fail(`a screen held ${app.view.pendingKeys()} keys for ${HANG_MS} ms`),
			);
			checkFrames();

			if (latest!.quit) {
				// Only a 'q' outside a text field may end the app, and with status 0. Keys wait while a screen
				// loads, so the 'q' may be one typed a few writes ago.
				if (!trail.slice(-20).some(write => write.key.includes('q'))) fail(`the app quit after ${JSON.stringify(key)}`);
				// The filter form and the create wizard type text; the Operator Connect refresh is a question, where q quits.
				const before = topOf(previous.routes);
				const typing = before.kind === 'form' && before.form !== 'operator-connect';
				// A lone Esc waits a moment for the rest of a sequence: a q right behind it comes as Esc, then q.
				const afterLoneEscape = trail.at(-2)?.key.endsWith('\u001b') === true;
				if (key === 'q' && typing && !afterLoneEscape) fail("a 'q' typed into a text field quit the app");
				await waitUntil(() => app.exitCodes.length > 0, 'the app asked to exit').catch(() => fail('the app quit but never asked to exit'));
				if (!app.exitCodes.every(code => code === 0)) fail(`the app exited with ${app.exitCodes.join(', ')}`);
				stopApp(app);
				app = startApp();
				restarts++;
				await waitForFrame(app.view, frame => screenOf(frame) === 'list');
			} else if (app.exitCodes.length > 0) {
				fail(`the app exited with ${app.exitCodes.join(', ')} without quitting`);
			} else if ((index + 1) % SYNC_EVERY === 0) {
				const state = latest!;
				await waitForFrame(app.view, frame => frameAgrees(frame, latest ?? state)).catch(() =>
					fail(`the frame did not catch up with the navigation state within ${HANG_MS} ms: ${JSON.stringify(latest)}`),
				);
				checkFrames();
			}
		}
	} finally {
		process.off('uncaughtException', onThrown);
		process.off('unhandledRejection', onThrown);
		stopApp(app);
	}

	const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
	const posts = sandbox.requests.filter(request => request.method === 'POST').length;
	t.diagnostic(
		`seed ${SEED}: ${keyCount} keys in ${writes.length} writes, ${seconds} s, ${restarts} restarts after q; keys per screen ${JSON.stringify(landed)}; ${sandbox.requests.length} requests (${posts} creates), ${errorFrames} frames with an error, ${retryFrames} with a retry notice`,
	);
	assert.ok(keyCount >= 10_000 || WRITES < 10_000, `only ${keyCount} keys`);
	// The suite's walk must reach every screen; another seed explores, and its reach is only reported above.
	if (SEED === FIXED_SEED && WRITES >= 10_000)
		for (const screen of SCREENS)
			assert.ok(landed[screen] > 0, `no key landed on the ${screen} screen: ${JSON.stringify(landed)} (seed ${SEED})`);
});
