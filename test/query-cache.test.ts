import assert from 'node:assert/strict';
import {test} from 'node:test';
import {QueryCache} from '../source/data/query-cache.js';

/** A load the test answers by hand, counting its calls and seeing its aborts. */
function manualLoad() {
	const calls: Array<{signal: AbortSignal; answer: (value: number) => void}> = [];
	const load = (signal: AbortSignal) =>
		new Promise<number>(resolve => {
			calls.push({signal, answer: resolve});
		});
	return {calls, load};
}

const settled = () => new Promise(resolve => setImmediate(resolve));

test('two screens asking for one key share one request', async () => {
	const cache = new QueryCache();
	const {calls, load} = manualLoad();
	const key = ['log-messages', 'count', '1'];
	let told = 0;
	cache.subscribe(key, () => told++);
	cache.subscribe(key, () => told++);
	cache.load(key, load);
	cache.load(key, load);
	assert.equal(calls.length, 1);
	calls[0]!.answer(5);
	await settled();
	assert.deepEqual(cache.state(key), {status: 'loaded', value: 5});
	assert.equal(told, 2);
	cache.load(key, load);
	assert.equal(calls.length, 1, 'a loaded key is not asked again');
});

test('an invalidation by prefix forgets every key under it, tells its screens, and leaves the others', async () => {
	const cache = new QueryCache();
	const {calls, load} = manualLoad();
	const one = ['log-messages', 'count', '1'];
	const two = ['log-messages', 'count', '2'];
	const other = ['profiles', 'names'];
	const told: string[] = [];
	for (const key of [one, two, other]) cache.subscribe(key, () => told.push(key.join('/')));
	for (const key of [one, two, other]) cache.load(key, load);
	calls.forEach((call, index) => call.answer(index));
	await settled();
	told.length = 0;

	cache.invalidate(['log-messages']);
	assert.deepEqual(told.sort(), ['log-messages/count/1', 'log-messages/count/2']);
	assert.deepEqual(cache.state(one), {status: 'loading'});
	assert.deepEqual(cache.state(other), {status: 'loaded', value: 2});
	cache.load(one, load);
	assert.equal(calls.length, 4, 'asked again once invalidated');
});

test('a load under way when its data changes is aborted and its answer dropped', async () => {
	const cache = new QueryCache();
	const {calls, load} = manualLoad();
	const key = ['log-messages', 'count', '1'];
	cache.subscribe(key, () => {});
	cache.load(key, load);
	cache.invalidate(['log-messages']);
	assert.equal(calls[0]!.signal.aborted, true);
	calls[0]!.answer(5);
	await settled();
	assert.deepEqual(cache.state(key), {status: 'loading'}, 'the count from before the change is not shown');
	cache.load(key, load);
	calls[1]!.answer(4);
	await settled();
	assert.deepEqual(cache.state(key), {status: 'loaded', value: 4});
});

test('a failed load is shown as failed; the last screen to go aborts a load nobody waits for', async () => {
	const cache = new QueryCache();
	const key = ['log-messages', 'count', '1'];
	cache.subscribe(key, () => {});
	cache.load(key, async () => {
		throw new Error('503');
	});
	await settled();
	assert.equal(cache.state(key).status, 'failed');

	const {calls, load} = manualLoad();
	const other = ['log-messages', 'count', '2'];
	const leave = cache.subscribe(other, () => {});
	cache.load(other, load);
	leave();
	assert.equal(calls[0]!.signal.aborted, true);
});

test('a key no screen shows any more is forgotten: the next screen to show it reads it fresh', async () => {
	const cache = new QueryCache();
	const {calls, load} = manualLoad();
	const key = ['log-messages', 'count', '1'];
	const leave = cache.subscribe(key, () => {});
	cache.load(key, load);
	calls[0]!.answer(5);
	await settled();
	leave();
	assert.equal(cache.size, 0);
	cache.subscribe(key, () => {});
	assert.deepEqual(cache.state(key), {status: 'loading'});
	cache.load(key, load);
	assert.equal(calls.length, 2, 'asked again');
});
