// The delete confirmation against the sandbox over real HTTP: Enter alone cancels, a refusal shows
// Telnyx's reasons with what to do, a confirmed delete is sent once and hands back the id.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import {isApiError} from '../source/api/errors.js';
import type {ExternalConnection} from '../source/api/types.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {DeleteConnection} from '../source/screens/confirm/index.js';
import {ownText} from '../source/text/sanitize.js';
import {KEYS} from './helpers/keys.js';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {HANG_MS, waitForFrame, waitUntil} from './helpers/wait-for.js';

let sandbox: Sandbox;
let client: ApiClient;
let all: ExternalConnection[];
let view: ReturnType<typeof renderWithKeys> | undefined;

before(async () => {
	sandbox = await startSandbox({count: 200});
	client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retryBaseMs: 5, timeoutMs: HANG_MS});
	all = (await client.listExternalConnections({pageNumber: 1, pageSize: 200})).data;
});
after(() => sandbox.close());
afterEach(() => {
	view?.unmount();
	view = undefined;
});

const deletes = () => sandbox.requests.filter(request => request.method === 'DELETE');

function open(record: ExternalConnection, name = ownText('Zoom Rooms Test')) {
	const outcome: {deleted: string[]; cancelled: number} = {deleted: [], cancelled: 0};
	view = renderWithKeys(
		<DeleteConnection
			client={client}
			record={record}
			name={name}
			width={100}
			height={29}
			isActive
			onCancel={() => outcome.cancelled++}
			onDeleted={id => outcome.deleted.push(id)}
		/>,
	);
	return outcome;
}

async function exists(id: string): Promise<boolean> {
	try {
		await client.getExternalConnection(id);
		return true;
	} catch (error) {
		if (isApiError(error) && error.status === 404) return false;
		throw error;
	}
}

test('the prompt names the id and the name; Enter on the default cancels and sends nothing', async () => {
	const record = all[5]!;
	sandbox.clearRequests();
	const outcome = open(record);
	const frame = await waitForFrame(view!, '❯ Cancel');
	assert.match(frame, new RegExp(`Delete ${record.id} \\(Zoom Rooms Test\\)\\?`));
	assert.match(frame, new RegExp(`DELETE /external_connections/${record.id}`));
	view!.stdin.write(KEYS.enter);
	await waitUntil(() => outcome.cancelled === 1, 'Enter cancels');
	assert.equal(deletes().length, 0);
	assert.ok(await exists(record.id));
});

test("an active connection: Telnyx's refusal is shown with what to do, and the connection is kept", async () => {
	const record = all.find(connection => connection.active === true && connection.external_sip_connection === 'zoom')!;
	const outcome = open(record);
	await waitForFrame(view!, '❯ Cancel');
	view!.stdin.write(KEYS.down);
	await waitForFrame(view!, `❯ Delete ${record.id}`);
	view!.stdin.write(KEYS.enter);
	const frame = await waitForFrame(view!, 'Telnyx refused the delete (422)');
	assert.match(frame, /10015 · Active connections cannot be deleted/);
	assert.match(frame, /Deactivate it first: e \(edit\)/);
	view!.stdin.write(KEYS.enter);
	await waitUntil(() => outcome.cancelled === 1, 'Back to the connection');
	assert.deepEqual(outcome.deleted, []);
	assert.ok(await exists(record.id));
});

test('a confirmed delete is sent once, hands back the id, and the connection is gone; a second one finds it gone', async () => {
	const record = all.find(
		connection => connection.active === false && connection.external_sip_connection === 'zoom' && connection.id !== all[5]!.id,
	)!;
	// Numbers would refuse it: one without numbers is found by asking the sandbox.
	const numbers = await fetch(`${sandbox.url}/external_connections/${record.id}/phone_numbers`, {
		headers: {authorization: `Bearer ${sandbox.apiKey}`},
	});
	assert.equal(((await numbers.json()) as {data: unknown[]}).data.length, 0, 'the chosen connection has no numbers');
	sandbox.clearRequests();
	const outcome = open(record);
	await waitForFrame(view!, '❯ Cancel');
	view!.stdin.write(KEYS.down);
	await waitForFrame(view!, `❯ Delete ${record.id}`);
	view!.stdin.write(KEYS.enter);
	await waitUntil(() => outcome.deleted.length === 1, 'the delete is answered');
	assert.deepEqual(outcome.deleted, [record.id]);
	assert.deepEqual(
		deletes().map(request => request.path),
		[`/external_connections/${record.id}`],
	);
	assert.equal(await exists(record.id), false);

	view!.unmount();
	const again = open(record);
	await waitForFrame(view!, '❯ Cancel');
	view!.stdin.write(KEYS.down);
	await waitForFrame(view!, `❯ Delete ${record.id}`);
	view!.stdin.write(KEYS.enter);
	await waitUntil(() => again.deleted.length === 1, 'a 404 counts as gone');
});
