import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createBody} from '../source/fields/create-body.js';
import {INITIAL_VALUES, type WizardValues} from '../source/fields/wizard-values.js';

const PROFILE = '1911630617284445511';
const values = (changes: Partial<WizardValues>): WizardValues => ({...INITIAL_VALUES, outboundProfileId: PROFILE, ...changes});

test('only the required parts: every optional field left empty is omitted, not sent as ""', () => {
	assert.deepEqual(createBody(values({})), {
		ok: true,
		body: {external_sip_connection: 'zoom', active: true, outbound: {outbound_voice_profile_id: PROFILE}},
	});
});

test('blank optional text counts as empty', () => {
	const built = createBody(
		values({outboundChannelLimit: '  ', tags: ' , ,', webhookEventUrl: ' ', webhookEventFailoverUrl: '\t', webhookTimeoutSecs: ' '}),
	);
	assert.ok(built.ok);
	assert.deepEqual(Object.keys(built.body), ['external_sip_connection', 'active', 'outbound']);
	assert.deepEqual(built.body.outbound, {outbound_voice_profile_id: PROFILE});
});

test('every part: integers as numbers, booleans, ids as strings, tags as the cleaned list', () => {
	const built = createBody(
		values({
			outboundProfileId: ' 9223372036854775807 ',
			outboundChannelLimit: '10',
			active: false,
			tags: ' zoom , 東京,zoom,,',
			webhookEventUrl: 'https://example.com/hooks',
			webhookEventFailoverUrl: 'http://failover.example.com',
			webhookTimeoutSecs: '0',
			inbound: true,
			inboundProfileId: '1293384261075731499',
			inboundChannelLimit: '5',
		}),
	);
	assert.deepEqual(built, {
		ok: true,
		body: {
			external_sip_connection: 'zoom',
			active: false,
			outbound: {outbound_voice_profile_id: '9223372036854775807', channel_limit: 10},
			inbound: {outbound_voice_profile_id: '1293384261075731499', channel_limit: 5},
			tags: ['zoom', '東京'],
			webhook_event_url: 'https://example.com/hooks',
			webhook_event_failover_url: 'http://failover.example.com',
			webhook_timeout_secs: 0,
		},
	});
	assert.ok(built.ok);
	// Exactly as it goes over the wire: the int64 id stays exact because it is a string.
	assert.match(JSON.stringify(built.body), /"outbound_voice_profile_id":"9223372036854775807","channel_limit":10/);
	assert.match(JSON.stringify(built.body), /"webhook_timeout_secs":0/);
});

test('inbound only when chosen: values typed before switching it off are not sent', () => {
	const built = createBody(values({inbound: false, inboundProfileId: '1293384261075731499', inboundChannelLimit: 'oops'}));
	assert.ok(built.ok);
	assert.equal('inbound' in built.body, false);
});

test('inbound chosen: its profile id is required, its channel limit optional', () => {
	const withoutLimit = createBody(values({inbound: true, inboundProfileId: '1293384261075731499'}));
	assert.ok(withoutLimit.ok);
	assert.deepEqual(withoutLimit.body.inbound, {outbound_voice_profile_id: '1293384261075731499'});
	const missing = createBody(values({inbound: true}));
	assert.equal(missing.ok, false);
	if (!missing.ok) assert.equal(missing.step, 'inbound.outbound_voice_profile_id');
});

test('an invalid value gives its step and rule instead of a body: the first in wizard order', () => {
	const built = createBody(values({outboundProfileId: '', webhookTimeoutSecs: '31'}));
	assert.equal(built.ok, false);
	if (!built.ok) {
		assert.equal(built.step, 'outbound.outbound_voice_profile_id');
		assert.match(built.message, /digits/);
	}

	const timeout = createBody(values({webhookTimeoutSecs: '31'}));
	assert.deepEqual(timeout.ok ? undefined : timeout.step, 'webhook_timeout_secs');
	const url = createBody(values({webhookEventFailoverUrl: 'failover.example.com'}));
	assert.deepEqual(url.ok ? undefined : url.step, 'webhook_event_failover_url');
});
