// The phone numbers module against the sandbox over HTTP: paging through 10,000, filters, retrieve,
// the update schema's one field, and Telnyx's errors as ApiErrors.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {listCivicAddresses} from '../source/resources/civic-addresses/api.js';
import {getPhoneNumber, listPhoneNumbers, phoneNumbersQuery, updatePhoneNumber} from '../source/resources/phone-numbers/api.js';
import {readSingleBody} from '../source/api/validate-response.js';
import {deleteAdvice} from '../source/mutation/delete-advice.js';
import {lastQuery, rejection, withResourceSandbox} from './helpers/resource-sandbox.js';

const env = withResourceSandbox();

describe('phone numbers API', () => {
	it('pages through the 10,000 numbers of the newest connection, each page distinct', async () => {
		const first = await listPhoneNumbers(env.client, env.big, {pageNumber: 1, pageSize: 250});
		assert.deepEqual(first.meta, {page_number: 1, page_size: 250, total_pages: 40, total_results: 10_000});
		const last = await listPhoneNumbers(env.client, env.big, {pageNumber: 40, pageSize: 250});
		assert.equal(last.data.length, 250);
		const numbers = new Set([...first.data, ...last.data].map(n => n.telephone_number));
		assert.equal(numbers.size, 500);
		const beyond = await listPhoneNumbers(env.client, env.big, {pageNumber: 41, pageSize: 250});
		assert.deepEqual(beyond.data, []);
	});

	it('filters by exact number, part of a number, civic address and location, in deepObject form', async () => {
		const [number] = (await listPhoneNumbers(env.client, env.big, {pageNumber: 5000, pageSize: 1})).data;
		const exact = await listPhoneNumbers(env.client, env.big, {
			pageNumber: 1,
			pageSize: 10,
			filters: {phoneNumberEq: number!.telephone_number},
		});
		assert.deepEqual(exact.data, [number]);
		assert.equal(lastQuery(env.sandbox)['filter[phone_number][eq]'], number!.telephone_number);
		const part = await listPhoneNumbers(env.client, env.big, {
			pageNumber: 1,
			pageSize: 250,
			filters: {phoneNumberContains: number!.telephone_number!.slice(0, -2)},
		});
		assert.equal(part.meta.total_results, 100);
		const placed = await listPhoneNumbers(env.client, env.big, {
			pageNumber: 1,
			pageSize: 250,
			filters: {civicAddressId: number!.civic_address_id, locationId: number!.location_id},
		});
		assert.ok(placed.data.length > 0);
		assert.ok(placed.data.every(n => n.location_id === number!.location_id && n.civic_address_id === number!.civic_address_id));
	});

	it('retrieves one number by its number_id, and answers 404 for an unknown one or connection', async () => {
		const [number] = (await listPhoneNumbers(env.client, env.big, {pageNumber: 3, pageSize: 1})).data;
		assert.deepEqual(await getPhoneNumber(env.client, env.big, number!.number_id!), number);
		const missing = await rejection(getPhoneNumber(env.client, env.big, 'no-such-number'));
		assert.deepEqual([missing.status, missing.errors[0]?.code], [404, '10005']);
		const noConnection = await rejection(listPhoneNumbers(env.client, '1234567890123456789', {pageNumber: 1, pageSize: 1}));
		assert.equal(noConnection.status, 404);
	});

	it('moves a number to another location with one PATCH, which later reads show', async () => {
		const [number] = (await listPhoneNumbers(env.client, env.big, {pageNumber: 7, pageSize: 1})).data;
		const addresses = (await listCivicAddresses(env.client, env.big)).data;
		const target = addresses.find(a => a.id !== number!.civic_address_id)!;
		const locationId = target.locations![0]!.id!;
		env.sandbox.clearRequests();
		const moved = await updatePhoneNumber(env.client, env.big, number!.number_id!, {location_id: locationId});
		assert.deepEqual(moved, {...number, location_id: locationId, civic_address_id: target.id});
		assert.deepEqual(
			env.sandbox.requests.map(r => [r.method, r.body]),
			[['PATCH', JSON.stringify({location_id: locationId})]],
		);
		assert.deepEqual(await getPhoneNumber(env.client, env.big, number!.number_id!), moved);
	});

	it("passes on the 422 of a location that is not the connection's, with its pointer, sent once", async () => {
		const [number] = (await listPhoneNumbers(env.client, env.big, {pageNumber: 8, pageSize: 1})).data;
		env.sandbox.clearRequests();
		const refused = await rejection(
			updatePhoneNumber(env.client, env.big, number!.number_id!, {location_id: '00000000-0000-4000-8000-000000000000'}),
		);
		assert.equal(refused.status, 422);
		assert.equal(refused.errors[0]?.source?.pointer, '/location_id');
		assert.equal(env.sandbox.requests.length, 1);
	});

	it('keeps a connection its numbers use: the delete refusal is explained with each reason', async () => {
		const refused = await rejection(
			env.client.call({method: 'DELETE', route: '/external_connections/{id}', ids: {id: env.big}}, readSingleBody),
		);
		assert.equal(refused.status, 422);
		const advice = refused.errors.map(deleteAdvice);
		assert.ok(
			advice.some(line => line?.startsWith('Move its phone numbers to another connection first')),
			advice.join('\n'),
		);
	});

	it('leaves unset and empty filters out of the query', () => {
		const query = phoneNumbersQuery({pageNumber: 2, pageSize: 100, filters: {phoneNumberEq: '', locationId: 'loc'}});
		assert.equal(query.toString(), 'page%5Bnumber%5D=2&page%5Bsize%5D=100&filter%5Blocation_id%5D%5Beq%5D=loc');
	});
});
