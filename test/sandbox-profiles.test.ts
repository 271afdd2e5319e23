// The sandbox's GET /outbound_voice_profiles as strictly as telnyx-outbound-voice-profiles-list.yml: page size
// 20 by default and at most 250, the name filter ignoring case, the twelve sorts and nothing else (422), and
// each profile's connections_count the number of connections that use it, kept up to date by changes.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {ExternalConnection, ListPage, OutboundVoiceProfile, TelnyxError} from '../source/api/types.js';
import {MAX_COUNTED_CONNECTIONS} from '../source/sandbox/profile-list.js';
import {PROFILES} from '../source/sandbox/profiles.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';

type Reply = {status: number; json: any};

async function call(sandbox: Sandbox, path: string, init: RequestInit = {}): Promise<Reply> {
	const response = await fetch(sandbox.url + path, {
		...init,
		headers: {authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json'},
	});
	return {status: response.status, json: await response.json()};
}

async function profiles(sandbox: Sandbox, query = ''): Promise<ListPage<OutboundVoiceProfile>> {
	const reply = await call(sandbox, `/outbound_voice_profiles${query}`);
	assert.equal(reply.status, 200, JSON.stringify(reply.json));
	return reply.json;
}

function assertRefused(reply: Reply, parameter: string): void {
	assert.equal(reply.status, 422, 'that spec documents 422 for a bad request');
	const errors = reply.json.errors as TelnyxError[];
	assert.equal(errors[0]?.code, '10015');
	assert.equal(errors[0]?.source?.parameter, parameter);
}

/** Every connection that uses each profile, by reading the whole list. */
async function usersOf(sandbox: Sandbox): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	for (let page = 1; ; page++) {
		const reply = await call(sandbox, `/external_connections?page[size]=250&page[number]=${page}`);
		const {data} = reply.json as ListPage<ExternalConnection>;
		for (const connection of data) {
			const id = connection.outbound?.outbound_voice_profile_id;
			if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		if (data.length < 250) return counts;
	}
}

describe('GET /outbound_voice_profiles', () => {
	let sandbox: Sandbox;
	before(async () => {
		sandbox = await startSandbox({count: 600});
	});
	after(() => sandbox.close());

	it('pages 20 by default, up to 250, with the meta the spec describes', async () => {
		const first = await profiles(sandbox);
		assert.deepEqual(first.meta, {page_number: 1, page_size: 20, total_pages: 1, total_results: PROFILES.length});
		const second = await profiles(sandbox, '?page[size]=4&page[number]=2');
		assert.equal(second.data.length, PROFILES.length - 4);
		assert.deepEqual(second.meta, {page_number: 2, page_size: 4, total_pages: 2, total_results: PROFILES.length});
		assert.equal((await profiles(sandbox, '?page[size]=250')).data.length, PROFILES.length);
	});

	it('refuses a page size or number out of range, and any sort the spec does not list', async () => {
		assertRefused(await call(sandbox, '/outbound_voice_profiles?page[size]=251'), 'page[size]');
		assertRefused(await call(sandbox, '/outbound_voice_profiles?page[size]=0'), 'page[size]');
		assertRefused(await call(sandbox, '/outbound_voice_profiles?page[number]=0'), 'page[number]');
		assertRefused(await call(sandbox, '/outbound_voice_profiles?page[number]=1.5'), 'page[number]');
		for (const sort of ['id', '--name', 'name,-enabled', '', '+name', 'Name']) {
			assertRefused(await call(sandbox, `/outbound_voice_profiles?sort=${encodeURIComponent(sort)}`), 'sort');
		}
	});

	it('filters by part of the name, ignoring case', async () => {
		const page = await profiles(sandbox, '?filter[name][contains]=OUTBOUND');
		assert.deepEqual(page.data.map(p => p.name).sort(), ['APAC Outbound', 'EMEA Outbound – Frankfurt']);
		assert.equal((await profiles(sandbox, '?filter[name][contains]=nothing-like-it')).meta.total_results, 0);
	});

	it('sorts by each field the spec offers, ascending or with - descending; newest first by default', async () => {
		const names = async (sort: string) => (await profiles(sandbox, `?sort=${sort}`)).data.map(p => p.name);
		const byName = [...PROFILES].map(p => p.name).sort((a, b) => a.localeCompare(b));
		assert.deepEqual(await names('name'), byName);
		assert.deepEqual(await names('-name'), [...byName].reverse());
		const newest = [...PROFILES].sort((a, b) => b.created_at!.localeCompare(a.created_at!)).map(p => p.name);
		assert.deepEqual(
			(await profiles(sandbox)).data.map(p => p.name),
			newest,
		);
		assert.deepEqual(await names('-created_at'), newest);
		assert.deepEqual(await names('created_at'), [...newest].reverse());
		assert.equal((await names('enabled'))[0], 'Night Shift Call Centre', 'disabled (false) first');
		assert.equal((await names('-enabled')).at(-1), 'Night Shift Call Centre');
		for (const field of ['service_plan', 'traffic_type', 'usage_payment_method']) {
			for (const sort of [field, `-${field}`]) assert.equal((await names(sort)).length, PROFILES.length, sort);
		}
	});

	it("counts each profile's connections, and counts again after a create, a move to another profile and a delete", async () => {
		const users = await usersOf(sandbox);
		const listed = (await profiles(sandbox)).data;
		for (const profile of listed) assert.equal(profile.connections_count, users.get(profile.id) ?? 0, profile.name);
		assert.equal(
			listed.reduce((sum, p) => sum + p.connections_count!, 0),
			600,
		);

		const office = '1293384261075731499';
		const zoomDefault = '1911630617284445511';
		const countOf = async (id: string) => (await profiles(sandbox)).data.find(p => p.id === id)!.connections_count;
		const [officeBefore, zoomBefore] = [await countOf(office), await countOf(zoomDefault)];
		const created = await call(sandbox, '/external_connections', {
			method: 'POST',
			body: JSON.stringify({external_sip_connection: 'zoom', outbound: {outbound_voice_profile_id: office}}),
		});
		assert.equal(created.status, 201, JSON.stringify(created.json));
		const path = `/external_connections/${created.json.data.id}`;
		assert.equal(await countOf(office), officeBefore! + 1);
		// Moved to another profile (and switched off, so it may be deleted).
		const moved = await call(sandbox, path, {
			method: 'PATCH',
			body: JSON.stringify({active: false, outbound: {outbound_voice_profile_id: zoomDefault}}),
		});
		assert.equal(moved.status, 200, JSON.stringify(moved.json));
		assert.deepEqual([await countOf(office), await countOf(zoomDefault)], [officeBefore, zoomBefore! + 1]);
		const deleted = await call(sandbox, path, {method: 'DELETE'});
		assert.equal(deleted.status, 200, JSON.stringify(deleted.json));
		assert.equal(await countOf(zoomDefault), zoomBefore);
	});

	it(`leaves connections_count out past ${MAX_COUNTED_CONNECTIONS.toLocaleString('en-US')} connections (the spec does not require it)`, async () => {
		const large = await startSandbox({count: MAX_COUNTED_CONNECTIONS + 1});
		try {
			const page = await profiles(large);
			assert.equal(page.data.length, PROFILES.length);
			assert.ok(page.data.every(profile => !('connections_count' in profile)));
		} finally {
			await large.close();
		}
	});
});
