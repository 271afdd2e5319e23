// Releases from a connection's detail (l): the list with each release's status, and a release's numbers.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';

let sandbox: Sandbox;
let app: RenderedApp | undefined;

before(async () => {
	sandbox = await startSandbox({});
});
after(async () => {
	await sandbox.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

test('l lists the releases; Enter shows one with its numbers; Esc goes back to the list, then the connection', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	await waitForFrame(app, 'l releases');
	app.press('l');
	let frame = await waitForFrame(app, /Releases · .+\s+row 1 of \d+/);
	assert.match(frame, /status/);
	const selected = frame.split('\n').find(line => line.startsWith('› '))!;
	const ticket = /^› (\S+)/.exec(selected)![1]!.replace(/…$/, '');
	app.press(KEYS.enter);
	frame = await waitForFrame(app, f => f.includes('Release ') && f.includes('Esc back') && !f.includes('Loading'));
	assert.ok(frame.includes(ticket), frame);
	assert.match(frame, /Number 1 of \d+/);
	app.press(KEYS.escape);
	await waitForFrame(app, /Releases · .+\s+row 1 of \d+/);
	app.press(KEYS.escape);
	await waitForFrame(app, 'l releases');
});
