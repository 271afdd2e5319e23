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

/** An upload made as any client would make it, by number id: it then moves on its own in the sandbox. */
async function uploadOne(number: string): Promise<{connection: string; ticket: string}> {
	const headers = {authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json'};
	const list = (await (await fetch(`${sandbox.url}/external_connections`, {headers})).json()) as {data: Array<{id: string}>};
	const connection = list.data[0]!.id;
	const query = new URLSearchParams({'filter[phone_number][eq]': number});
	const numbers = (await (await fetch(`${sandbox.url}/external_connections/${connection}/phone_numbers?${query}`, {headers})).json()) as {
		data: Array<{number_id: string}>;
	};
	const response = await fetch(`${sandbox.url}/external_connections/${connection}/uploads`, {
		method: 'POST',
		headers,
		body: JSON.stringify({number_ids: [numbers.data[0]!.number_id]}),
	});
	const created = (await response.json()) as {ticket_id: string};
	return {connection, ticket: created.ticket_id};
}

test("an upload's detail follows it to its final status without a key, and its row with it", async () => {
	const {ticket} = await uploadOne('+441134960001');
	app = renderApp(sandbox);
	await openUploads(app);
	app.press(KEYS.enter);
	const opened = await waitForFrame(app, frame => frame.includes(`Upload ${ticket}`) && frame.includes('Pending at Microsoft Teams · ↻'));
	assert.ok(opened.includes('w watch'), opened);
	const reads = () => sandbox.requests.filter(request => request.path.endsWith(`/uploads/${ticket}`)).length;
	const readsBefore = reads();
	await waitForFrame(app, frame => /^ {2}status\s+success/m.test(frame) && !frame.includes('Pending at'), 30_000);
	assert.ok(reads() > readsBefore, 'the watch read the upload again');
	const readsDone = reads();
	app.press(KEYS.escape);
	await waitForFrame(app, frame => frame.split('\n').some(line => line.includes(ticket) && line.includes('success')));
	assert.equal(reads(), readsDone, 'a final status is not read again');
});

test("a connection's detail shows its pending uploads, watched; with --no-watch every watch starts off and w turns one on", async () => {
	await uploadOne('+441134960002');
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	await waitForFrame(app, frame => /u uploads · \d+ pending ↻ 5 s/.test(frame));
	app.unmount();

	app = renderApp(sandbox, {watch: false});
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	const frame = await waitForFrame(app, frame => /u uploads · \d+ pending/.test(frame));
	assert.doesNotMatch(frame, /pending ↻/);
	app.press('u');
	await waitForFrame(app, frame => /Uploads · watch off · pending: \d/.test(frame));
	app.press('w');
	await waitForFrame(app, frame => header(frame).includes('↻ 5 s'));
});
