// Every mutation goes out once, whatever the fault and however the keys come: the action key five times in
// one write, Enter five times in one write, more of the same while the request is out (keys held), and more
// right after the answer (still the same press). The answer says the outcome is unknown and reads back what
// happened. A proxy in front of the sandbox fails the mutation in each way (test/helpers/fault-proxy.ts).
import {afterEach, beforeEach, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {PROXY_FAULTS, startFaultProxy, type FaultProxy, type ProxiedRequest} from './helpers/fault-proxy.js';
import {KEYS} from './helpers/keys.js';
import {holdDown} from './helpers/hold-down.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';

let sandbox: Sandbox;
let proxy: FaultProxy;
let app: RenderedApp | undefined;

// A sandbox for each test: the faults let the sandbox act (a retried upload is no longer in error).
beforeEach(async () => {
	sandbox = await startSandbox({});
	proxy = await startFaultProxy(sandbox.url);
});
afterEach(async () => {
	app?.unmount();
	app = undefined;
	await proxy.close();
	await sandbox.close();
});

type Mutation = {
	name: string;
	/** Opens the app on the screen where `keys` send the mutation. */
	open: (app: RenderedApp) => Promise<void>;
	keys: string;
	/** The key a person holds down to send it. */
	repeat: string;
	isMutation: (request: ProxiedRequest) => boolean;
	/** The frame once the outcome is shown and read back. */
	settled: (frame: string) => boolean;
};

const readBackDone = (frame: string) => frame.includes('The outcome is unknown') && /Read back: |Could not read it back/.test(frame);
const enters = KEYS.enter.repeat(5);
const F1 = '\u001BOP';

/** `key` held down until `more` repeats after stop() is called. */
function holdKey(rendered: RenderedApp, key: string): {stop: (more: number) => Promise<void>} {
	const held = holdDown(data => rendered.press(data), key);
	return {
		async stop(more) {
			const until = held.writes() + more;
			try {
				await waitUntil(() => held.writes() >= until, `${more} more repeats`);
			} finally {
				held.release();
			}
		},
	};
}

async function openUploads(rendered: RenderedApp): Promise<void> {
	await waitForFrame(rendered, 'row 1 of 300');
	rendered.press(KEYS.enter);
	await waitForFrame(rendered, 'u uploads');
	rendered.press('u');
	await waitForFrame(rendered, frame => /Uploads · (.+ · )?(pending: \d|nothing pending)/.test(frame) && /row 1 of \d/.test(frame));
}

const mutations: Mutation[] = [
	{
		name: 'upload create (↓ Enter×5 on the review)',
		async open(rendered) {
			await openUploads(rendered);
			rendered.press('N');
			await waitForFrame(rendered, 'New upload of numbers');
			rendered.press('+441134960000');
			await waitForFrame(rendered, '1 entry');
			rendered.press(KEYS.enter);
			await waitForFrame(rendered, 'Where do the numbers go?');
			rendered.press(KEYS.enter.repeat(3));
			await waitForFrame(rendered, 'Send this body?');
		},
		keys: KEYS.down + enters,
		repeat: KEYS.enter,
		isMutation: ({method, path}) => method === 'POST' && /\/uploads$/.test(path),
		settled: readBackDone,
	},
	{
		name: 'uploads refresh (R×5)',
		open: openUploads,
		keys: 'RRRRR',
		repeat: 'R',
		isMutation: ({method, path}) => method === 'POST' && path.endsWith('/uploads/refresh'),
		settled: frame => frame.includes('outcome unknown') && !frame.includes('Reading back'),
	},
	{
		name: 'upload retry (t×5)',
		async open(rendered) {
			await openUploads(rendered);
			const index = rendered
				.lastFrame()!
				.split('\n')
				.filter(line => /^[ ›] \S{8}-/.test(line))
				.findIndex(line => /\berror\b/.test(line));
			assert.ok(index >= 0, 'an upload in error on the first screen');
			rendered.press('j'.repeat(index) + KEYS.enter);
			await waitForFrame(rendered, frame => frame.includes('Upload ') && frame.includes('t retry'));
		},
		keys: 'ttttt',
		repeat: 't',
		isMutation: ({method, path}) => method === 'POST' && path.endsWith('/retry'),
		settled: readBackDone,
	},
	{
		name: 'number move (e, ↓ Enter×5)',
		async open(rendered) {
			await waitForFrame(rendered, 'row 1 of 300');
			rendered.press(KEYS.enter);
			await waitForFrame(rendered, 'n numbers');
			rendered.press('n');
			await waitForFrame(rendered, 'row 1 of 10,000');
			rendered.press(KEYS.enter);
			await waitForFrame(rendered, frame => frame.includes('Phone number ') && frame.includes('e location'));
			rendered.press('e');
			await waitForFrame(rendered, 'Move this number to which location?');
		},
		keys: KEYS.down + enters,
		repeat: KEYS.enter,
		isMutation: ({method, path}) => method === 'PATCH' && path.includes('/phone_numbers/'),
		settled: readBackDone,
	},
	{
		name: 'log message dismiss (d, ↓ Enter×5)',
		async open(rendered) {
			await waitForFrame(rendered, 'row 1 of 300');
			rendered.press(KEYS.enter);
			await waitForFrame(rendered, /m \d[\d,]* log messages?/);
			rendered.press('m');
			await waitForFrame(rendered, /row 1 of \d/);
			rendered.press(KEYS.enter);
			await waitForFrame(rendered, frame => frame.includes('Log message ') && frame.includes('d dismiss'));
			rendered.press('d');
			await waitForFrame(rendered, 'Dismiss this message for good?');
		},
		keys: KEYS.down + enters,
		repeat: KEYS.enter,
		isMutation: ({method, path}) => method === 'DELETE' && path.includes('/log_messages/'),
		settled: frame => readBackDone(frame) || /row 1 of \d/.test(frame),
	},
];

for (const mutation of mutations) {
	describe(mutation.name, () => {
		for (const fault of PROXY_FAULTS) {
			it(`${fault}: exactly one request, the outcome unknown and read back`, async () => {
				// A request that hangs is given up after 5 s, well within the wait for its answer below.
				app = renderApp({url: proxy.url, apiKey: sandbox.apiKey}, {timeoutMs: 5000});
				await mutation.open(app);
				proxy.fail(mutation.isMutation, fault);
				const before = proxy.requests.length;
				app.press(mutation.keys);
				// Then the key held down: the terminal repeats it every 30 ms, while the request is out and after.
				const held = holdKey(app, mutation.repeat);
				let frame: string;
				try {
					frame = await waitForFrame(app, mutation.settled);
				} finally {
					await held.stop(5);
				}
				// Once F1's help is up, every key before it was delivered.
				app.press(F1);
				await waitForFrame(app, 'Keys');
				const sent = proxy.requests.slice(before).filter(mutation.isMutation);
				assert.equal(sent.length, 1, `${sent.length} requests:\n${frame}`);
				assert.ok(!proxy.requests.some(request => request.path.includes('/elsewhere')), 'a redirect is never followed');
			});
		}
	});
}
