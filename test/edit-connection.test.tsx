// The edit form against the sandbox over real HTTP: no change sends nothing, a change sends exactly the
// PATCH body shown, a 422 lands on its field, a 404 says the connection is gone, an unknown outcome is read back.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import type {ExternalConnection} from '../source/api/types.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {EditConnection} from '../source/screens/create/index.js';
import {KEYS} from './helpers/keys.js';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {HANG_MS, waitForFrame, waitUntil} from './helpers/wait-for.js';

let sandbox: Sandbox;
let client: ApiClient;
let zoom: ExternalConnection[];
let view: ReturnType<typeof renderWithKeys> | undefined;

before(async () => {
	sandbox = await startSandbox({count: 200});
	client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retryBaseMs: 5, timeoutMs: HANG_MS});
	const page = await client.listExternalConnections({pageNumber: 1, pageSize: 200, filters: {externalSipConnection: 'zoom'}});
	zoom = page.data.filter(connection => connection.outbound?.outbound_voice_profile_id);
});
after(() => sandbox.close());
afterEach(() => {
	view?.unmount();
	view = undefined;
	sandbox.setFaults({});
});

const patches = () => sandbox.requests.filter(request => request.method === 'PATCH');

function open(record: ExternalConnection) {
	const outcome: {updated: ExternalConnection[]; cancelled: number} = {updated: [], cancelled: 0};
	view = renderWithKeys(
		<EditConnection
			client={client}
			record={record}
			width={100}
			height={40}
			isActive
			onCancel={() => outcome.cancelled++}
			onUpdated={updated => outcome.updated.push(updated)}
		/>,
	);
	return outcome;
}

/** Enter on every step: each keeps its value (the picker starts on the current profile). */
async function acceptAll(from = 1) {
	for (let step = from; step <= 8; step++) {
		await waitForFrame(view!, `Step ${step} of 9`);
		view!.stdin.write(KEYS.enter);
	}
	return waitForFrame(view!, 'Review');
}

/** To the Active step, No, then every other step as it is. */
async function deactivate() {
	await waitForFrame(view!, /Step 1 of 9[\s\S]*❯ .*·/);
	view!.stdin.write(KEYS.enter);
	await waitForFrame(view!, 'Step 2 of 9');
	view!.stdin.write(KEYS.enter);
	await waitForFrame(view!, 'Step 3 of 9');
	view!.stdin.write(KEYS.down);
	await waitForFrame(view!, '❯ No');
	view!.stdin.write(KEYS.enter);
	return acceptAll(4);
}

test('an edit that changes nothing says so and sends nothing', async () => {
	sandbox.clearRequests();
	const outcome = open(zoom[0]!);
	await waitForFrame(view!, /Step 1 of 9[\s\S]*❯ .*·/);
	const review = await acceptAll();
	assert.match(review, /nothing changed: nothing will be sent/);
	assert.doesNotMatch(review, /Submit/);
	view!.stdin.write(KEYS.down);
	await waitForFrame(view!, '❯ Cancel');
	view!.stdin.write(KEYS.enter);
	await waitUntil(() => outcome.cancelled === 1, 'the form closes without asking (nothing was typed)');
	assert.equal(patches().length, 0);
});

test('a change shows old → new and the exact PATCH body, sends it once, and hands back the updated record', async () => {
	const record = zoom.find(connection => connection.active === true)!;
	sandbox.clearRequests();
	const outcome = open(record);
	const review = await deactivate();
	assert.match(review, /Active\s+yes → no/);
	assert.match(review, new RegExp(`Body to send \\(PATCH /external_connections/${record.id}\\)`));
	view!.stdin.write(KEYS.enter);
	await waitUntil(() => outcome.updated.length === 1, 'the update is answered');
	const body = {active: false, outbound: {outbound_voice_profile_id: record.outbound!.outbound_voice_profile_id}};
	assert.deepEqual(
		patches().map(request => [request.path, JSON.parse(request.body!)]),
		[[`/external_connections/${record.id}`, body]],
	);
	assert.equal(outcome.updated[0]!.active, false);
	assert.equal((await client.getExternalConnection(record.id)).active, false);
});

test("a 422 lands on its field with Telnyx's words, values kept", async () => {
	const record = zoom[1]!;
	const outcome = open(record);
	await waitForFrame(view!, /Step 1 of 9[\s\S]*Type an id/);
	view!.stdin.write('1');
	await waitForFrame(view!, 'Enter accept');
	view!.stdin.write('\u0015');
	view!.stdin.write('1000000000000000001');
	await waitForFrame(view!, '1000000000000000001');
	view!.stdin.write(KEYS.enter);
	await acceptAll(2);
	view!.stdin.write(KEYS.enter);
	const frame = await waitForFrame(view!, /Step 1 of 9 · editing from the review[\s\S]*Telnyx:/);
	assert.match(frame, /1000000000000000001/);
	assert.equal(outcome.updated.length, 0);
	assert.equal(
		(await client.getExternalConnection(record.id)).outbound?.outbound_voice_profile_id,
		record.outbound?.outbound_voice_profile_id,
	);
});

test("a connection deleted meanwhile: the PATCH's 404 says so, and Back leaves without asking", async () => {
	const record = zoom.find(connection => connection.active === false && connection.id !== zoom[1]!.id)!;
	const gone = await fetch(`${sandbox.url}/external_connections/${record.id}`, {
		method: 'DELETE',
		headers: {authorization: `Bearer ${sandbox.apiKey}`},
	});
	assert.equal(gone.status, 200, 'the sandbox deletes an inactive connection');
	const outcome = open({...record, active: true});
	await deactivate();
	view!.stdin.write(KEYS.enter);
	const frame = await waitForFrame(view!, 'no longer exists (deleted meanwhile)');
	assert.match(frame, /❯ Back/);
	view!.stdin.write(KEYS.enter);
	await waitUntil(() => outcome.cancelled === 1, 'Back closes the form');
	assert.equal(outcome.updated.length, 0);
});

test('an unknown outcome (500) is read back: the sandbox applied the change before failing, so the form is done', async () => {
	const record = zoom.find(connection => connection.active === true && connection.id !== zoom[1]!.id && connection.id !== zoom[0]!.id)!;
	sandbox.clearRequests();
	const outcome = open(record);
	await deactivate();
	sandbox.setFaults({failRate: 1});
	view!.stdin.write(KEYS.enter);
	// Every GET fails too, until the faults stop: then reading it again finds the new values.
	await waitForFrame(view!, 'Could not read the connection back');
	sandbox.setFaults({});
	await waitForFrame(view!, '❯ Read the connection again');
	view!.stdin.write(KEYS.enter);
	await waitForFrame(view!, 'Read back: it has your values; the change went through.');
	await waitUntil(() => outcome.updated.length === 1, 'the read-back hands the record over');
	assert.equal(outcome.updated[0]!.active, false);
	assert.equal(patches().length, 1, 'the PATCH is never retried');
});
