// A server that answers every record with its example, as prism's mock server does: the record read back carries
// another id than the one asked for. e and d act on the id the app navigated with, and the outcome shows.
import assert from 'node:assert/strict';
import {after, afterEach, before, test} from 'node:test';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';
import {startJsonServer, type JsonAnswer, type JsonRequest, type JsonServer} from './helpers/json-server.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';

const LISTED = '1930241863466354012';
const EXAMPLE = '1293384261075731499';
const PROFILE = '1911630617284445511';

const page = (data: unknown[]) => ({data, meta: {page_number: 1, page_size: 100, total_pages: 1, total_results: data.length}});
const record = (id: string) => ({
	id,
	record_type: 'external_connection',
	external_sip_connection: 'zoom',
	active: true,
	tags: [],
	created_at: '2022-06-29T19:23:59Z',
	updated_at: '2022-06-29T19:23:59Z',
	outbound: {outbound_voice_profile_id: PROFILE},
	inbound: {},
});

function answer({method, rawPath}: JsonRequest): JsonAnswer {
	if (rawPath === '/external_connections') return {status: 200, body: page([record(LISTED)])};
	if (rawPath === `/external_connections/${LISTED}`)
		return {status: 200, body: {data: {...record(EXAMPLE), ...(method === 'PATCH' && {active: false})}}};
	if (rawPath === `/connections/${LISTED}`) return {status: 200, body: {data: {id: EXAMPLE, connection_name: 'example name'}}};
	if (rawPath === '/outbound_voice_profiles') return {status: 200, body: page([{id: PROFILE, name: 'Zoom Default', enabled: true}])};
	if (rawPath === '/external_connections/log_messages') return {status: 200, body: page([])};
	return {status: 404, body: {errors: [{code: '10005', title: 'Resource not found', detail: rawPath}]}};
}

let server: JsonServer;
let app: RenderedApp | undefined;

before(async () => {
	server = await startJsonServer(answer);
});
after(() => server.close());
afterEach(() => {
	app?.unmount();
	app?.store.dispose();
	app = undefined;
	server.requests.length = 0;
});

const patches = () => server.requests.filter(request => request.method === 'PATCH');

/** Through the edit form to Submit, `active` turned off on the way. */
async function submitEdit(running: RenderedApp): Promise<void> {
	await waitForFrame(running, /Step 1 of 9[\s\S]*❯ .*·/);
	for (const [step, key] of [
		[1, KEYS.enter],
		[2, KEYS.enter],
		[3, KEYS.down],
	] as const) {
		await waitForFrame(running, `Step ${step} of 9`);
		running.press(key);
	}
	await waitForFrame(running, '❯ No');
	running.press(KEYS.enter);
	for (let step = 4; step <= 8; step++) {
		await waitForFrame(running, `Step ${step} of 9`);
		running.press(KEYS.enter);
	}
	await waitForFrame(running, /yes → no[\s\S]*❯ Submit/);
	running.press(KEYS.enter);
}

async function openDetail(): Promise<RenderedApp> {
	const running = renderApp(server, {names: false});
	await waitForFrame(running, 'row 1 of 1');
	running.press(KEYS.enter);
	await waitForFrame(running, new RegExp(`External connection ${LISTED}[\\s\\S]*id\\s+${EXAMPLE}[\\s\\S]*e edit · d delete`));
	return running;
}

test('e on a detail whose record carries another id edits the connection it was opened as, and says Saved', async () => {
	app = await openDetail();
	app.press('e');
	await waitForFrame(app, `Edit external connection ${LISTED}`);
	await submitEdit(app);
	await waitForFrame(app, /✔ Saved[\s\S]*State/);
	assert.deepEqual(
		patches().map(request => request.rawPath),
		[`/external_connections/${LISTED}`],
	);
});

test('d on a detail whose record carries another id asks about the connection it was opened as', async () => {
	app = await openDetail();
	app.press('d');
	await waitForFrame(app, `Delete external connection ${LISTED}`);
	app.press(KEYS.escape);
	await waitForFrame(app, /State[\s\S]*e edit · d delete/);
	assert.equal(server.requests.filter(request => request.method === 'DELETE').length, 0);
});

test('an edit started from the list, answered with another id, says Saved', async () => {
	app = renderApp(server, {names: false});
	await waitForFrame(app, 'row 1 of 1');
	app.press('e');
	await waitForFrame(app, `Edit external connection ${LISTED}`);
	await submitEdit(app);
	await waitUntil(() => patches().length === 1, 'the PATCH went out');
	await waitForFrame(app, /✔ Saved[\s\S]*State/);
	assert.equal(patches()[0]!.rawPath, `/external_connections/${LISTED}`);
});
