// --set and --body read as the form's values: each field by its body path, its value as the form holds it, and
// every problem one sentence naming the field.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {settableFields, settingsFromArgs, settingsFromBody, setsInbound} from '../source/commands/connection-input.js';

test('--set reads yes/no choices as booleans and the rest as typed, each field once', () => {
	assert.deepEqual(settingsFromArgs(['active=no', 'tags=a, b', 'outbound.channel_limit='], 'update'), {
		ok: true,
		settings: {active: false, tags: 'a, b', outboundChannelLimit: ''},
	});
	assert.deepEqual(settingsFromArgs(['active=maybe'], 'update'), {ok: false, message: '--set active=maybe: Active is true or false.'});
	assert.deepEqual(settingsFromArgs(['tags=a', 'tags=b'], 'create'), {ok: false, message: '--set tags is given twice.'});
	assert.deepEqual(settingsFromArgs(['=x'], 'create'), {ok: false, message: '--set =x: write it as FIELD=VALUE, e.g. --set active=false.'});
	const createOnly = settingsFromArgs(['external_sip_connection=zoom'], 'update');
	assert.ok(
		!createOnly.ok && createOnly.message.startsWith('--set external_sip_connection=zoom: no field "external_sip_connection" to update.'),
	);
});

test('a body is read field by field at its paths: numbers, tag arrays, null only in an update, no unknown key', () => {
	assert.deepEqual(
		settingsFromBody({active: true, outbound: {outbound_voice_profile_id: '12', channel_limit: 5}, tags: ['a', 'b']}, 'create'),
		{
			ok: true,
			settings: {active: true, outboundProfileId: '12', outboundChannelLimit: '5', tags: 'a, b'},
		},
	);
	assert.deepEqual(settingsFromBody({webhook_timeout_secs: null}, 'update'), {ok: true, settings: {webhookTimeoutSecs: ''}});
	assert.deepEqual(settingsFromBody({webhook_timeout_secs: null}, 'create'), {
		ok: false,
		message: '--body: webhook_timeout_secs: null removes a value, which only an update does.',
	});
	assert.deepEqual(settingsFromBody({active: 'yes'}, 'update'), {ok: false, message: '--body: active: Active is true or false.'});
	const comma = settingsFromBody({tags: ['a,b']}, 'update');
	assert.ok(!comma.ok && comma.message.startsWith('--body: tags: ["a,b"] is not a value it takes.'));
	const nested = settingsFromBody({outbound: {chanel_limit: 1}}, 'update');
	assert.ok(
		!nested.ok && nested.message.startsWith('--body: no field "outbound.chanel_limit" to update. Did you mean outbound.channel_limit?'),
	);
	assert.deepEqual(settingsFromBody([], 'update'), {ok: false, message: '--body: the body is a JSON object, e.g. {"active": false}.'});
});

test("an inbound field given means inbound is sent; the form's inbound question is not a field to set", () => {
	assert.equal(setsInbound({inboundChannelLimit: '3'}), true);
	assert.equal(setsInbound({tags: 'a'}), false);
	assert.ok(!settableFields('create').some(field => field.id === 'inbound'));
});
