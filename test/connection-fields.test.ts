// The field table's derived outputs: the update diff (PATCH body), pointers, prefilled values, the
// "check the list" match and the read-back verdict. The create body has its own file (create-body.test.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {ExternalConnection, TelnyxError} from '../source/api/types.js';
import {createBody} from '../source/fields/create-body.js';
import {fieldForError} from '../source/fields/pointers.js';
import {updateVerdict} from '../source/fields/read-back.js';
import {matchesRequest, valuesFromRecord} from '../source/fields/record-values.js';
import {updateDiff} from '../source/fields/update-diff.js';
import {INITIAL_VALUES} from '../source/fields/wizard-values.js';

const PROFILE = '1911630617284445511';
const OTHER = '1293384261075731499';
const RECORD: ExternalConnection = {
	id: '1930241863466354012',
	active: true,
	external_sip_connection: 'zoom',
	tags: ['a', '東京'],
	webhook_event_url: 'https://example.com/hooks',
	webhook_event_failover_url: null,
	webhook_timeout_secs: 25,
	inbound: {channel_limit: 4},
	outbound: {outbound_voice_profile_id: PROFILE},
	created_at: '2025-09-29T10:00:00Z',
};
const initial = valuesFromRecord(RECORD);

test('a record prefills the form: numbers as text, tags as a list, anything of another type as empty', () => {
	assert.deepEqual(
		{...initial},
		{
			...INITIAL_VALUES,
			active: true,
			outboundProfileId: PROFILE,
			outboundChannelLimit: '',
			tags: 'a, 東京',
			webhookEventUrl: 'https://example.com/hooks',
			webhookEventFailoverUrl: '',
			webhookTimeoutSecs: '25',
			inboundChannelLimit: '4',
		},
	);
	const odd = valuesFromRecord({id: '1', active: 'yes' as never, tags: 'x' as never, webhook_timeout_secs: '5' as never});
	assert.equal(odd.active, true);
	assert.equal(odd.tags, '');
	assert.equal(odd.webhookTimeoutSecs, '');
});

test('no change: nothing to send, whatever the spelling (" 25 " is 25, "a,東京" the same tags)', () => {
	assert.deepEqual(updateDiff(initial, initial), {ok: true, changes: [], body: undefined});
	const respelled = updateDiff(initial, {...initial, webhookTimeoutSecs: ' 25 ', tags: 'a,東京,a'});
	assert.deepEqual(respelled, {ok: true, changes: [], body: undefined});
});

test('a change sends only that field, plus outbound with its profile id as the update schema requires', () => {
	const diff = updateDiff(initial, {...initial, active: false});
	assert.ok(diff.ok);
	assert.deepEqual(diff.body, {active: false, outbound: {outbound_voice_profile_id: PROFILE}});
	assert.deepEqual(
		diff.changes.map(change => [change.field.id, change.before, change.after]),
		[['active', true, false]],
	);
	assert.equal(JSON.stringify(diff.body), `{"active":false,"outbound":{"outbound_voice_profile_id":"${PROFILE}"}}`);
});

test('emptied fields are removed with null where the spec allows it, tags with []', () => {
	const diff = updateDiff(initial, {
		...initial,
		webhookTimeoutSecs: '',
		inboundChannelLimit: '',
		tags: ' , ',
		outboundChannelLimit: '3',
		outboundProfileId: OTHER,
	});
	assert.ok(diff.ok);
	assert.deepEqual(diff.body, {
		outbound: {outbound_voice_profile_id: OTHER, channel_limit: 3},
		inbound: {channel_limit: null},
		tags: [],
		webhook_timeout_secs: null,
	});
	assert.deepEqual(
		diff.changes.map(change => change.field.id),
		['outbound.outbound_voice_profile_id', 'outbound.channel_limit', 'inbound.channel_limit', 'tags', 'webhook_timeout_secs'],
	);
});

test('a changed value must keep its rule; the webhook URL cannot be removed by an update', () => {
	const removed = updateDiff(initial, {...initial, webhookEventUrl: ''});
	assert.ok(!removed.ok && removed.step === 'webhook_event_url' && /cannot remove/.test(removed.message));
	const timeout = updateDiff(initial, {...initial, webhookTimeoutSecs: '31'});
	assert.ok(!timeout.ok && timeout.step === 'webhook_timeout_secs');
	// An untouched odd value is not the person's to fix: it is neither checked nor sent.
	const odd = valuesFromRecord({...RECORD, webhook_event_url: 'ftp://old.example.com'});
	const oddDiff = updateDiff(odd, {...odd, active: false});
	assert.ok(oddDiff.ok);
	assert.deepEqual(oddDiff.body, {active: false, outbound: {outbound_voice_profile_id: PROFILE}});
	// Without a profile id on the record, the required one must be given before anything is sent.
	const noProfile = valuesFromRecord({...RECORD, outbound: {}});
	const missing = updateDiff(noProfile, {...noProfile, active: false});
	assert.ok(!missing.ok && missing.step === 'outbound.outbound_voice_profile_id');
});

test('422 pointers map to the fields of the operation that was sent', () => {
	const error = (pointer: string): TelnyxError => ({code: '10015', title: 'Bad Request', source: {pointer}});
	const rows: Array<[string, string | undefined, string | undefined]> = [
		['/outbound', 'outbound.outbound_voice_profile_id', 'outbound.outbound_voice_profile_id'],
		['/inbound', 'inbound', 'inbound.channel_limit'],
		['/inbound/outbound_voice_profile_id', 'inbound.outbound_voice_profile_id', 'inbound.channel_limit'],
		['/external_sip_connection', 'external_sip_connection', undefined],
		['/tags/0', 'tags', 'tags'],
		['/webhook_event_url', 'webhook_event_url', 'webhook_event_url'],
		['/', undefined, undefined],
	];
	for (const [pointer, create, update] of rows) {
		assert.equal(fieldForError(error(pointer), 'create')?.id, create, `create ${pointer}`);
		assert.equal(fieldForError(error(pointer), 'update')?.id, update, `update ${pointer}`);
	}
});

test('"check the list": a listed record matches the create body that made it, and only that', () => {
	const built = createBody({...INITIAL_VALUES, outboundProfileId: PROFILE, tags: 'x, y', webhookTimeoutSecs: '5'});
	assert.ok(built.ok);
	const made: ExternalConnection = {
		id: '9',
		active: true,
		tags: ['x', 'y'],
		webhook_timeout_secs: 5,
		webhook_event_failover_url: null,
		inbound: {},
		outbound: {outbound_voice_profile_id: PROFILE},
	};
	assert.equal(matchesRequest(made, built.body), true);
	assert.equal(matchesRequest({...made, tags: ['x']}, built.body), false);
	assert.equal(matchesRequest({...made, webhook_timeout_secs: null}, built.body), false);
	assert.equal(matchesRequest({...made, outbound: {outbound_voice_profile_id: OTHER}}, built.body), false);
	assert.equal(matchesRequest({...made, active: false}, built.body), false);
});

test('reading an edited record back tells whether the change went through', () => {
	const values = {...initial, active: false, webhookTimeoutSecs: ''};
	assert.equal(updateVerdict({...RECORD, active: false, webhook_timeout_secs: null}, initial, values), 'applied');
	assert.equal(updateVerdict(RECORD, initial, values), 'not-applied');
	assert.equal(updateVerdict({...RECORD, active: false}, initial, values), 'mixed');
});
