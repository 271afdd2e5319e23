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
		const created = await client.externalConnections.create({
			external_sip_connection: 'zoom',
			outbound: {outbound_voice_profile_id: PROFILE},
		});
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

	describe('under a connection', () => {
		let big: string;
		before(async () => {
			const page = await client.externalConnections.list({'page[size]': 1, filter: {external_sip_connection: 'operator_connect'}});
			big = page.data[0]!.id!;
		});

		it('pages through phone numbers, retrieves and updates one', async () => {
			sandbox.clearRequests();
			let seen = 0;
			for await (const number of client.externalConnections.phoneNumbers.list(big, {'page[size]': 250})) {
				assert.ok(number.telephone_number);
				seen++;
			}
			assert.equal(seen, 10_000);
			assert.equal(sandbox.requests.length, 40);
			const [first] = (
				await client.externalConnections.phoneNumbers.list(big, {'page[size]': 1, filter: {phone_number: {contains: '+44'}}})
			).data;
			const retrieved = await client.externalConnections.phoneNumbers.retrieve(first!.number_id!, {id: big});
			assert.deepEqual(retrieved.data, first);
			const addresses = await client.externalConnections.civicAddresses.list(big);
			const location = addresses.data!.at(-1)!.locations!.at(-1)!.id!;
			const updated = await client.externalConnections.phoneNumbers.update(first!.number_id!, {id: big, location_id: location});
			assert.equal(updated.data?.location_id, location);
		});

		it("lists civic addresses by country, retrieves one and sets a location's emergency address", async () => {
			const all = (await client.externalConnections.civicAddresses.list(big)).data!;
			const country = all[0]!.country!;
			const some = (await client.externalConnections.civicAddresses.list(big, {filter: {country: [country]}})).data!;
			assert.ok(some.length > 0 && some.every(a => a.country === country));
			assert.deepEqual((await client.externalConnections.civicAddresses.retrieve(all[0]!.id!, {id: big})).data, all[0]);
			const outcomes = [];
			for (const location of all.flatMap(a => a.locations ?? [])) {
				try {
					const result = await client.externalConnections.updateLocation(location.id!, {id: big, static_emergency_address_id: all[0]!.id!});
					outcomes.push(result.data?.location_id === location.id ? 'set' : 'wrong');
				} catch (error) {
					assert.ok(error instanceof Telnyx.UnprocessableEntityError);
					outcomes.push('refused');
				}
			}
			assert.ok(outcomes.includes('set') && outcomes.includes('refused') && !outcomes.includes('wrong'), outcomes.join());
		});

		it('lists, retrieves, creates, refreshes and retries uploads, and counts the pending ones', async () => {
			const uploads = (
				await client.externalConnections.uploads.list(big, {'page[size]': 250, filter: {status: {eq: ['error', 'success']}}})
			).data;
			assert.ok(uploads.length > 0 && uploads.every(u => u.status === 'error' || u.status === 'success'));
			const failed = uploads.find(u => u.status === 'error')!;
			assert.deepEqual((await client.externalConnections.uploads.retrieve(failed.ticket_id!, {id: big})).data, failed);
			const before = (await client.externalConnections.uploads.pendingCount(big)).data!;
			const [number] = (await client.externalConnections.phoneNumbers.list(big, {'page[size]': 1})).data;
			const addresses = await client.externalConnections.civicAddresses.list(big);
			const location = addresses.data!.at(-1)!.locations!.at(-1)!.id!;
			const created = await client.externalConnections.uploads.create(big, {
				number_ids: [number!.number_id!],
				location_id: location,
				usage: 'first_party_app_assignment',
				additional_usages: ['calling_user_assignment'],
			});
			assert.equal(created.success, true);
			const after = (await client.externalConnections.uploads.pendingCount(big)).data!;
			assert.equal(after.pending_numbers_count, before.pending_numbers_count! + 1);
			assert.equal((await client.externalConnections.uploads.refreshStatus(big)).success, true);
			await assert.rejects(client.externalConnections.uploads.refreshStatus(big), (error: unknown) => {
				assert.ok(error instanceof Telnyx.ConflictError);
				return true;
			});
			const retried = await client.externalConnections.uploads.retry(failed.ticket_id!, {id: big});
			assert.equal(retried.data?.status, 'pending_upload');
			await assert.rejects(
				client.externalConnections.uploads.create(big, {number_ids: Array.from({length: 1001}, () => number!.number_id!)}),
				(error: unknown) => error instanceof Telnyx.APIError && error.status === 413,
			);
		});

		it('lists and retrieves releases', async () => {
			const releases = (await client.externalConnections.releases.list(big, {filter: {status: {eq: ['failed']}}})).data;
			assert.equal(releases.length, 1);
			assert.deepEqual((await client.externalConnections.releases.retrieve(releases[0]!.ticket_id!, {id: big})).data, releases[0]);
		});

		it('pages through log messages, retrieves and dismisses one', async () => {
			const messages = [];
			for await (const message of client.externalConnections.logMessages.list({'page[size]': 20})) messages.push(message);
			const page = await client.externalConnections.logMessages.list({'page[size]': 1});
			assert.equal(messages.length, (page.meta as {total_results?: number}).total_results);
			const mine = (await client.externalConnections.logMessages.list({filter: {external_connection_id: big}})).log_messages;
			// The SDK's LogMessage type has no id (nor has the spec's); the sandbox adds one: see README.
			const id = (mine[0] as unknown as {id: string}).id;
			assert.deepEqual((await client.externalConnections.logMessages.retrieve(id)).log_messages, [mine[0]]);
			assert.equal((await client.externalConnections.logMessages.dismiss(id)).success, true);
			await assert.rejects(client.externalConnections.logMessages.retrieve(id), Telnyx.NotFoundError);
		});
	});

	it('lists outbound voice profiles', async () => {
		const names: string[] = [];
		for await (const profile of client.outboundVoiceProfiles.list({'page[size]': 4})) names.push(profile.name);
		assert.equal(names.length, 6);
	});

	it('refreshes the Operator Connect integration: 202 starts it, a second call while it runs answers 200', async () => {
		const started = await client.operatorConnect.actions.refresh().withResponse();
		assert.equal(started.response.status, 202);
		assert.deepEqual(started.data, {success: true, message: 'Operator connect refresh started'});
		const again = await client.operatorConnect.actions.refresh().withResponse();
		assert.equal(again.response.status, 200);
		assert.deepEqual(again.data, {success: true, message: 'Operator connect refresh already in progress'});
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
