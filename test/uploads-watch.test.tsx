// A connection's uploads list watches its pending uploads: the header says when the next read comes, an upload
// reaches its final status on screen without a key, the watch stops once nothing is pending, and w turns it off.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';

let sandbox: Sandbox;
let app: RenderedApp | undefined;

before(async () => {
	// Uploads made here move one status every 2 s: final 6 s after they are made, after the watch's first read.
	sandbox = await startSandbox({uploadStepMs: 2000});
});
after(async () => {
	await sandbox.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const header = (frame: string) => frame.split('\n', 1)[0] ?? '';

async function openUploads(rendered: RenderedApp): Promise<string> {
	await waitForFrame(rendered, 'row 1 of 300');
	rendered.press(KEYS.enter);
	await waitForFrame(rendered, 'u uploads');
	rendered.press('u');
	return waitForFrame(rendered, frame => /Uploads · (.+ · )?(pending: \d|nothing pending)/.test(frame) && /row 1 of \d/.test(frame));
}

test('with uploads pending the header shows the watch, and w turns it off and on', async () => {
	app = renderApp(sandbox);
	const list = await openUploads(app);
	assert.match(header(list), /Uploads · ↻ 5 s · pending: \d+ uploads? · [\d,]+ numbers/, header(list));
	app.press('w');
	assert.match(header(await waitForFrame(app, 'watch off')), /Uploads · watch off · pending: /);
	app.press('w');
	await waitForFrame(app, frame => header(frame).includes('↻ 5 s'));
});

test('an upload reaches its final status on screen without a key: the watch reads the list again', async () => {
	app = renderApp(sandbox);
	await openUploads(app);
	app.press('N');
	await waitForFrame(app, 'New upload of numbers');
	app.press('+441134960000');
	await waitForFrame(app, '1 entry');
	app.press(KEYS.enter);
	await waitForFrame(app, 'Where do the numbers go?');
	app.press(KEYS.enter.repeat(3));
	await waitForFrame(app, 'Send this body?');
	app.press(KEYS.down + KEYS.enter);
	const started = await waitForFrame(app, '✔ Upload started: ticket');
	const ticket = /ticket (\S+)/.exec(started)![1]!;
	const statusReads = () => sandbox.requests.filter(request => request.path.endsWith('/uploads/status')).length;
	const readsBefore = statusReads();
	// No key from here on: only the watch can show the upload's last step (three steps of 2 s after it was made).
	const done = await waitForFrame(app, frame => frame.split('\n').some(line => line.includes(ticket) && line.includes('success')), 30_000);
	assert.ok(statusReads() > readsBefore, 'the watch read the counts again');
	assert.match(header(done), /↻/);
});
