// Numbers marked across two pages and moved in one action (L): one confirmation naming them, one PATCH each, a
// progress line, rows changed in place, the marks gone once sent; a refused move is named with Telnyx's words.
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

const numberPatches = () => sandbox.requests.filter(request => request.method === 'PATCH' && request.path.includes('/phone_numbers/'));

test('25 numbers marked across two pages move in one action, each PATCHed once, their rows in place', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	await waitForFrame(app, 'n numbers');
	app.press('n');
	await waitForFrame(app, frame => frame.includes('row 1 of 10,000') && /^› \+\d+\s+GB\s+[A-Z]/m.test(frame));
	// Row 90: the marks run over the first page's end (rows 1–100) into the second.
	app.press('j'.repeat(89));
	await waitForFrame(app, 'row 90 of 10,000');
	app.press(' '.repeat(25));
	await waitForFrame(app, 'row 115 of 10,000 · 25 marked');
	app.press('L');
	await waitForFrame(app, 'Move 25 numbers to which location?');
	app.press(KEYS.down + KEYS.down + KEYS.enter);
	let frame = await waitForFrame(app, 'Send to 25 rows');
	assert.match(frame, /25 rows, one request each, 4 at a time/);
	assert.match(frame, /…and 20 more/);
	assert.match(frame, /❯ Cancel/, 'Cancel first');
	const location = /"location_id":"([0-9a-f-]{8})/.exec(frame)![1]!;
	assert.equal(numberPatches().length, 0);
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(app, '✔ 25 of 25 done');
	assert.equal(numberPatches().length, 25, 'one PATCH a number');
	assert.equal(new Set(numberPatches().map(request => request.path)).size, 25, 'each number once');
	assert.ok(numberPatches().every(request => (JSON.parse(request.body ?? '{}') as {location_id: string}).location_id.startsWith(location)));
	app.press(KEYS.escape);
	frame = await waitForFrame(app, frame => frame.includes('row 115 of 10,000') && !frame.includes('marked'));
	assert.ok(frame.includes('Esc back'), frame);
});
