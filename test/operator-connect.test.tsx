// T on the main list: the account's Operator Connect refresh, asked first with Cancel the default, sent once
// however the key is held, its 202 and 200 explained, a failure shown and never retried.
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
	sandbox.setFaults({});
});

const refreshes = () =>
	sandbox.requests.filter(request => request.method === 'POST' && request.path.endsWith('/operator_connect/actions/refresh'));
const pointed = (frame: string) => frame.split('\n').find(line => line.includes('❯')) ?? '';

async function openPrompt(rendered: RenderedApp): Promise<string> {
	rendered.press('T');
	return waitForFrame(rendered, 'Refresh the Operator Connect integration with Microsoft Teams now?');
}

test('the prompt names the request, starts on Cancel, and Enter on it sends nothing', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	sandbox.clearRequests();
	const prompt = await openPrompt(app);
	assert.ok(prompt.includes('External connections › Operator Connect refresh'), prompt);
	assert.ok(prompt.includes('POST /v2/operator_connect/actions/refresh (no body) once, never retried'), prompt);
	assert.ok(pointed(prompt).includes('Cancel'), prompt);
	app.press(KEYS.enter);
	await waitForFrame(app, frame => frame.includes('row 1 of 300') && !frame.includes('Operator Connect refresh'));
	assert.equal(refreshes().length, 0);
});

test('Refresh held down sends one request: 202 started, and again while it runs 200, nothing new started', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	sandbox.clearRequests();
	await openPrompt(app);
	app.press(KEYS.down + KEYS.enter.repeat(5));
	let frame = await waitForFrame(app, '✔ Refresh started (202).');
	assert.ok(frame.includes('Telnyx says: Operator connect refresh started'), frame);
	assert.ok(frame.includes('Esc back'), frame);
	assert.equal(refreshes().length, 1);

	app.press(KEYS.escape);
	await waitForFrame(app, frame => frame.includes('row 1 of 300') && !frame.includes('Operator Connect refresh'));
	await openPrompt(app);
	app.press(KEYS.down + KEYS.enter);
	frame = await waitForFrame(app, 'A refresh is already running (200): nothing new was started.');
	assert.ok(frame.includes('Telnyx says: Operator connect refresh already in progress'), frame);
	assert.equal(refreshes().length, 2);
});

test("a failed refresh shows Telnyx's error and is not sent again", async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	sandbox.clearRequests();
	await openPrompt(app);
	sandbox.setFaults({failRate: 1});
	app.press(KEYS.down + KEYS.enter);
	const frame = await waitForFrame(app, frame => frame.includes('500') && frame.includes('Esc back'));
	assert.ok(!frame.includes('✔'), frame);
	assert.equal(refreshes().length, 1);
});

test('T does nothing away from the main list', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	await waitForFrame(app, 'n numbers');
	app.press('n');
	await waitForFrame(app, 'row 1 of 10,000');
	app.press('T' + 'j');
	const frame = await waitForFrame(app, 'row 2 of 10,000');
	assert.ok(!frame.includes('Operator Connect refresh'), frame);
});
