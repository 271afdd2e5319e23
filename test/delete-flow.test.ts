import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {TelnyxError} from '../source/api/types.js';
import {deleteAdvice} from '../source/mutation/delete-advice.js';
import {deleteReducer, INITIAL_DELETE, type DeleteEvent, type DeleteState} from '../source/mutation/delete-flow.js';

const run = (state: DeleteState, ...events: DeleteEvent[]) => events.reduce(deleteReducer, state);
const http = (status: number, errors: TelnyxError[] = []): DeleteEvent => ({
	type: 'failed',
	attempt: 1,
	error: {kind: 'http', status, errors, message: `${status}`},
});
const refusal: TelnyxError = {code: '10015', title: 'Active connections cannot be deleted', source: {pointer: '/active'}};

test('confirm sends attempt 1; its answer ends the flow; late or stale answers change nothing', () => {
	const sending = run(INITIAL_DELETE, {type: 'confirm'});
	assert.deepEqual(sending, {phase: 'sending', attempt: 1});
	assert.equal(run(sending, {type: 'confirm'}), sending, 'a second Enter sends nothing more');
	assert.equal(run(sending, {type: 'cancel'}), sending, 'nothing cancels a request in flight');
	assert.equal(run(sending, {type: 'deleted', attempt: 2}), sending);
	assert.deepEqual(run(sending, {type: 'deleted', attempt: 1}), {phase: 'deleted', how: 'deleted'});
	assert.deepEqual(run(INITIAL_DELETE, {type: 'cancel'}), {phase: 'cancelled'});
});

test("422 is a refusal with Telnyx's errors, 404 means already gone, another 4xx an error", () => {
	const sending = run(INITIAL_DELETE, {type: 'confirm'});
	assert.deepEqual(run(sending, http(422, [refusal])), {phase: 'refused', attempt: 1, errors: [refusal]});
	assert.deepEqual(run(sending, http(404)), {phase: 'deleted', how: 'already-gone'});
	assert.equal(run(sending, http(403)).phase, 'error');
	assert.equal(run(sending, http(422, [refusal]), {type: 'confirm'}).phase, 'refused', 'a refusal is not re-sent');
});

test('an unknown outcome reads the record back: gone is deleted, still there offers deleting again', () => {
	const unknown = run(INITIAL_DELETE, {type: 'confirm'}, http(503));
	assert.deepEqual(unknown.phase === 'unknown' && unknown.readBack, {status: 'loading'});
	assert.equal(run(unknown, {type: 'confirm'}), unknown, 'no second DELETE before the read-back');
	assert.deepEqual(run(unknown, {type: 'read-back', found: false}), {phase: 'deleted', how: 'read-back'});
	const there = run(unknown, {type: 'read-back', found: true});
	assert.deepEqual(run(there, {type: 'confirm'}), {phase: 'sending', attempt: 2});
	const failed = run(unknown, {type: 'read-back-failed', message: 'timeout'});
	assert.deepEqual(run(failed, {type: 'read-again'}), unknown);
	const timeout = run(
		INITIAL_DELETE,
		{type: 'confirm'},
		{type: 'failed', attempt: 1, error: {kind: 'timeout', errors: [], message: 'no answer'}},
	);
	assert.equal(timeout.phase, 'unknown');
});

test('each of the three refusals the spec names gets its own advice, by pointer or by words', () => {
	assert.match(deleteAdvice(refusal)!, /Deactivate it first: e/);
	assert.match(deleteAdvice({code: '10015', title: 'Operator Connect connections cannot be deleted'})!, /Telnyx support/);
	assert.match(deleteAdvice({code: '10015', title: 'In use', detail: '3 phone numbers use this connection.'})!, /phone numbers/);
	assert.match(deleteAdvice({code: '10015', title: 'Bad', source: {pointer: '/external_sip_connection'}})!, /Telnyx support/);
	assert.equal(deleteAdvice({code: '10015', title: 'Something else'}), undefined);
});
