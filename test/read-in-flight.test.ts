// readInFlight: many reads a few at a time, answers in the order asked, and the first failure stops the rest.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readInFlight} from '../source/paging/read-in-flight.js';

/** Reads that answer only when told to, so the test decides the order answers come in. */
function heldReads() {
	const waiting = new Map<number, {answer: () => void; fail: (error: Error) => void; signal: AbortSignal}>();
	let most = 0;
	const read = (item: number, signal: AbortSignal) =>
		new Promise<string>((resolve, reject) => {
			waiting.set(item, {answer: () => resolve(`answer ${item}`), fail: reject, signal});
			most = Math.max(most, waiting.size);
		}).finally(() => waiting.delete(item));
	return {read, waiting, mostAtOnce: () => most};
}

const turn = () => new Promise(resolve => setImmediate(resolve));

test('keeps at most the given number in flight, and answers in the order asked, whatever order they came in', async () => {
	const {read, waiting, mostAtOnce} = heldReads();
	const all = readInFlight([1, 2, 3, 4, 5, 6, 7], 3, new AbortController().signal, read);
	await turn();
	assert.deepEqual([...waiting.keys()], [1, 2, 3]);
	for (const item of [3, 1, 2, 6, 5, 4, 7]) {
		while (!waiting.has(item)) await turn();
		waiting.get(item)!.answer();
	}
	assert.deepEqual(
		await all,
		[1, 2, 3, 4, 5, 6, 7].map(item => `answer ${item}`),
	);
	assert.equal(mostAtOnce(), 3);
});

test('the first failure is the error of the whole: the reads in flight are aborted and no new one starts', async () => {
	const {read, waiting} = heldReads();
	const started: number[] = [];
	const all = readInFlight([1, 2, 3, 4, 5], 2, new AbortController().signal, (item, signal) => {
		started.push(item);
		return read(item, signal);
	});
	await turn();
	const second = waiting.get(2)!;
	waiting.get(1)!.fail(new Error('404 not found'));
	await assert.rejects(all, /404 not found/);
	assert.equal(second.signal.aborted, true, 'the other read was told to stop');
	assert.deepEqual(started, [1, 2]);
});

test('nothing to read is nothing read; a caller that stopped starts none and is told why', async () => {
	assert.deepEqual(await readInFlight([], 4, new AbortController().signal, () => Promise.reject(new Error('never'))), []);
	const gone = new AbortController();
	gone.abort(new Error('interrupted'));
	let reads = 0;
	const none = readInFlight([1, 2], 4, gone.signal, async () => {
		reads++;
		return 0;
	});
	await assert.rejects(none, /interrupted/);
	assert.equal(reads, 0);
});
