import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ApiError} from '../source/api/errors.js';
import {ownText} from '../source/text/sanitize.js';
import {answerShown, IDLE, isOutcomeUnknown, sendReducer, type SendEvent, type SendState} from '../source/mutation/send-machine.js';

const run = (events: Array<SendEvent<string>>, from: SendState<string> = IDLE) => events.reduce(sendReducer<string>, from);
const send = (fresh = true): SendEvent<string> => ({type: 'send', what: 'POST upload', fresh});
const http = (status: number) => new ApiError({kind: 'http', status, errors: [], message: `answered ${status}`});

describe('sendReducer', () => {
	it('idle -> sending -> done; a second send while one is out is the same state', () => {
		const sending = run([send()]);
		assert.equal(sending.status, 'sending');
		assert.equal(sendReducer(sending, send()), sending);
		const done = run([{type: 'answered', attempt: 1, value: 'ticket'}], sending);
		assert.deepEqual(done, {status: 'done', attempt: 1, what: 'POST upload', value: 'ticket'});
	});

	it('a 4xx is a known failure; a 5xx, a redirect, a timeout, a reset or an unreadable answer is an unknown outcome', () => {
		assert.equal(run([send(), {type: 'failed', attempt: 1, error: http(422), canReadBack: true}]).status, 'failed-known');
		assert.equal(run([send(), {type: 'failed', attempt: 1, error: http(409), canReadBack: true}]).status, 'failed-known');
		for (const error of [
			http(500),
			http(503),
			new ApiError({kind: 'redirect', status: 307, errors: [], message: 'redirect'}),
			new ApiError({kind: 'timeout', errors: [], message: 'timeout'}),
			new ApiError({kind: 'network', errors: [], message: 'reset'}),
			new ApiError({kind: 'malformed', status: 202, errors: [], message: 'cut off'}),
			new Error('anything else'),
		]) {
			assert.equal(isOutcomeUnknown(error), true, String(error));
			const state = run([send(), {type: 'failed', attempt: 1, error, canReadBack: true}]);
			assert.equal(state.status, 'unknown-outcome');
			assert.deepEqual(state.status === 'unknown-outcome' && state.readBack, {status: 'loading'});
		}
	});

	it('an unknown outcome reads back; its answer, a failure and reading again move only that attempt', () => {
		const unknown = run([send(), {type: 'failed', attempt: 1, error: http(500), canReadBack: true}]);
		assert.equal(sendReducer(unknown, {type: 'read-back-loaded', attempt: 0, found: ownText('x')}), unknown, 'an older attempt');
		const failed = run([{type: 'read-back-failed', attempt: 1, error: http(500)}], unknown);
		assert.deepEqual(failed.status === 'unknown-outcome' && failed.readBack.status, 'failed');
		const again = sendReducer(failed, {type: 'read-back'});
		assert.deepEqual(again.status === 'unknown-outcome' && again.readBack, {status: 'loading'});
		const loaded = run([{type: 'read-back-loaded', attempt: 1, found: ownText('no upload of these numbers')}], again);
		assert.deepEqual(loaded.status === 'unknown-outcome' && loaded.readBack, {status: 'loaded', found: 'no upload of these numbers'});
		const none = run([send(), {type: 'failed', attempt: 1, error: http(500), canReadBack: false}]);
		assert.equal(sendReducer(none, {type: 'read-back'}), none, 'nothing to read back with');
	});

	it('a press from before the answer is refused (marked stale), and sends nothing; a fresh one sends again', () => {
		const unknown = run([send(), {type: 'failed', attempt: 1, error: http(500), canReadBack: false}]);
		const refused = sendReducer(unknown, send(false));
		assert.equal(refused.status, 'unknown-outcome');
		assert.equal(refused.refused, 'stale');
		assert.equal(sendReducer(refused, send(false)), refused);
		const again = sendReducer(refused, send(true));
		assert.deepEqual(again, {status: 'sending', attempt: 2, what: 'POST upload'});
		assert.equal(sendReducer(again, {type: 'answered', attempt: 1, value: 'late'}), again, 'a late answer to attempt 1');
	});

	it('reset forgets the last answer (a new body), but keeps counting attempts', () => {
		const rejected = run([send(), {type: 'failed', attempt: 1, error: http(422), canReadBack: true}]);
		assert.deepEqual(sendReducer(rejected, {type: 'reset'}), {status: 'idle', attempt: 1});
		const sending = run([send()]);
		assert.equal(sendReducer(sending, {type: 'reset'}), sending, 'not while one is out');
	});

	it('answerShown changes with every answer and read-back, and is undefined before the first answer', () => {
		assert.equal(answerShown(IDLE), undefined);
		const sending = run([send()]);
		assert.equal(answerShown(sending), undefined);
		const unknown = run([{type: 'failed', attempt: 1, error: http(500), canReadBack: true}], sending);
		const loaded = run([{type: 'read-back-loaded', attempt: 1, found: ownText('found')}], unknown);
		assert.notEqual(answerShown(unknown), answerShown(loaded));
		assert.notEqual(answerShown(loaded), undefined);
		assert.equal(answerShown(sendReducer(loaded, {type: 'reset'})), undefined);
	});
});
