// e and d from the detail view, through the whole app against the sandbox: after an edit the detail shows
// the new values; after a delete the list no longer has the connection.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {createApiClient} from '../source/api/client.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';
import {waitForFrame} from './helpers/wait-for.js';

let sandbox: Sandbox;
let app: RenderedApp | undefined;

before(async () => {
	sandbox = await startSandbox({count: 50});
});
after(() => sandbox.close());
afterEach(() => {
	app?.unmount();
	app = undefined;
});

async function openRow(row: number) {
	app = renderApp(sandbox, {names: false});
	await waitForFrame(app, 'row 1 of');
	for (let index = 1; index < row; index++) {
		app.press('j');
		await waitForFrame(app, `row ${index + 1} of`);
	}
	app.press(KEYS.enter);
	return waitForFrame(app, /State[\s\S]*e edit · d delete/);
}

test('e edits the connection shown; after saving, the detail shows the new values', async () => {
	const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
	const rows = (await client.listExternalConnections({pageNumber: 1, pageSize: 50})).data;
	const detail = await openRow(rows.findIndex(row => row.active === true && row.external_sip_connection === 'zoom') + 1);
	assert.match(detail, /^. active\s+yes$/m);
	app!.press('e');
	await waitForFrame(app!, /Step 1 of 9[\s\S]*❯ .*·/);
	for (const [step, key] of [
		[1, KEYS.enter],
		[2, KEYS.enter],
		[3, KEYS.down],
	] as const) {
		await waitForFrame(app!, `Step ${step} of 9`);
		app!.press(key);
	}
	await waitForFrame(app!, '❯ No');
	app!.press(KEYS.enter);
	for (let step = 4; step <= 8; step++) {
		await waitForFrame(app!, `Step ${step} of 9`);
		app!.press(KEYS.enter);
	}
	await waitForFrame(app!, /yes → no[\s\S]*❯ Submit/);
	app!.press(KEYS.enter);
	const after = await waitForFrame(app!, /✔ Saved[\s\S]*State/);
	assert.match(after, /^. active\s+no$/m);
	// ✔ Saved is about this visit: the delete prompt does not repeat it, nor the detail once back.
	app!.press('d');
	const asked = await waitForFrame(app!, '❯ Cancel');
	assert.ok(!asked.includes('✔ Saved'), asked);
	app!.press(KEYS.escape);
	const back = await waitForFrame(app!, /State[\s\S]*e edit · d delete/);
	assert.ok(!back.includes('✔ Saved'), back);
});

test("y's notice goes once something covers the detail: the delete prompt, a list opened with m", async () => {
	await openRow(3);
	const SENT = "sent to the terminal's clipboard";
	for (const [cover, covered] of [
		['d', '❯ Cancel'],
		['m', /row \d+ of|0 results/],
	] as const) {
		app!.press('y');
		await waitForFrame(app!, SENT);
		app!.press(cover);
		const over = await waitForFrame(app!, covered);
		assert.ok(!over.includes(SENT), over);
		app!.press(KEYS.escape);
		const back = await waitForFrame(app!, /State[\s\S]*e edit · d delete/);
		assert.ok(!back.includes(SENT), back);
	}
});

test('d asks first; Enter alone cancels and the detail is back as it was', async () => {
	await openRow(2);
	app!.press('d');
	await waitForFrame(app!, '❯ Cancel');
	app!.press(KEYS.enter);
	await waitForFrame(app!, /State[\s\S]*e edit · d delete/);
	assert.equal(sandbox.requests.filter(request => request.method === 'DELETE').length, 0);
});
