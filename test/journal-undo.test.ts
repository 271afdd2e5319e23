// The pure parts of the journal's y and u: the curl command, which entries can be undone and with what request, and
// the inverses recorded at send time (a number's location, a connection's tags or active, nothing else).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {test} from 'node:test';
import {curlCommand} from '../source/journal/curl.js';
import {undoPlan} from '../source/journal/undo-plan.js';
import type {JournalEntry} from '../source/journal/journal-lines.js';
import {parseLine} from '../source/journal/journal-lines.js';
import {updateInverse} from '../source/fields/update-inverse.js';
import {INITIAL_VALUES} from '../source/fields/wizard-values.js';
import {moveInverse} from '../source/resources/phone-numbers/move-inverse.js';

const initial = {...INITIAL_VALUES, outboundProfileId: '1911630617284445511', tags: 'a, b', active: true};

test('an edit of tags or active has the edit back as its inverse, with what the update requires', () => {
	const inverse = updateInverse('123', initial, {...initial, tags: 'a, b, migrated-2026', active: false});
	assert.deepEqual(inverse, {
		label: 'connection 123: active and tags back as they were',
		route: '/external_connections/{id}',
		ids: {id: '123'},
		body: {active: true, tags: ['a', 'b'], outbound: {outbound_voice_profile_id: '1911630617284445511'}},
	});
});

test('an edit of any other field, alone or with tags, has none; nor has an edit that changes nothing', () => {
	assert.equal(updateInverse('123', initial, {...initial, webhookEventUrl: 'https://example.com/hook'}), undefined);
	assert.equal(updateInverse('123', initial, {...initial, tags: 'c', outboundChannelLimit: '10'}), undefined);
	assert.equal(updateInverse('123', initial, initial), undefined);
});

test("a move's inverse puts the number back at its location; none without one, or when it stays", () => {
	assert.deepEqual(moveInverse('1', 'n-1', 'loc-a', 'loc-b'), {
		label: 'number n-1: location back to loc-a',
		route: '/external_connections/{id}/phone_numbers/{phone_number_id}',
		ids: {id: '1', phone_number_id: 'n-1'},
		body: {location_id: 'loc-a'},
	});
	assert.equal(moveInverse('1', 'n-1', undefined, 'loc-b'), undefined);
	assert.equal(moveInverse('1', 'n-1', 42, 'loc-b'), undefined);
	assert.equal(moveInverse('1', 'n-1', 'loc-b', 'loc-b'), undefined);
});

const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
	time: '2026-12-06T02:00:00.000Z',
	id: 'e1',
	profile: 'default',
	phase: 'sent',
	method: 'PATCH',
	host: 'api.telnyx.com',
	path: '/v2/external_connections/123',
	body: {tags: ["it's"]},
	inverse: {label: 'tags back', route: '/external_connections/{id}', ids: {id: '123'}, body: {tags: []}},
	result: {
		time: 't',
		id: 'e1',
		profile: 'default',
		phase: 'result',
		method: 'PATCH',
		host: 'api.telnyx.com',
		path: '/v2/x',
		outcome: 'ok',
		status: 200,
	},
	...over,
});

test('u sends the recorded inverse only for a change that went through, on the host it went to', () => {
	const plan = undoPlan(entry(), {host: 'api.telnyx.com', profile: 'default'});
	assert.ok(plan.ok);
	assert.deepEqual(plan.undo.body, {tags: []});
	assert.deepEqual(plan.redo, {
		label: 'redo: PATCH /v2/external_connections/123',
		route: '/external_connections/{id}',
		ids: {id: '123'},
		body: {tags: ["it's"]},
	});
	const reasons = [
		undoPlan(entry({inverse: undefined}), {host: 'api.telnyx.com', profile: 'default'}),
		undoPlan(entry({result: undefined}), {host: 'api.telnyx.com', profile: 'default'}),
		undoPlan(entry({result: {...entry().result!, outcome: 'failed', status: 422}}), {host: 'api.telnyx.com', profile: 'default'}),
		undoPlan(entry(), {host: '127.0.0.1:4010', profile: 'default'}),
		undoPlan(entry(), {host: 'api.telnyx.com', profile: 'staging'}),
	].map(plan => (plan.ok ? 'ok' : plan.reason));
	assert.deepEqual(reasons, [
		"u: this change has no inverse (only a number's location and a connection's tags or active do)",
		'u: nothing to put back: its outcome is unknown: read the record first',
		'u: nothing to put back: it failed, so nothing changed',
		'u: it was sent to api.telnyx.com, and this session is on 127.0.0.1:4010',
		'u: it was sent as the profile "default", and this session is "staging"',
	]);
});

test('a journal line with an inverse to another route, or ids that are not text, keeps no inverse', () => {
	const line = (inverse: unknown) =>
		JSON.stringify({time: 't', id: 'x', profile: 'p', phase: 'sent', method: 'PATCH', host: 'h', path: '/p', body: {}, inverse});
	const good = {label: 'l', route: '/external_connections/{id}', ids: {id: '1'}, body: {active: true}};
	assert.deepEqual((parseLine(line(good)) as JournalEntry).inverse, good);
	assert.equal((parseLine(line({...good, route: '/operator_connect/actions/refresh'})) as JournalEntry).inverse, undefined);
	assert.equal((parseLine(line({...good, ids: {id: 1}})) as JournalEntry).inverse, undefined);
});

test('the curl command quotes the body for a shell and leaves the key to $TELNYX_API_KEY', () => {
	const command = curlCommand(entry());
	assert.equal(
		command,
		`curl -X PATCH 'https://api.telnyx.com/v2/external_connections/123' -H "Authorization: Bearer $TELNYX_API_KEY" -H 'Content-Type: application/json' -d '{"tags":["it'\\''s"]}'`,
	);
	// What the shell hands curl: the body as sent, and the key from the environment.
	const words = execFileSync('sh', ['-c', `printf '%s\\n' ${command.slice('curl '.length)}`], {env: {TELNYX_API_KEY: 'KEY123'}}).toString();
	assert.ok(words.includes('{"tags":["it\'s"]}\n'), words);
	assert.ok(words.includes('Authorization: Bearer KEY123\n'), words);
	assert.equal(
		curlCommand(entry({host: '127.0.0.1:4010', method: 'DELETE', body: undefined, path: '/x'})),
		`curl -X DELETE 'http://127.0.0.1:4010/x' -H "Authorization: Bearer $TELNYX_API_KEY"`,
	);
});
