// The emergency coverage's pure core: locations in order of need (none known first, the most numbers first), the
// summary, and what a PATCH's answer or refusal teaches.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {coverageRows, coverageSummary, locationIds} from '../source/resources/civic-addresses/coverage.js';
import {EmergencyKnowledge} from '../source/resources/civic-addresses/emergency-knowledge.js';
import type {CivicAddress} from '../source/resources/civic-addresses/types.js';
import {ApiError} from '../source/api/errors.js';

const ADDRESSES: CivicAddress[] = [
	{
		id: 'a1',
		description: 'Austin',
		locations: [
			{id: 'l1', is_default: true},
			{id: 'l2', additional_info: '14th Floor'},
		],
	},
	{id: 'a2', description: 'London', locations: [{id: 'l3', is_default: true}, {id: 'l1'}]},
	{id: 'a3', description: 'Broken', locations: 'not a list' as never},
];

test('each location once, in the order listed; a malformed list gives none', () => {
	assert.deepEqual(locationIds(ADDRESSES), ['l1', 'l2', 'l3']);
	assert.deepEqual(locationIds([{locations: [null, {id: 7}, {id: ''}] as never}]), []);
});

test('none known first, the most numbers first among them; set, then accepted, last; counts to come sort by name', () => {
	const knowledge = new EmergencyKnowledge();
	knowledge.learnSet('l3', 'a2', {static_emergency_address_id: 'a2'});
	const counts = new Map<string, number | 'failed' | undefined>([
		['l1', 5],
		['l2', 40],
		['l3', 900],
	]);
	let rows = coverageRows(ADDRESSES, counts, id => knowledge.get(id));
	assert.deepEqual(
		rows.map(row => [row.locationId, row.emergency?.kind ?? 'none', row.numbers]),
		[
			['l2', 'none', 40],
			['l1', 'none', 5],
			['l3', 'set', 900],
		],
	);
	assert.deepEqual(coverageSummary(rows), {locations: 3, unknown: 2, numbersOnUnknown: 45, counted: 3});
	rows = coverageRows(ADDRESSES, new Map([['l1', 'failed']]), () => undefined);
	assert.deepEqual(coverageSummary(rows), {locations: 3, unknown: 3, numbersOnUnknown: 0, counted: 1});
	assert.deepEqual(
		rows.map(row => row.name),
		[...rows.map(row => row.name)].sort((a, b) => a.localeCompare(b)),
		'a failed count sorts with the ones to come, by name',
	);
});

test('a refusal because one was accepted is learned; any other failure teaches nothing; listeners hear each lesson', () => {
	const knowledge = new EmergencyKnowledge();
	let heard = 0;
	knowledge.subscribe(() => heard++);
	const refusal = (title: string, status = 422) =>
		new ApiError({kind: 'http', status, message: 'refused', errors: [{code: '10015', title}]});
	knowledge.learnRefusal('l1', refusal('Location already has an accepted emergency address'));
	knowledge.learnRefusal('l2', refusal('Invalid parameter'));
	knowledge.learnRefusal('l3', new Error('socket hang up'));
	assert.deepEqual(knowledge.get('l1'), {kind: 'accepted'});
	assert.equal(knowledge.get('l2'), undefined);
	assert.equal(knowledge.get('l3'), undefined);
	knowledge.learnSet('l2', 'a1', {});
	assert.deepEqual(knowledge.get('l2'), {kind: 'set', addressId: 'a1'}, 'an answer without the id: the one sent');
	assert.equal(heard, 2);
});
