// Log messages marked and dismissed in one action (d): one confirmation naming them, one DELETE each, the rows
// leaving the list in place with the cursor on the message it was on, the marks gone once sent.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';
import {listPosition} from './helpers/frame-facts.js';

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

const deletes = () => sandbox.requests.filter(request => request.method === 'DELETE' && request.path.includes('/log_messages/'));
const selected = (frame: string) => frame.split('\n').find(line => line.startsWith('›')) ?? '';

test('three marked log messages are dismissed in one action; the cursor stays on its message', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press('M');
	let frame = await waitForFrame(app, frame => /Log messages/.test(frame) && /row 1 of \d+/.test(frame) && /^› \d+/m.test(frame));
	const total = listPosition(frame)!.total!;
	app.press('   ');
	frame = await waitForFrame(app, `row 4 of ${total} · 3 marked`);
	const onRow = selected(frame).slice(2);
	app.press('d');
	frame = await waitForFrame(app, 'Send to 3 rows');
	assert.match(frame, /DELETE \/external_connections\/log_messages\/\{id\}/);
	assert.equal(deletes().length, 0);
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(app, '✔ 3 of 3 done');
	assert.equal(deletes().length, 3);
	app.press(KEYS.escape);
	// The cursor on the message it was on, once its page is read again: the three above it are gone.
	frame = await waitForFrame(app, frame => frame.includes(`row 1 of ${total - 3}`) && selected(frame).slice(2) === onRow);
	assert.ok(!frame.includes('marked'), frame);
});
