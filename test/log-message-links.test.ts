import assert from 'node:assert/strict';
import {test} from 'node:test';
import {logMessageLinks} from '../source/resources/log-messages/links.js';

test("a log message leads to its connection and its number's digits when meta names them as the contract says", () => {
	assert.deepEqual(logMessageLinks({code: '10015', meta: {external_connection_id: '1293384261075731499', telephone_number: '+12345678'}}), {
		connectionId: '1293384261075731499',
		numberDigits: '12345678',
	});
	assert.deepEqual(logMessageLinks({meta: {external_connection_id: '1293384261075731499'}}), {connectionId: '1293384261075731499'});
});

test('a missing, wrong-typed or malformed field leads nowhere, and never throws', () => {
	const none = [
		undefined,
		null,
		'text',
		42,
		{},
		{meta: null},
		{meta: 'x'},
		{meta: []},
		{meta: {external_connection_id: 1293384261}},
		{meta: {external_connection_id: ''}},
		{meta: {external_connection_id: '12;rm'}},
		{meta: {telephone_number: '+12345678'}},
	];
	for (const message of none) assert.deepEqual(logMessageLinks(message), {}, JSON.stringify(message));
	// A number that is not E.164 leaves the connection's link alone.
	for (const number of [12345678, '12345678', '+0123', '+1', '+1234567890123456', '+12 345', null]) {
		assert.deepEqual(logMessageLinks({meta: {external_connection_id: '1293384261075731499', telephone_number: number}}), {
			connectionId: '1293384261075731499',
		});
	}
});
