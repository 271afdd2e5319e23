import assert from 'node:assert/strict';
import {test} from 'node:test';
import {nextWatchDelay, WATCH_FIRST_MS, WATCH_MAX_MS, watchLabel} from '../source/data/watch-schedule.js';

test('the watch reads again soon after a change, less and less often while nothing changes, up to a minute', () => {
	assert.equal(nextWatchDelay(WATCH_FIRST_MS, {kind: 'same'}), 10_000);
	assert.equal(nextWatchDelay(40_000, {kind: 'same'}), WATCH_MAX_MS);
	assert.equal(nextWatchDelay(WATCH_MAX_MS, {kind: 'changed'}), WATCH_FIRST_MS);
});

test('a failure backs off, and a Retry-After longer than the backoff is honoured', () => {
	assert.equal(nextWatchDelay(WATCH_FIRST_MS, {kind: 'failed'}), 10_000);
	assert.equal(nextWatchDelay(WATCH_FIRST_MS, {kind: 'failed', retryAfterMs: 30_000}), 30_000);
	assert.equal(nextWatchDelay(WATCH_FIRST_MS, {kind: 'failed', retryAfterMs: 1000}), 10_000);
	assert.equal(
		nextWatchDelay(WATCH_FIRST_MS, {kind: 'failed', retryAfterMs: 3_600_000}),
		300_000,
		'a Retry-After of an hour waits five minutes',
	);
});

test('the header says when the next read comes', () => {
	assert.equal(watchLabel(5000), '↻ 5 s');
	assert.equal(watchLabel(60_000), '↻ 1 min');
});
