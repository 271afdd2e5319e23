// The special answers explained; each explainer leaves every other error to the banner alone.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {ApiError} from '../source/api/errors.js';
import {parseRetryAfter} from '../source/api/retry.js';
import type {TelnyxError} from '../source/api/types.js';
import {explainLocationRefusal} from '../source/resources/civic-addresses/explain.js';
import {explainDismissGone} from '../source/resources/log-messages/explain.js';
import {explainNothingToRetry, explainStillInProgress, explainUploadTooLarge} from '../source/resources/uploads/explain.js';

const http = (status: number, errors: TelnyxError[] = [], retryAfterMs?: number) =>
	new ApiError({kind: 'http', status, errors, message: `${status}`, ...(retryAfterMs !== undefined && {retryAfterMs})});
const telnyx = (title: string, detail = '', pointer?: string): TelnyxError => ({
	code: '10015',
	title,
	detail,
	...(pointer && {source: {pointer}}),
});
const NOW = new Date(2026, 0, 2, 12, 4, 31);
const others = [http(500), http(404), new ApiError({kind: 'network', message: 'reset'}), new Error('x'), undefined];

test('413 on an upload names the limit and, when known, how many were sent', () => {
	assert.deepEqual(explainUploadTooLarge(http(413), 1204)?.lines, [
		'An upload takes at most 1,000 numbers. This one had 1,204.',
		'Split the numbers into several uploads; nothing of this one was started.',
	]);
	assert.equal(explainUploadTooLarge(http(413))?.lines[0], 'An upload takes at most 1,000 numbers.');
	for (const error of [...others, http(422)]) assert.equal(explainUploadTooLarge(error), undefined);
});

test('a refresh still in progress (409 or 429) says when to try again, from Retry-After', () => {
	for (const status of [409, 429]) {
		const explained = explainStillInProgress(http(status, [], 5000), 'refresh', NOW)!;
		assert.match(explained.lines[0]!, /last status refresh is still running/);
		assert.equal(explained.lines[1], 'Try again in 5 s (at 12:04:36).');
		assert.equal(explained.retryAt?.getTime(), NOW.getTime() + 5000);
	}
	assert.equal(explainStillInProgress(http(409, [], 1500), 'refresh', NOW)?.lines[1], 'Try again in 2 s (at 12:04:32).');
	// `Retry-After: 1e300` once read 'Try again in 1e+300 s (at NaN:NaN:NaN)'.
	const absurd = explainStillInProgress(http(409, [], parseRetryAfter('1e300', NOW.getTime())), 'refresh', NOW)!;
	assert.equal(absurd.lines[1], 'Try again in 86,400 s (at 12:04:31).');
	const unsaid = explainStillInProgress(http(409), 'refresh', NOW)!;
	assert.equal(unsaid.retryAt, undefined);
	assert.match(unsaid.lines[1]!, /Try again in a little while/);
	for (const error of [...others, http(422)]) assert.equal(explainStillInProgress(error, 'refresh', NOW), undefined);
});

test('a retry of an upload in flight (409) is explained; a 429 on retry is the ordinary rate limit', () => {
	assert.match(explainStillInProgress(http(409), 'retry', NOW)!.lines[0]!, /still being processed/);
	assert.equal(explainStillInProgress(http(429, [], 1000), 'retry', NOW), undefined);
	assert.match(explainNothingToRetry(http(422))!.lines[0]!, /nothing to retry/);
	assert.equal(explainNothingToRetry(http(409)), undefined);
});

test('the 422 "already has an accepted emergency address" says what it means and what to do; other 422s are not it', () => {
	const accepted = http(422, [telnyx('Location already has an accepted emergency address', 'Microsoft Teams already accepted…')]);
	const lines = explainLocationRefusal(accepted)!.lines;
	assert.match(lines[0]!, /already accepted an emergency address for this location/);
	assert.match(lines[1]!, /Teams admin center/);
	assert.ok(explainLocationRefusal(http(422)), 'a bare 422 is what the spec documents it as');
	assert.equal(
		explainLocationRefusal(
			http(422, [telnyx('Bad Request', 'static_emergency_address_id must be a UUID.', '/static_emergency_address_id')]),
		),
		undefined,
	);
	for (const error of others) assert.equal(explainLocationRefusal(error), undefined);
});

test('a dismiss answered 404 says the message is gone', () => {
	assert.match(explainDismissGone(http(404))!.lines[0]!, /no longer there/);
	for (const error of [http(500), http(422), new Error('x')]) assert.equal(explainDismissGone(error), undefined);
});
