import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
	destinationChoices,
	destinationOf,
	isTollFree,
	tollFreeProblem,
	uploadRequest,
	usageOf,
	usagesOf,
} from '../source/resources/uploads/upload-options.js';
import type {CivicAddress} from '../source/resources/civic-addresses/types.js';

const ADDRESSES: CivicAddress[] = [
	{
		id: '0c3a3c4e-5c1f-4a51-9b53-6f9c9a0b1a01',
		description: 'Austin Office',
		locations: [{id: '67ea7693-9cd5-4a68-8c76-abb3aa5bf5d2', description: '14th Floor'}],
	},
];

test('the menu offers the default location, each location and each civic address, and reads back what was picked', () => {
	const choices = destinationChoices(ADDRESSES);
	assert.deepEqual(
		choices.map(choice => choice.value),
		['default', 'location:67ea7693-9cd5-4a68-8c76-abb3aa5bf5d2', 'address:0c3a3c4e-5c1f-4a51-9b53-6f9c9a0b1a01'],
	);
	assert.match(choices[1]!.label, /^location · /);
	assert.match(choices[2]!.label, /^civic address · /);
	assert.deepEqual(destinationOf(choices[1]!.value), {kind: 'location', id: '67ea7693-9cd5-4a68-8c76-abb3aa5bf5d2'});
	assert.deepEqual(destinationOf(choices[2]!.value), {kind: 'address', id: '0c3a3c4e-5c1f-4a51-9b53-6f9c9a0b1a01'});
	assert.deepEqual(destinationOf('default'), {kind: 'default'});
});

test('the body names a location or a civic address, never both, and only the usages chosen', () => {
	assert.deepEqual(uploadRequest(['1'], {destination: {kind: 'default'}}), {number_ids: ['1']});
	assert.deepEqual(
		uploadRequest(['1', '2'], {
			destination: {kind: 'location', id: 'L'},
			usage: 'first_party_app_assignment',
			additionalUsages: ['calling_user_assignment'],
		}),
		{number_ids: ['1', '2'], location_id: 'L', usage: 'first_party_app_assignment', additional_usages: ['calling_user_assignment']},
	);
	assert.deepEqual(uploadRequest(['1'], {destination: {kind: 'address', id: 'A'}}), {number_ids: ['1'], civic_address_id: 'A'});
	assert.equal(usageOf('none'), undefined);
	assert.deepEqual(usagesOf('calling_user_assignment,first_party_app_assignment'), [
		'calling_user_assignment',
		'first_party_app_assignment',
	]);
});

test('calling_user_assignment with a toll-free number is refused before sending, the numbers named', () => {
	assert.ok(isTollFree('+18005550100') && isTollFree('+448001234567') && !isTollFree('+15555550100') && !isTollFree('+441134960000'));
	const numbers = ['+15555550100', '+18885550100', '+18005550100', '+18335550100', '+18445550100'];
	assert.equal(tollFreeProblem(numbers, {destination: {kind: 'default'}, usage: 'first_party_app_assignment'}), undefined);
	assert.equal(
		tollFreeProblem(numbers, {destination: {kind: 'default'}, usage: 'calling_user_assignment'}),
		'calling_user_assignment is not supported for toll-free numbers: +18885550100, +18005550100, +18335550100 and 1 more. Choose another usage, or upload them apart.',
	);
	assert.ok(tollFreeProblem(['+18005550100'], {destination: {kind: 'default'}, additionalUsages: ['calling_user_assignment']}));
	assert.equal(tollFreeProblem(['+15555550100'], {destination: {kind: 'default'}, usage: 'calling_user_assignment'}), undefined);
});
