// The resource store over real HTTP: rows edited and deleted in place, without refetching what is held.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {createApiClient} from '../source/api/client.js';
import {createResourceStore} from '../source/resources/resource-store.js';
import {externalConnections} from '../source/resources/external-connections.js';
import {phoneNumbers} from '../source/resources/phone-numbers.js';
import {waitUntil} from './helpers/wait-for.js';

let sandbox: Sandbox;

before(async () => {
	sandbox = await startSandbox({count: 1234});
});
after(async () => {
	await sandbox.close();
});

const listRequests = () => sandbox.requests.filter(request => request.path.endsWith('/external_connections'));

async function loadedStore() {
	const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
	const store = createResourceStore(externalConnections, client, {pageSize: 10, prefetchRows: 0, maxResidentPages: 6, names: false});
	store.view(0, 24);
	await waitUntil(() => store.total !== undefined && store.inFlight === 0, 'the pages in view loaded');
	return store;
}

test('replaceRow puts an edited record in place of the row with its key', async () => {
	const store = await loadedStore();
	const row = store.rowAt(3)!;
	sandbox.clearRequests();
	assert.equal(store.replaceRow(row.id, {...row, tags: ['edited']}), true);
	assert.deepEqual(store.rowAt(3)!.tags, ['edited']);
	assert.equal(store.replaceRow('no-such-id', row), false);
	assert.equal(listRequests().length, 0, 'nothing fetched');
	store.dispose();
});

/** Deletes, on the sandbox, the first row of 0..19 it will let go (inactive first: a Zoom one without numbers). */
async function deleteOneOnServer(
	ids: string[],
	rows: Array<{external_sip_connection?: string; outbound?: {outbound_voice_profile_id?: string}}>,
): Promise<number> {
	const send = (method: string, id: string, body?: unknown) =>
		fetch(`${sandbox.url}/external_connections/${id}`, {
			method,
			headers: {authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json'},
			...(body !== undefined && {body: JSON.stringify(body)}),
		});
	for (let index = 0; index < 20; index++) {
		const row = rows[index]!;
		if (row.external_sip_connection !== 'zoom' || !row.outbound?.outbound_voice_profile_id) continue;
		await send('PATCH', ids[index]!, {active: false, outbound: {outbound_voice_profile_id: row.outbound.outbound_voice_profile_id}});
		if ((await send('DELETE', ids[index]!)).ok) return index;
	}
	throw new Error('no row of the first 20 could be deleted');
}

test('removeRow takes the row out, shifts the rows after it and drops the count, fetching only the page left short', async () => {
	const store = await loadedStore();
	const rows = Array.from({length: 25}, (_, index) => store.rowAt(index)!);
	const ids = rows.map(row => row.id);
	const gone = await deleteOneOnServer(ids, rows);
	const changes: number[] = [];
	store.subscribe(() => changes.push(store.snapshot()));
	sandbox.clearRequests();
	assert.equal(store.removeRow(ids[gone]!), gone);
	assert.equal(store.total, 1233);
	assert.equal(store.rowAt(gone)!.id, ids[gone + 1]);
	assert.equal(store.rowAt(9)!.id, ids[10], 'page 1 took the first row of page 2');
	assert.equal(store.rowAt(19)!.id, ids[20]);
	assert.ok(changes.length > 0, 'the screen hears of it');
	// Page 3's new last row is on page 4, never fetched: only page 3 is asked again.
	await waitUntil(() => store.inFlight === 0, 'the page left short came back');
	assert.deepEqual(
		listRequests().map(request => request.query['page[number]']),
		['3'],
	);
	assert.equal(store.total, 1233, 'the server agrees');
	assert.equal(store.rowAt(24)!.id, (await firstRows(25))[24], 'the refetched page continues where the shifted rows end');
	assert.equal(store.removeRow('no-such-id'), undefined);
	store.dispose();
});

async function firstRows(count: number): Promise<string[]> {
	const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
	return (await client.listExternalConnections({pageNumber: 1, pageSize: count})).data.map(row => row.id);
}

test('a sub-list store asks under its parent: the 10,000 numbers of the newest connection, one page at a time', async () => {
	const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
	const newest = (await client.listExternalConnections({pageNumber: 1, pageSize: 1})).data[0]!;
	const store = createResourceStore(phoneNumbers, client, {pageSize: 100, prefetchRows: 40, maxResidentPages: 6, parentId: newest.id});
	sandbox.clearRequests();
	store.view(5000, 5020);
	await waitUntil(() => store.total !== undefined, 'the count arrived');
	assert.equal(store.total, 10_000);
	await waitUntil(() => store.inFlight === 0 && store.rowAt(5000) !== undefined, 'row 5,001 loaded');
	assert.match(String(store.rowAt(5000)!.telephone_number), /^\+\d+$/);
	const pages = sandbox.requests.map(request => `${request.path.replace(/^\/v2/, '')}?${request.query['page[number]']}`);
	// The page of row 5,001 first (the count comes with it), then the one the prefetch reaches: nothing else.
	assert.deepEqual(pages, [`/external_connections/${newest.id}/phone_numbers?51`, `/external_connections/${newest.id}/phone_numbers?50`]);
	assert.equal(store.names, undefined, 'no name column');
	store.dispose();
});
