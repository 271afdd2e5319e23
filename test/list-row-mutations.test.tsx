// e and d on a row of the main list open the same edit form and delete prompt as on the connection's detail.
import assert from 'node:assert/strict';
import {after, afterEach, before, test} from 'node:test';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';

let sandbox: Sandbox;
let client: ApiClient;
let app: RenderedApp | undefined;

before(async () => {
	sandbox = await startSandbox({count: 60});
	client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retries: 0});
});
after(async () => {
	await sandbox.close();
});
afterEach(() => {
	app?.unmount();
	app?.store.dispose();
	app = undefined;
	sandbox.clearRequests();
});

const sent = (method: string) => sandbox.requests.filter(request => request.method === method);

test('e on a row opens the edit form of the connection under the cursor', async () => {
	const second = (await client.listExternalConnections({pageNumber: 1, pageSize: 2})).data[1]!;
	app = renderApp(sandbox, {names: false});
	await waitForFrame(app, 'row 1 of 60');
	app.press('je');
	await waitForFrame(app, `Edit external connection ${second.id}`);
	app.press(KEYS.escape);
	// Given up, it goes back where it was started: the list, the cursor on the same row.
	await waitForFrame(app, f => f.includes('row 2 of 60') && !f.includes('Edit external connection'));
	assert.ok(!app.lastFrame()!.includes(`External connection ${second.id}`), 'not the detail');
	assert.equal(sent('PATCH').length, 0);
});

test('d on a row asks first, Enter cancels; ↓ Enter deletes it and the row goes in place', async () => {
	const created = await client.createExternalConnection({
		external_sip_connection: 'zoom',
		active: false,
		outbound: {outbound_voice_profile_id: '1293384261075731499'},
	});
	app = renderApp(sandbox, {names: false});
	await waitForFrame(app, 'row 1 of 61');
	app.press('d');
	await waitForFrame(app, `Delete external connection ${created.id}`);
	app.press(KEYS.enter);
	// Cancelled, it goes back where it was started: the list.
	await waitForFrame(app, f => f.includes('row 1 of 61') && !f.includes('Delete external connection'));
	assert.ok(!app.lastFrame()!.includes(`External connection ${created.id}`), 'not the detail');
	assert.equal(sent('DELETE').length, 0, 'the default choice cancels');
	app.press(`d${KEYS.down}${KEYS.enter}`);
	await waitForFrame(app, 'row 1 of 60');
	await waitUntil(() => sent('DELETE').length === 1, 'one DELETE went out');
	assert.equal(sent('DELETE')[0]!.path, `/external_connections/${created.id}`);
	assert.ok(!app.lastFrame()!.includes(created.id), 'the row is gone from the list');
});
