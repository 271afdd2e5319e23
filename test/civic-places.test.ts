import assert from 'node:assert/strict';
import {test} from 'node:test';
import {addressLine, addressName, placeIndex, placeName} from '../source/resources/civic-addresses/places.js';
import type {CivicAddress} from '../source/resources/civic-addresses/types.js';
import {CIVIC_ADDRESS} from './fixtures/resources/records.js';

test('an address reads as its street line, with or without the country', () => {
	assert.equal(addressLine(CIVIC_ADDRESS), '600 Congress Ave, Austin, TX 78701, US');
	assert.equal(addressLine(CIVIC_ADDRESS, {country: false}), '600 Congress Ave, Austin, TX 78701');
	assert.equal(
		addressLine({house_number: '12', house_number_suffix: 'b', street_name: 'Hauptstraße', city_or_town: 'München', country: 'DE'}),
		'12b Hauptstraße, München, DE',
	);
	assert.equal(addressLine({street_name: 7 as never, city_or_town: 'Leeds'}), 'Leeds');
	assert.equal(addressName({...CIVIC_ADDRESS, description: ' '}), '600 Congress Ave, Austin, TX 78701, US');
});

test('locations are named after their address; the default one is the address itself', () => {
	const places = placeIndex([CIVIC_ADDRESS]);
	const [main, warehouse, floor] = CIVIC_ADDRESS.locations!;
	assert.equal(places.get(CIVIC_ADDRESS.id!), 'Austin Support Centre');
	assert.equal(places.get(main!.id!), 'Austin Support Centre');
	assert.equal(places.get(warehouse!.id!), 'Austin Support Centre · Warehouse');
	assert.equal(places.get(floor!.id!), 'Austin Support Centre · 14th Floor');
});

test('an unknown id shows as sent; names with controls are cleaned; broken addresses are skipped, not fatal', () => {
	const hostile: CivicAddress[] = [
		{id: 'a1', description: 'HQ\u001b[2J', locations: [{id: 'l1', is_default: false, description: 'Lab\u202e'}]},
		{id: 'a2', locations: 'x' as never},
		{locations: [null as never, {id: 5 as never}]},
	];
	const places = placeIndex(hostile);
	assert.equal(placeName(places, 'l1'), 'HQ\\x1b[2J · Lab\\u202e');
	assert.equal(placeName(places, 'unknown-id'), 'unknown-id');
	assert.equal(placeName(undefined, 'unknown-id'), 'unknown-id');
	assert.equal(placeName(places, undefined), '—');
	assert.equal(placeName(places, 42), '42 (expected text)');
	assert.equal(places.has('a2'), false, 'an address with no name is not indexed');
});
