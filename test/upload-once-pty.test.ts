// The built binary in a real pseudo-terminal: an upload whose POST fails without a readable answer is sent
// once, with Enter five times in one write and then held down, and the screen says the outcome is unknown and
// reads the uploads back, its first choice. Needs dist/cli.js: `npm test` builds it first.
import {afterEach, before, beforeEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {startFaultProxy, type FaultProxy, type ProxiedRequest, type ProxyFault} from './helpers/fault-proxy.js';
import {KEYS} from './helpers/keys.js';
import {holdDown} from './helpers/hold-down.js';
import {PtySession, terminalEnv} from './helpers/pty-session.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

let sandbox: Sandbox;
let proxy: FaultProxy;

before(() => {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)');
});
// A sandbox for each test, so what the read-back finds is this test's upload or nothing.
beforeEach(async () => {
	sandbox = await startSandbox({});
	proxy = await startFaultProxy(sandbox.url);
});
afterEach(async () => {
	await PtySession.killAll();
	await proxy.close();
	await sandbox.close();
});

const isUpload = ({method, path}: ProxiedRequest) => method === 'POST' && /\/uploads$/.test(path);

for (const fault of [500, 'mid-response-reset', 307] satisfies ProxyFault[]) {
	test(`upload under ${fault}: one POST for Enter x5 in one write and Enter held, the outcome unknown, read back first`, async () => {
		const env = terminalEnv({TELNYX_BASE_URL: proxy.url, TELNYX_API_KEY: sandbox.apiKey});
		const app = new PtySession(cli, [], {columns: 100, rows: 30, env, cwd: root});
		await app.waitFor(/row 1 of 300/, 'the list');
		await app.press(KEYS.enter);
		await app.waitFor('u uploads', 'the detail');
		await app.press('u');
		await app.waitFor(/Uploads · .+row 1 of \d/, 'the uploads');
		await app.press('N');
		await app.waitFor('New upload of numbers', 'the form');
		await app.press('+441134960000');
		await app.waitFor('1 entry', 'the number typed');
		await app.press(KEYS.enter);
		await app.waitFor('Where do the numbers go?', 'the destination menu');
		await app.press(KEYS.enter.repeat(3));
		await app.waitFor('Send this body?', 'the review');
		proxy.fail(isUpload, fault);
		const before = proxy.requests.length;
		app.write(KEYS.down + KEYS.enter.repeat(5));
		// Enter held down: the terminal repeats it while the POST is out and after its answer.
		const held = holdDown(data => app.write(data), KEYS.enter);
		try {
			const screen = await app.waitFor(s => /Read back: |Could not read it back/.test(s), 'the read-back');
			assert.match(screen, /The outcome is unknown/);
			assert.match(screen, /❯ Read back the uploads again/, 'the read-back is the first choice');
			// The proxy lets the sandbox make it before a 500 or a reset; a redirect never reaches it.
			assert.match(
				screen,
				fault === 307 ? /Read back: no upload of these 1 number/ : /Read back: an upload of these numbers exists: ticket/,
			);
		} finally {
			held.release();
		}
		// Keys are handled in order: once the help that a last key (F1) opens is on screen, every Enter before it has
		// been handled, and any request one of them started has left.
		await app.press('\u001BOP');
		await app.waitFor('Esc close', 'the help after the held Enter');
		assert.equal(proxy.requests.slice(before).filter(isUpload).length, 1);
		assert.ok(!proxy.requests.some(request => request.path.includes('/elsewhere')), 'a redirect is never followed');
		await app.kill();
	});
}
