// A phone number from its connection's list: Enter opens every field, e moves it to another location picked
// from the connection's civic addresses (one PATCH, never retried), and the list row shows the move in place.
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

const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('› ')) ?? '';

async function openFirstNumber(): Promise<{app: RenderedApp; number: string; row: string}> {
	const rendered = renderApp(sandbox);
	await waitForFrame(rendered, 'row 1 of 300');
	rendered.press(KEYS.enter);
	await waitForFrame(rendered, 'n numbers');
	rendered.press('n');
	const list = await waitForFrame(rendered, 'row 1 of 10,000');
	const number = /^› (\+\d+)/.exec(selectedLine(list))![1]!;
	rendered.press(KEYS.enter);
	await waitForFrame(rendered, frame => frame.includes('Phone number ') && frame.includes('e location'));
	return {app: rendered, number, row: selectedLine(list)};
}

test('Enter on a number shows its fields; e picks a location, sends one PATCH, and the row updates in place', async () => {
	const opened = await openFirstNumber();
	app = opened.app;
	let frame = app.lastFrame()!;
	assert.ok(frame.includes(opened.number), frame);
	assert.match(frame, /location_id\s+\S+ · /, 'the location by name');
	assert.ok(frame.includes('Esc back') && frame.includes('y copy'));

	app.press('e');
	frame = await waitForFrame(app, 'Move this number to which location?');
	assert.ok(frame.includes('(current)'), frame);
	assert.ok(frame.includes('Esc cancel'));
	app.press(KEYS.escape);
	await waitForFrame(app, 'e location');
	assert.equal(sandbox.requests.filter(request => request.method === 'PATCH').length, 0, 'Esc sends nothing');

	app.press('e');
	frame = await waitForFrame(app, 'Move this number to which location?');
	const pointed = (f: string) => f.split('\n').find(line => line.includes('❯')) ?? '';
	// The menu starts on the current location; the next one is another.
	assert.ok(pointed(frame).includes('(current)'), frame);
	app.press(KEYS.down);
	frame = await waitForFrame(app, f => !pointed(f).includes('(current)'));
	const chosen = pointed(frame).replace(/.*❯ /, '').trim();
	app.press(KEYS.enter);
	frame = await waitForFrame(app, '✔ Moved to');
	assert.ok(frame.includes(`✔ Moved to ${chosen.slice(0, 20)}`), frame);
	const patches = sandbox.requests.filter(request => request.method === 'PATCH');
	assert.equal(patches.length, 1, 'sent once');
	assert.ok(patches[0]!.path.includes('/phone_numbers/'));

	app.press(KEYS.escape);
	frame = await waitForFrame(app, 'row 1 of 10,000');
	assert.ok(selectedLine(frame).startsWith(`› ${opened.number}`), frame);
	assert.notEqual(selectedLine(frame), opened.row, 'the row shows the new location, in place');
	assert.ok(selectedLine(frame).includes(chosen.slice(0, 15)), `by name:\n${frame}`);
	assert.equal(sandbox.requests.filter(request => request.path.endsWith('/phone_numbers')).length, 1, 'without reloading the list');
});

test('J shows the number as the API sent it and back; the selected field is kept', async () => {
	const opened = await openFirstNumber();
	app = opened.app;
	app.press(KEYS.down);
	const moved = await waitForFrame(app, frame => selectedLine(frame) !== '' && !frame.split('\n')[2]!.startsWith('› '));
	app.press('J');
	const json = await waitForFrame(app, 'raw JSON');
	assert.ok(json.includes(`"telephone_number": "${opened.number}"`), json);
	assert.ok(json.includes('J JSON'), 'the footer offers the way back');
	app.press('J');
	const back = await waitForFrame(app, frame => !frame.includes('raw JSON') && frame.includes('e location'));
	assert.equal(selectedLine(back), selectedLine(moved));
});

test("the connection's address list is asked for once, for the numbers list and each number opened from it", async () => {
	sandbox.clearRequests();
	const opened = await openFirstNumber();
	app = opened.app;
	await waitForFrame(app, frame => /location_id\s+\S+ · /.test(frame));
	app.press(KEYS.escape);
	await waitForFrame(app, 'row 1 of 10,000');
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(app, frame => frame.includes('Phone number ') && /location_id\s+\S+ · /.test(frame));
	const addressLists = sandbox.requests.filter(request => request.method === 'GET' && request.path.endsWith('/civic_addresses'));
	assert.equal(addressLists.length, 1, sandbox.requests.map(request => request.method + ' ' + request.path).join('\n'));
});
