// Uploads from a connection's detail (u): the pending count in the header; N starts an upload of numbers
// typed or pasted (each checked, the exact body reviewed, Cancel first, one POST); R rechecks, a second R is
// refused with when to try again; on an upload's detail t retries it, a 422 explained.
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

const posts = (suffix: string) => sandbox.requests.filter(request => request.method === 'POST' && request.path.endsWith(suffix));
/** A number's id, read from the sandbox as any client would: the upload body names numbers by id. */
async function numberIdOf(number: string): Promise<string> {
	const connection = /^\/external_connections\/(\d+)\/uploads$/.exec(sandbox.requests.find(r => /\/\d+\/uploads$/.test(r.path))!.path)![1]!;
	const query = new URLSearchParams({'filter[phone_number][eq]': number});
	const response = await fetch(`${sandbox.url}/external_connections/${connection}/phone_numbers?${query}`, {
		headers: {authorization: `Bearer ${sandbox.apiKey}`},
	});
	return ((await response.json()) as {data: Array<{number_id: string}>}).data[0]!.number_id;
}

const rows = (frame: string) => frame.split('\n').filter(line => /^[ ›] \S{8}-/.test(line));

async function openUploads(): Promise<RenderedApp> {
	const rendered = renderApp(sandbox);
	await waitForFrame(rendered, 'row 1 of 300');
	rendered.press(KEYS.enter);
	await waitForFrame(rendered, 'u uploads');
	rendered.press('u');
	await waitForFrame(rendered, frame => /Uploads · (.+ · )?(pending: \d|nothing pending)/.test(frame) && /row 1 of \d/.test(frame));
	return rendered;
}

test('N: each bad entry and the limit are named, the exact body reviewed with Cancel first, then one POST', async () => {
	app = await openUploads();
	let frame = app.lastFrame()!;
	assert.ok(frame.includes('N new') && frame.includes('R recheck'), frame);
	app.press('N');
	await waitForFrame(app, 'New upload of numbers');
	// q and ? are text here.
	app.press('+441134960000, 0441134960001 q\n');
	frame = await waitForFrame(app, 'is not an E.164 number');
	assert.ok(frame.includes('Entry 2, "0441134960001"'), frame);
	assert.ok(frame.includes('Entry 3, "q"'), frame);
	assert.equal(posts('/uploads').length, 0);

	app.press('\u0015');
	// A pasted column: line breaks arrive as spaces.
	app.press('\u001B[200~+441134960000\n+441134960001\n+441134960000\u001B[201~');
	await waitForFrame(app, '3 entries');
	app.press(KEYS.enter);
	// Where: the default location first, then the connection's locations and civic addresses by name.
	frame = await waitForFrame(app, 'Where do the numbers go?');
	assert.match(frame, /❯ .*default location/, frame);
	assert.match(frame, /location · /, frame);
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(app, 'The usage of the upload?');
	app.press(KEYS.down + KEYS.down + KEYS.enter);
	await waitForFrame(app, 'Additional usages?');
	app.press(KEYS.enter);
	frame = await waitForFrame(app, 'Send this body?');
	const location = /"location_id":"([^"]+)"/.exec(frame.replaceAll('\n', ''))?.[1];
	assert.ok(location, frame);
	assert.match(frame, /Send this body\? 2 numbers to location /, 'the location by name');
	const ids = [await numberIdOf('+441134960000'), await numberIdOf('+441134960001')];
	const sent = {number_ids: ids, location_id: location, usage: 'first_party_app_assignment'};
	assert.ok(frame.replaceAll('\n', '').includes(JSON.stringify(sent)), 'the exact body, by id, the repeat sent once');
	assert.ok(frame.includes(`${ids[0]} = +441134960000`) && frame.includes(`${ids[1]} = +441134960001`), 'each id beside its number');
	assert.ok(frame.includes('+441134960000 was entered 2 times (entries 1, 3): it is sent once.'), 'the repeat named');
	assert.match(frame, /❯ Back to the numbers/, 'Cancel is the first choice');
	app.press(KEYS.enter);
	await waitForFrame(app, 'New upload of numbers');
	assert.equal(posts('/uploads').length, 0, 'going back sends nothing');
	// Back at the numbers, each menu starts on what was chosen: Enter through them keeps it.
	app.press(KEYS.enter);
	await waitForFrame(app, 'Where do the numbers go?');
	app.press(KEYS.enter.repeat(3));
	await waitForFrame(app, 'Send this body?');
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(app, '✔ Upload started: ticket');
	assert.equal(posts('/uploads').length, 1, 'sent once');
	assert.deepEqual(JSON.parse(posts('/uploads')[0]!.body ?? '{}'), sent);
});

test('R rechecks; a second R is refused (409) with when to try again', async () => {
	app = await openUploads();
	app.press('R');
	await waitForFrame(app, '✔ Recheck started');
	app.press('R');
	const frame = await waitForFrame(app, '✖ 409');
	assert.match(frame, /Try again in \d s \(at \d\d:\d\d:\d\d\)/);
	assert.equal(posts('/uploads/refresh').length, 2);
});

test('an upload opens with its numbers; t on one that failed retries it, on one that succeeded the 422 is explained', async () => {
	app = await openUploads();
	const frame = app.lastFrame()!;
	const statuses = rows(frame).map(line => /\b(pending_upload|pending|in_progress|partial_success|success|error)\b/.exec(line)?.[1]);
	const open = async (status: string) => {
		const index = statuses.indexOf(status);
		assert.ok(index >= 0, `an upload in ${status} on the first screen:\n${frame}`);
		app!.press('g' + 'j'.repeat(index) + KEYS.enter);
		return waitForFrame(app!, f => f.includes('Upload ') && f.includes('t retry'));
	};

	let detail = await open('error');
	assert.match(detail, /Number 1 of \d+/);
	app.press('t');
	await waitForFrame(app, '✔ Retry started: pending_upload');
	assert.equal(posts('/retry').length, 1);
	app.press(KEYS.escape);
	await waitForFrame(app, /row \d+ of/);
	await open('success');
	app.press('t');
	detail = await waitForFrame(app, 'Nothing to retry');
	assert.ok(detail.includes('Only an upload with numbers in error can be retried'), detail);
});
