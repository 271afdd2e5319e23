// One action over many records: each sent once, at most four at a time, a 429 slowing the rest and counted as a
// failure (never resent), an unknown outcome told apart, and a stop that sends nothing new.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiError} from '../source/api/errors.js';
import {runBulk} from '../source/mutation/bulk-send.js';

/** A send whose answers the test gives, one item at a time. */
function controlled() {
	const waiting = new Map<number, {resolve: () => void; reject: (error: unknown) => void}>();
	const sent: number[] = [];
	let most = 0;
	const send = (item: number) =>
		new Promise<void>((resolve, reject) => {
			sent.push(item);
			waiting.set(item, {resolve, reject});
			most = Math.max(most, waiting.size);
		}).finally(() => waiting.delete(item));
	const until = async (check: () => boolean) => {
		while (!check()) await new Promise(resolve => setImmediate(resolve));
	};
	return {send, sent, waiting, until, most: () => most};
}

test('each item is sent once, four at a time, and each answer is reported as it comes', async () => {
	const {send, sent, waiting, until, most} = controlled();
	const seen: string[] = [];
	const run = runBulk([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], send, {
		onResult: (result, progress) => seen.push(`${result.item}:${progress.done}`),
	});
	while (sent.length < 10 || waiting.size > 0) {
		await until(() => waiting.size > 0);
		for (const [, answer] of waiting) answer.resolve();
		await until(() => true);
	}
	const report = await run.finished;
	assert.deepEqual(
		[...sent].sort((a, b) => a - b),
		[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
	);
	assert.equal(most(), 4);
	assert.equal(report.progress.done, 10);
	assert.deepEqual(report.unsent, []);
	assert.equal(seen.length, 10);
});

test('a 429 halves the requests at once and pauses for its Retry-After; it counts as failed and is not sent again', async () => {
	const {send, sent, waiting, until} = controlled();
	const pauses: number[] = [];
	let endPause: () => void = () => undefined;
	const sleep = (ms: number) => {
		pauses.push(ms);
		return new Promise<void>(resolve => (endPause = resolve));
	};
	const run = runBulk([1, 2, 3, 4, 5, 6, 7, 8], send, {sleep});
	await until(() => waiting.size === 4);
	waiting.get(1)!.reject(new ApiError({kind: 'http', status: 429, message: 'slow down', retryAfterMs: 1500}));
	waiting.get(2)!.resolve();
	await until(() => pauses.length === 1);
	assert.deepEqual(pauses, [1500]);
	assert.equal(sent.length, 4, 'nothing new is sent during the pause');
	endPause();
	for (let round = 0; round < 10 && (sent.length < 8 || waiting.size > 0); round++) {
		await until(() => waiting.size > 0);
		// The two sent before the 429 answer in the first round; from then on, two at a time.
		if (round > 0) assert.ok(waiting.size <= 2, `at most two at once after the 429: ${waiting.size}`);
		for (const [, answer] of waiting) answer.resolve();
		await until(() => true);
	}
	const report = await run.finished;
	assert.equal(sent.filter(item => item === 1).length, 1, 'the refused one is not resent');
	assert.deepEqual(
		report.results.filter(result => result.status === 'failed').map(result => result.item),
		[1],
	);
	assert.equal(report.progress.done, 7);
});

test('a timeout is an unknown outcome; stop sends nothing new and names what was not sent', async () => {
	const {send, sent, waiting, until} = controlled();
	const run = runBulk([1, 2, 3, 4, 5, 6, 7, 8], send);
	await until(() => waiting.size === 4);
	waiting.get(1)!.reject(new ApiError({kind: 'timeout', message: 'no answer'}));
	await until(() => sent.length === 5);
	run.stop();
	for (const [, answer] of waiting) answer.resolve();
	const report = await run.finished;
	assert.equal(sent.length, 5);
	assert.deepEqual(report.unsent, [6, 7, 8]);
	assert.equal(report.results.find(result => result.item === 1)?.status, 'unknown');
	assert.deepEqual([report.progress.done, report.progress.unknown, report.progress.stopped], [4, 1, true]);
});
