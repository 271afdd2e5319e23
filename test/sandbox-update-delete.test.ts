// PATCH and DELETE /external_connections/{id} over HTTP, per the full spec.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {ExternalConnection, TelnyxError} from '../source/api/types.js';
import {seededPhoneNumbers} from '../source/sandbox/seed/phone-numbers.js';
import {decodeId} from '../source/sandbox/ids.js';
import {DEFAULT_DATA_SEED, startSandbox, type Sandbox} from '../source/sandbox/server.js';

const PROFILE = '1911630617284445511';
const OTHER_PROFILE = '1293384261075731499';
const COUNT = 300;

type Reply = {status: number; json: any};

async function send(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<Reply> {
	const response = await fetch(sandbox.url + path, {
		method,
		headers: {authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json'},
		...(body === undefined ? {} : {body: typeof body === 'string' ? body : JSON.stringify(body)}),
	});
	assert.equal(response.headers.get('content-type'), 'application/json');
	return {status: response.status, json: await response.json()};
}

const pointers = (reply: Reply) => (reply.json.errors as TelnyxError[]).map(e => e.source?.pointer);
const hasNumbers = (c: ExternalConnection) => seededPhoneNumbers(decodeId(c.id, DEFAULT_DATA_SEED)!, DEFAULT_DATA_SEED, COUNT).length > 0;

describe('sandbox update and delete', () => {
	let sandbox: Sandbox;
	let all: ExternalConnection[];
	before(async () => {
		sandbox = await startSandbox({count: COUNT});
		all = (await send(sandbox, 'GET', '/external_connections?page[size]=250')).json.data;
		all.push(...(await send(sandbox, 'GET', '/external_connections?page[size]=250&page[number]=2')).json.data);
	});
	after(() => sandbox.close());

	it('updates every field the update schema has; later reads show it and updated_at moves', async () => {
		// Each test edits records of its own slice, so none sees another's changes.
		const target = all.slice(0, 100).find(c => c.inbound?.channel_limit !== undefined && c.webhook_event_failover_url)!;
		const started = Date.now();
		const reply = await send(sandbox, 'PATCH', `/v2/external_connections/${target.id}`, {
			active: !target.active,
			tags: ['edited', 'café'],
			webhook_event_url: 'https://example.com/edited',
			webhook_event_failover_url: '',
			webhook_timeout_secs: 7,
			inbound: {channel_limit: null},
			outbound: {outbound_voice_profile_id: OTHER_PROFILE, channel_limit: 3},
		});
		assert.equal(reply.status, 200, JSON.stringify(reply.json));
		const updated = reply.json.data as ExternalConnection;
		const {webhook_event_failover_url: _failover, ...kept} = target;
		assert.deepEqual(updated, {
			...kept,
			active: !target.active,
			tags: ['edited', 'café'],
			webhook_event_url: 'https://example.com/edited',
			webhook_timeout_secs: 7,
			inbound: {},
			outbound: {channel_limit: 3, outbound_voice_profile_id: OTHER_PROFILE},
			updated_at: updated.updated_at,
		});
		assert.notEqual(updated.updated_at, target.updated_at);
		assert.ok(Math.abs(Date.parse(updated.updated_at!) - started) < 5000);
		assert.deepEqual(
			Object.keys(updated).filter(k => k in target),
			Object.keys(target).filter(k => k in updated),
		);

		assert.deepEqual((await send(sandbox, 'GET', `/external_connections/${target.id}`)).json.data, updated);
		const page = await send(sandbox, 'GET', `/external_connections?page[size]=250&page[number]=${all.indexOf(target) < 250 ? 1 : 2}`);
		assert.deepEqual(
			page.json.data.find((c: ExternalConnection) => c.id === target.id),
			updated,
		);
		const connection = (await send(sandbox, 'GET', `/connections/${target.id}`)).json.data;
		assert.equal(connection.active, !target.active);
		assert.equal(connection.outbound_voice_profile_id, OTHER_PROFILE);
		assert.equal(connection.webhook_event_failover_url, null);
		assert.equal(connection.updated_at, updated.updated_at);
	});

	it('keeps what a PATCH leaves out, and sets the failover URL to null when asked', async () => {
		const target = all.slice(100, 200).find(c => c.outbound?.channel_limit !== undefined)!;
		const reply = await send(sandbox, 'PATCH', `/external_connections/${target.id}`, {
			outbound: {outbound_voice_profile_id: PROFILE},
			webhook_event_failover_url: null,
		});
		assert.equal(reply.status, 200);
		assert.deepEqual(reply.json.data, {
			...target,
			webhook_event_failover_url: null,
			outbound: {channel_limit: target.outbound?.channel_limit, outbound_voice_profile_id: PROFILE},
			updated_at: reply.json.data.updated_at,
		});
	});

	it('validates each field like create, requires outbound with its profile, and reports all at once', async () => {
		const id = all[250]!.id;
		const reply = await send(sandbox, 'PATCH', `/external_connections/${id}`, {
			active: 'no',
			tags: ['ok', 3],
			webhook_event_url: 'example.com',
			webhook_event_failover_url: 'ftp://x',
			webhook_timeout_secs: 31,
			inbound: {channel_limit: 0},
		});
		assert.equal(reply.status, 422);
		assert.deepEqual(pointers(reply), [
			'/active',
			'/tags/1',
			'/webhook_event_url',
			'/webhook_event_failover_url',
			'/webhook_timeout_secs',
			'/outbound',
			'/inbound/channel_limit',
		]);
		const cases: [unknown, string, string][] = [
			[{outbound: {}}, '/outbound/outbound_voice_profile_id', '10004'],
			[{outbound: {outbound_voice_profile_id: '123'}}, '/outbound/outbound_voice_profile_id', '10017'],
			[{outbound: {outbound_voice_profile_id: PROFILE, channel_limit: 1.5}}, '/outbound/channel_limit', '10015'],
			[{outbound: 'x'}, '/outbound', '10015'],
			[{outbound: {outbound_voice_profile_id: PROFILE}, inbound: 5}, '/inbound', '10015'],
			[{outbound: {outbound_voice_profile_id: PROFILE}, webhook_event_url: ''}, '/webhook_event_url', '10003'],
			[[], '/', '10015'],
			['{"outbound":', '/', '10015'],
		];
		for (const [body, pointer, code] of cases) {
			const rejected = await send(sandbox, 'PATCH', `/external_connections/${id}`, body);
			assert.equal(rejected.status, 422, JSON.stringify(body));
			assert.deepEqual(pointers(rejected), [pointer], JSON.stringify(rejected.json));
			assert.equal(rejected.json.errors[0].code, code);
		}
		assert.deepEqual((await send(sandbox, 'GET', `/external_connections/${id}`)).json.data, all[250]);
	});

	it('answers unknown ids with 404 10005 on PATCH and DELETE', async () => {
		for (const method of ['PATCH', 'DELETE']) {
			for (const id of ['1234567890123456789', 'abc']) {
				const reply = await send(sandbox, method, `/external_connections/${id}`, {outbound: {outbound_voice_profile_id: PROFILE}});
				assert.equal(reply.status, 404);
				assert.equal(reply.json.errors[0].code, '10005');
			}
		}
	});

	it('refuses to delete an Operator Connect, an active or an in-use connection, saying why', async () => {
		const untouched = all.slice(200);
		const teams = untouched.find(c => c.external_sip_connection === 'operator_connect' && !c.active && !hasNumbers(c))!;
		const active = untouched.find(c => c.external_sip_connection === 'zoom' && c.active && !hasNumbers(c))!;
		const inUse = untouched.find(c => c.external_sip_connection === 'zoom' && !c.active && hasNumbers(c))!;
		const everything = untouched.find(c => c.external_sip_connection === 'operator_connect' && c.active && hasNumbers(c))!;
		const expectations: [ExternalConnection, string[]][] = [
			[teams, ['/external_sip_connection']],
			[active, ['/active']],
			[inUse, ['/']],
			[everything, ['/external_sip_connection', '/active', '/']],
		];
		for (const [connection, expected] of expectations) {
			const reply = await send(sandbox, 'DELETE', `/external_connections/${connection.id}`);
			assert.equal(reply.status, 422);
			assert.deepEqual(pointers(reply), expected);
			assert.equal((await send(sandbox, 'GET', `/external_connections/${connection.id}`)).status, 200);
		}
		const [operatorConnect] = (await send(sandbox, 'DELETE', `/external_connections/${teams.id}`)).json.errors as TelnyxError[];
		assert.match(operatorConnect!.detail!, /contact Telnyx support/);
		const [isActive] = (await send(sandbox, 'DELETE', `/external_connections/${active.id}`)).json.errors as TelnyxError[];
		assert.match(isActive!.title, /Active/);
		assert.match(isActive!.detail!, /Deactivate it first/);
		const [used] = (await send(sandbox, 'DELETE', `/external_connections/${inUse.id}`)).json.errors as TelnyxError[];
		assert.match(used!.detail!, /phone numbers? uses? this connection/);
	});

	it('deletes an inactive Zoom connection nothing uses: gone from reads, the total and the order drop it', async () => {
		const before = (await send(sandbox, 'GET', '/external_connections?page[size]=250')).json;
		const victim = before.data.find((c: ExternalConnection) => c.external_sip_connection === 'zoom' && !c.active && !hasNumbers(c));
		const reply = await send(sandbox, 'DELETE', `/external_connections/${victim.id}`);
		assert.equal(reply.status, 200);
		assert.deepEqual(reply.json.data, victim);
		for (const path of [`/external_connections/${victim.id}`, `/connections/${victim.id}`]) {
			assert.equal((await send(sandbox, 'GET', path)).status, 404);
		}
		assert.equal((await send(sandbox, 'DELETE', `/external_connections/${victim.id}`)).status, 404);
		const afterList = (await send(sandbox, 'GET', '/external_connections?page[size]=250')).json;
		assert.equal(afterList.meta.total_results, before.meta.total_results - 1);
		const expected = before.data.filter((c: ExternalConnection) => c.id !== victim.id).map((c: ExternalConnection) => c.id);
		assert.deepEqual(
			afterList.data.slice(0, 249).map((c: ExternalConnection) => c.id),
			expected,
		);
		assert.equal((await send(sandbox, 'GET', `/external_connections?filter[id]=${victim.id}`)).json.meta.total_results, 0);
	});

	it('deletes a connection it created once it is deactivated', async () => {
		const created = (
			await send(sandbox, 'POST', '/external_connections', {
				external_sip_connection: 'zoom',
				outbound: {outbound_voice_profile_id: PROFILE},
			})
		).json.data;
		assert.equal((await send(sandbox, 'DELETE', `/external_connections/${created.id}`)).status, 422);
		const off = await send(sandbox, 'PATCH', `/external_connections/${created.id}`, {
			active: false,
			outbound: {outbound_voice_profile_id: PROFILE},
		});
		assert.equal(off.json.data.active, false);
		assert.equal((await send(sandbox, 'DELETE', `/external_connections/${created.id}`)).status, 200);
		const top = (await send(sandbox, 'GET', '/external_connections?page[size]=1')).json;
		assert.notEqual(top.data[0].id, created.id);
	});
});
