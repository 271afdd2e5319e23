// Marked connections acted on at once from the main list: disabled (D), tagged (+), deleted (d with marks: the
// rows Telnyx would refuse named first, more than 10 only once their count is typed); v marks a range, * every
// row that matches, pages not loaded included; a refresh drops the marks of connections that are gone.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import type {ExternalConnection} from '../source/api/types.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';

let sandbox: Sandbox;
let client: ApiClient;
let app: RenderedApp | undefined;

before(async () => {
	sandbox = await startSandbox({count: 60});
	client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
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

const sent = (method: string) =>
	sandbox.requests.filter(request => request.method === method && request.path.startsWith('/external_connections/'));
const firstRows = async (count: number) => (await client.listExternalConnections({pageNumber: 1, pageSize: count})).data;
const createInactive = (count: number) =>
	Promise.all(
		Array.from({length: count}, () =>
			client.createExternalConnection({
				external_sip_connection: 'zoom',
				active: false,
				outbound: {outbound_voice_profile_id: '1293384261075731499'},
			}),
		),
	);

test('D disables the marked connections: one confirmation, one PATCH each with the edit form body, rows changed in place', async () => {
	const rows = await firstRows(3);
	await Promise.all(
		rows.map(row =>
			client.updateExternalConnection(row.id, {
				active: true,
				outbound: row.outbound as ExternalConnection['outbound'] & {outbound_voice_profile_id: string},
			}),
		),
	);
	sandbox.clearRequests();
	app = renderApp(sandbox, {names: false});
	await waitForFrame(app, 'row 1 of 60');
	app.press('   D');
	let frame = await waitForFrame(app, 'Send to 3 rows');
	assert.match(frame, /❯ Cancel/, 'Cancel first');
	assert.match(frame, /PATCH \/external_connections\/\{id\} \{"active":false/);
	assert.equal(sent('PATCH').length, 0, 'nothing before the confirmation');
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(app, '✔ 3 of 3 done');
	assert.equal(sent('PATCH').length, 3);
	for (const request of sent('PATCH')) {
		const body = JSON.parse(request.body ?? '{}') as {active?: boolean; outbound?: {outbound_voice_profile_id?: string}};
		assert.equal(body.active, false);
		assert.equal(typeof body.outbound?.outbound_voice_profile_id, 'string', 'the update schema requires outbound');
	}
	assert.deepEqual(new Set(sent('PATCH').map(request => request.path)), new Set(rows.map(row => `/external_connections/${row.id}`)));
	app.press(KEYS.escape);
	frame = await waitForFrame(app, f => f.includes('row 4 of 60') && !f.includes('marked'));
	for (const row of await firstRows(3)) assert.equal(row.active, false);
	assert.equal((frame.match(/^·/gm) ?? []).length >= 3, true, 'the three rows dim in place');
});

test('+ adds a typed tag to the marked connections, keeping their own; one already tagged is left out and named', async () => {
	const [first, second] = await firstRows(2);
	await client.updateExternalConnection(second!.id, {
		tags: ['migrated-2026'],
		outbound: second!.outbound as {outbound_voice_profile_id: string},
	});
	sandbox.clearRequests();
	app = renderApp(sandbox, {names: false});
	await waitForFrame(app, 'row 1 of 60');
	app.press('  +');
	await waitForFrame(app, 'Which tags?');
	app.press(KEYS.enter);
	await waitForFrame(app, '✖ Type at least one tag.');
	app.press(`migrated-2026${KEYS.enter}`);
	const frame = await waitForFrame(app, 'Send to 1 row');
	assert.match(frame, /left out: .*has the tags already/);
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(app, '✔ 1 of 1 done');
	assert.equal(sent('PATCH').length, 1);
	const after = (await client.getExternalConnection(first!.id)).tags ?? [];
	assert.ok(after.includes('migrated-2026'));
	assert.deepEqual(after.slice(0, -1), first!.tags ?? [], 'its own tags kept, in order');
});

test('d with 12 marked asks for the count typed: a wrong count sends nothing, the right one deletes each once, rows leave in place', async () => {
	const created = await createInactive(12);
	sandbox.clearRequests();
	app = renderApp(sandbox, {names: false});
	await waitForFrame(app, 'row 1 of 72');
	app.press(' '.repeat(12));
	await waitForFrame(app, 'row 13 of 72 · 12 marked');
	app.press('d');
	await waitForFrame(app, 'Type 12, the number of rows');
	app.press(`11${KEYS.enter}`);
	await waitForFrame(app, '✖ Type 12 to send to all 12');
	assert.equal(sent('DELETE').length, 0, 'a wrong count sends nothing');
	app.press(`${KEYS.backspace}2${KEYS.enter}`);
	await waitForFrame(app, '✔ 12 of 12 done');
	await waitUntil(() => sent('DELETE').length === 12, 'twelve DELETEs');
	assert.deepEqual(new Set(sent('DELETE').map(request => request.path)), new Set(created.map(row => `/external_connections/${row.id}`)));
	app.press(KEYS.escape);
	await waitForFrame(app, f => /row \d+ of 60/.test(f) && !f.includes('marked'));
});

test('d with an active connection marked names it and why, and sends nothing for it', async () => {
	const [first] = await firstRows(1);
	await client.updateExternalConnection(first!.id, {active: true, outbound: first!.outbound as {outbound_voice_profile_id: string}});
	app = renderApp(sandbox, {names: false});
	await waitForFrame(app, 'row 1 of 60');
	app.press(' d');
	const frame = await waitForFrame(app, '✖ Nothing to send: every row is left out.');
	assert.match(frame, /left out: .*(active: disable it first \(D\)|Operator Connect)/);
	app.press(KEYS.escape);
	await waitForFrame(app, 'row 2 of 60 · 1 marked');
	assert.equal(sent('DELETE').length, 0);
});

test('v marks from the last Space to the cursor; * marks every row that matches after saying how many, reading pages not loaded', async () => {
	app = renderApp(sandbox, {names: false, paging: {pageSize: 20}});
	await waitForFrame(app, 'row 1 of 60');
	app.press('v');
	await waitForFrame(app, '✖ Mark a row with Space first');
	app.press(' jjjv');
	await waitForFrame(app, 'row 5 of 60 · 5 marked');
	app.press('*');
	let frame = await waitForFrame(app, 'Mark all 60?');
	assert.match(frame, /❯ Cancel/);
	// The question has the keys: the list's own bulk keys wait behind it (D would open a disable of the marks).
	app.press(`D${KEYS.enter}`);
	frame = await waitForFrame(app, 'row 5 of 60 · 5 marked');
	assert.doesNotMatch(frame, /Disable/);
	app.press(`*${KEYS.down}${KEYS.enter}`);
	frame = await waitForFrame(app, '· 60 marked');
	assert.match(frame, /✔ 60 marked/);
	app.press(KEYS.escape);
	await waitForFrame(app, f => f.includes('row 5 of 60') && !f.includes('marked'));
});

test('after r, a marked connection that is gone loses its mark; the others keep theirs', async () => {
	const [gone] = await createInactive(1);
	app = renderApp(sandbox, {names: false});
	await waitForFrame(app, 'row 1 of 61');
	app.press('   ');
	await waitForFrame(app, 'row 4 of 61 · 3 marked');
	await client.deleteExternalConnection(gone!.id);
	app.press('r');
	await waitForFrame(app, 'row 4 of 60 · 2 marked');
});

test('the confirmation stays a first confirmation while the list changes under it; Cancel keeps the marks', async () => {
	const rows = await firstRows(5);
	app = renderApp(sandbox, {names: false});
	await waitForFrame(app, 'row 1 of 60');
	app.press('  E');
	await waitForFrame(app, frame => frame.includes('Send to') || frame.includes('Nothing to send'));
	// An answer landing in the list meanwhile (a watch, a name, another row's edit) redraws the confirmation.
	app.store.replaceRow(rows[4]!.id, {...rows[4]!, tags: ['redrawn']});
	const frame = await waitForFrame(app, frame => frame.includes('Send to') || frame.includes('Nothing to send'));
	assert.doesNotMatch(frame, /Retry the failed/);
	app.press(KEYS.escape);
	await waitForFrame(app, 'row 3 of 60 · 2 marked');
	assert.equal(sent('PATCH').length, 0);
});
