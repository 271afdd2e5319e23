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

test('two places of a kind with one name are told apart: by town when that differs, else by a short id tail', () => {
	const office = (id: string, city: string, postal: string, locations: CivicAddress['locations']): CivicAddress => ({
		id,
		description: 'São Paulo Head Office',
		city_or_town: city,
		postal_or_zip_code: postal,
		locations,
	});
	const places = placeIndex([
		office('a1', 'São Paulo', '01310-200', [
			{id: '8dd49b5c-9ccf-471f-bd49-b7f2ae3e480b', is_default: true},
			{id: '1f0c2d3e-9ccf-471f-bd49-b7f2ae31480b', is_default: false, additional_info: ''},
			{id: '975d2a9d-1d15-4255-95d2-8d5cf7b51bcd', is_default: false, additional_info: '2nd Floor'},
		]),
		office('a2', 'Campinas', '13010-111', [{id: 'l-campinas', is_default: true}]),
	]);
	assert.equal(places.get('a1'), 'São Paulo Head Office · São Paulo 01310-200');
	assert.equal(places.get('a2'), 'São Paulo Head Office · Campinas 13010-111');
	// Two locations of one address share its town: the ids' tails, as short as keeps them apart.
	assert.equal(places.get('8dd49b5c-9ccf-471f-bd49-b7f2ae3e480b'), 'São Paulo Head Office · …e480b');
	assert.equal(places.get('1f0c2d3e-9ccf-471f-bd49-b7f2ae31480b'), 'São Paulo Head Office · …1480b');
	assert.equal(places.get('975d2a9d-1d15-4255-95d2-8d5cf7b51bcd'), 'São Paulo Head Office · 2nd Floor');
	assert.equal(places.get('l-campinas'), 'São Paulo Head Office · Campinas 13010-111');
	const names = [...places.values()];
	const locations = ['8dd49b5c-9ccf-471f-bd49-b7f2ae3e480b', '1f0c2d3e-9ccf-471f-bd49-b7f2ae31480b', 'l-campinas'];
	assert.equal(new Set(locations.map(id => places.get(id))).size, 3, names.join('\n'));
	// An address and its default location are not the same kind of thing: each keeps the address's plain name.
	const single = placeIndex([CIVIC_ADDRESS]);
	assert.equal(single.get(CIVIC_ADDRESS.id!), single.get(CIVIC_ADDRESS.locations![0]!.id!));
});
