// Civic addresses and a location's static emergency address against the sandbox over HTTP.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {civicAddressesQuery, getCivicAddress, listCivicAddresses, updateLocation} from '../source/resources/civic-addresses/api.js';
import {explainLocationRefusal} from '../source/resources/civic-addresses/explain.js';
import {lastQuery, rejection, withResourceSandbox} from './helpers/resource-sandbox.js';

const env = withResourceSandbox();

describe('civic addresses API', () => {
	it('lists the addresses with their locations, filtered by country, and retrieves each', async () => {
		const all = (await listCivicAddresses(env.client, env.big)).data;
		const countries = [...new Set(all.map(a => a.country!))];
		assert.ok(countries.length >= 4, countries.join());
		const two = countries.slice(0, 2);
		const filtered = (await listCivicAddresses(env.client, env.big, {countries: two})).data;
		assert.equal(lastQuery(env.sandbox)['filter[country]'], two.join(','));
		assert.deepEqual(
			filtered,
			all.filter(a => two.includes(a.country!)),
		);
		assert.ok(all.every(a => (a.locations?.length ?? 0) > 0));
		assert.deepEqual(await getCivicAddress(env.client, env.big, all[1]!.id!), all[1]);
	});

	it('answers 404 for a location id given as an address id, and none for a Zoom connection', async () => {
		const [address] = (await listCivicAddresses(env.client, env.big)).data;
		const missing = await rejection(getCivicAddress(env.client, env.big, address!.locations![0]!.id!));
		assert.equal(missing.status, 404);
		assert.deepEqual((await listCivicAddresses(env.client, env.zoom)).data, []);
	});

	it('sends no filter for no countries', () => {
		assert.equal(civicAddressesQuery().toString(), '');
		assert.equal(civicAddressesQuery(['US', 'DE']).get('filter[country]'), 'US,DE');
	});
});

describe("a location's static emergency address", () => {
	it('is set once from one of the addresses; a second attempt is the 422 "already has an accepted emergency address"', async () => {
		const addresses = (await listCivicAddresses(env.client, env.big)).data;
		const locations = addresses.flatMap(a => a.locations!.map(l => l.id!));
		const outcomes = [];
		for (const locationId of locations) {
			outcomes.push(
				await updateLocation(env.client, env.big, locationId, {static_emergency_address_id: addresses[0]!.id!}).catch(
					(error: unknown) => error,
				),
			);
		}
		const set = outcomes.find(o => !(o instanceof Error)) as {location_id: string; static_emergency_address_id: string};
		assert.ok(set, 'some location takes an address');
		assert.equal(set.static_emergency_address_id, addresses[0]!.id);
		env.sandbox.clearRequests();
		const again = await rejection(updateLocation(env.client, env.big, set.location_id, {static_emergency_address_id: addresses[1]!.id!}));
		assert.equal(again.status, 422);
		assert.equal(again.errors[0]?.title, 'Location already has an accepted emergency address');
		assert.ok(explainLocationRefusal(again), 'the refusal is recognised');
		assert.deepEqual(
			env.sandbox.requests.map(r => r.method),
			['PATCH'],
			'a refused mutation is not retried',
		);
	});

	it('answers 404 for an unknown location', async () => {
		const [address] = (await listCivicAddresses(env.client, env.big)).data;
		const missing = await rejection(updateLocation(env.client, env.big, address!.id!, {static_emergency_address_id: address!.id!}));
		assert.equal(missing.status, 404);
	});
});
