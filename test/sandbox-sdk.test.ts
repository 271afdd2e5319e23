// The official Telnyx Node SDK against the sandbox: proof that the sandbox speaks Telnyx.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import Telnyx from 'telnyx';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';

const PROFILE = '1911630617284445511';

describe('Telnyx SDK against the sandbox', () => {
	let sandbox: Sandbox;
	let client: Telnyx;
	before(async () => {
		sandbox = await startSandbox();
		client = new Telnyx({apiKey: sandbox.apiKey, baseURL: sandbox.url, maxRetries: 0});
	});
	after(() => sandbox.close());

	it('auto-paginates the whole list, each record exactly once', async () => {
		sandbox.clearRequests();
		const ids: string[] = [];
		for await (const connection of client.externalConnections.list({'page[size]': 50})) ids.push(connection.id ?? '');
		assert.equal(ids.length, 300);
		assert.equal(new Set(ids).size, 300);
		assert.deepEqual(
			sandbox.requests.map(r => [r.path, r.query['page[number]'], r.query['page[size]'], r.status]),
			[1, 2, 3, 4, 5, 6].map(n => ['/external_connections', n === 1 ? undefined : String(n), '50', 200]),
		);
	});

	it('sends deepObject filters the sandbox understands', async () => {
		const zoom: string[] = [];
		const list = client.externalConnections.list({'page[size]': 100, filter: {external_sip_connection: 'zoom'}});
		for await (const connection of list) {
			assert.equal(connection.external_sip_connection, 'zoom');
			zoom.push(connection.id ?? '');
		}
		const page = await client.externalConnections.list({'page[size]': 1, filter: {external_sip_connection: 'zoom'}});
		assert.equal(page.meta.total_pages, zoom.length);
		const named = await client.externalConnections.list({filter: {connection_name: {contains: 'ZOOM HQ'}}});
		assert.ok(named.data.length > 0);
	});

	it('stops after one page when nothing matches', async () => {
		const seen = [];
		for await (const connection of client.externalConnections.list({filter: {created_at: '2019-01-01'}})) seen.push(connection);
		assert.deepEqual(seen, []);
	});

	it('retrieves an external connection and its connection, also through /v2', async () => {
		const page = await client.externalConnections.list({'page[size]': 1, 'page[number]': 77});
		const [first] = page.data;
		assert.ok(first?.id);
		const v2 = new Telnyx({apiKey: sandbox.apiKey, baseURL: `${sandbox.url}/v2`, maxRetries: 0});
		assert.deepEqual((await v2.externalConnections.retrieve(first.id)).data, first);
		const connection = await client.connections.retrieve(first.id);
		assert.equal(connection.data?.id, first.id);
		assert.ok(connection.data?.connection_name);
	});

	it('creates a connection that it can then retrieve', async () => {
		const created = await client.externalConnections.create({
			external_sip_connection: 'zoom',
			outbound: {outbound_voice_profile_id: PROFILE, channel_limit: 10},
			tags: ['東京'],
			webhook_event_url: 'https://example.com/hook',
		});
		const id = created.data?.id ?? '';
		assert.match(id, /^\d{19}$/);
		assert.deepEqual((await client.externalConnections.retrieve(id)).data, created.data);
	});

	it('updates a connection, and the update shows when it is retrieved', async () => {
		const [target] = (await client.externalConnections.list({'page[size]': 1, 'page[number]': 5})).data;
		const updated = await client.externalConnections.update(target!.id!, {
			outbound: {outbound_voice_profile_id: PROFILE, channel_limit: 4},
			tags: ['sdk'],
			active: false,
		});
		assert.equal(updated.data?.active, false);
		assert.deepEqual(updated.data?.tags, ['sdk']);
		assert.equal(updated.data?.outbound?.channel_limit, 4);
		assert.deepEqual((await client.externalConnections.retrieve(target!.id!)).data, updated.data);
		await assert.rejects(client.externalConnections.update(target!.id!, {outbound: {} as never}), Telnyx.UnprocessableEntityError);
		await assert.rejects(
			client.externalConnections.update('1234567890123456789', {outbound: {outbound_voice_profile_id: PROFILE}}),
			Telnyx.NotFoundError,
		);
	});

	it('deletes an inactive connection it created, and refuses an active one with a 422', async () => {
		const created = await client.externalConnections.create({external_sip_connection: 'zoom', outbound: {outbound_voice_profile_id: PROFILE}});
		const id = created.data!.id!;
		await assert.rejects(client.externalConnections.delete(id), (error: unknown) => {
			assert.ok(error instanceof Telnyx.UnprocessableEntityError);
			assert.equal((error.error as {errors: {source: {pointer: string}}[]}).errors[0]?.source.pointer, '/active');
			return true;
		});
		await client.externalConnections.update(id, {active: false, outbound: {outbound_voice_profile_id: PROFILE}});
		const deleted = await client.externalConnections.delete(id);
		assert.equal(deleted.data?.id, id);
		await assert.rejects(client.externalConnections.retrieve(id), Telnyx.NotFoundError);
	});

	it('lists outbound voice profiles', async () => {
		const names: string[] = [];
		for await (const profile of client.outboundVoiceProfiles.list({'page[size]': 4})) names.push(profile.name);
		assert.equal(names.length, 6);
	});

	it('raises the SDK error classes for 401, 404, 422 and 400', async () => {
		const stranger = new Telnyx({apiKey: 'KEY_not_the_sandbox_key', baseURL: sandbox.url, maxRetries: 0});
		await assert.rejects(stranger.externalConnections.list(), (error: unknown) => {
			assert.ok(error instanceof Telnyx.AuthenticationError);
			assert.equal(error.status, 401);
			assert.equal((error.error as {errors: {code: string}[]}).errors[0]?.code, '10009');
			return true;
		});
		await assert.rejects(client.externalConnections.retrieve('1234567890123456789'), Telnyx.NotFoundError);
		await assert.rejects(
			client.externalConnections.create({external_sip_connection: 'zoom', outbound: {outbound_voice_profile_id: '123'}}),
			(error: unknown) => {
				assert.ok(error instanceof Telnyx.UnprocessableEntityError);
				const [detail] = (error.error as {errors: {source: {pointer: string}}[]}).errors;
				assert.equal(detail?.source.pointer, '/outbound/outbound_voice_profile_id');
				return true;
			},
		);
		await assert.rejects(client.externalConnections.list({'page[size]': 251}), Telnyx.BadRequestError);
	});
});
