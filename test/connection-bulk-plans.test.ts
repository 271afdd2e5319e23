// The plans of the bulk actions on connections: each body the edit form's own, each row left out said why.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {ExternalConnection} from '../source/api/types.js';
import {deletePlan, updateFor, updatePlan} from '../source/resources/external-connections/bulk-plans.js';

const outbound = {outbound_voice_profile_id: '1293384261075731499'};
const bodyOf = (update: ReturnType<typeof updateFor>) => ('body' in update ? update.body : update.reason);
const zoom = (id: string, fields: Record<string, unknown> = {}) =>
	({id, external_sip_connection: 'zoom', active: true, outbound, ...fields}) as unknown as ExternalConnection;

test('disable: a PATCH of active with the outbound the update schema requires; one already off is left out', () => {
	const plan = updatePlan([zoom('1'), zoom('2', {active: false}), 'not a record'], {kind: 'active', active: false});
	assert.deepEqual(
		plan.send.map(row => row.id),
		['1'],
	);
	assert.deepEqual(
		plan.refused.map(({item, reason}) => [item.id, reason]),
		[['2', 'already disabled']],
	);
	assert.deepEqual(updateFor(zoom('1'), {kind: 'active', active: false}), {
		body: {active: false, outbound},
		inverse: {
			label: 'connection 1: active back as they were',
			route: '/external_connections/{id}',
			ids: {id: '1'},
			body: {active: true, outbound},
		},
	});
});

test('tags: added after its own, sent once; removed leaving the rest; a row without a change or a profile left out', () => {
	const add = {kind: 'tags', mode: 'add', tags: ['b', 'c']} as const;
	assert.deepEqual(bodyOf(updateFor(zoom('1', {tags: ['a', 'b']}), add)), {tags: ['a', 'b', 'c'], outbound});
	const remove = {kind: 'tags', mode: 'remove', tags: ['a']} as const;
	assert.deepEqual(bodyOf(updateFor(zoom('1', {tags: ['a', 'b']}), remove)), {tags: ['b'], outbound});
	// As the edit form reads them: what is not text is not a tag.
	assert.deepEqual(bodyOf(updateFor(zoom('2', {tags: [1, {}]}), add)), {tags: ['b', 'c'], outbound});
	const plan = updatePlan([zoom('1', {tags: ['b', 'c']}), zoom('3', {outbound: {}})], add);
	assert.equal(plan.send.length, 0);
	const reasons = plan.refused.map(({reason}) => String(reason));
	assert.equal(reasons[0], 'has the tags already');
	assert.match(reasons[1]!, /^outbound\.outbound_voice_profile_id: /, 'no profile on the row: the update cannot be built');
});

test('delete: active and Operator Connect connections are left out and named; an id the contract would not produce too', () => {
	const plan = deletePlan([
		zoom('1', {active: false}),
		zoom('2'),
		zoom('3', {active: false, external_sip_connection: 'operator_connect'}),
		zoom('../4', {active: false}),
	]);
	assert.deepEqual(
		plan.send.map(row => row.id),
		['1'],
	);
	const reasons = new Map(plan.refused.map(({item, reason}) => [item.id, String(reason)]));
	assert.equal(reasons.get('2'), 'active: disable it first (D)');
	assert.match(reasons.get('3')!, /Operator Connect/);
	assert.ok(reasons.has('../4'));
});
