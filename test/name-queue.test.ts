import assert from 'node:assert/strict';
import {test} from 'node:test';
import {NameQueue, type Clock, type NameOutcome} from '../source/names/name-queue.js';

/** Time that moves only when the test says so. */
class FakeClock implements Clock {
	private time = 0;
	private timers: Array<{at: number; run: () => void; handle: number}> = [];
	private nextHandle = 1;

	now(): number {
		return this.time;
	}

	setTimeout(run: () => void, ms: number): unknown {
		const handle = this.nextHandle++;
		this.timers.push({at: this.time + ms, run, handle});
		return handle;
	}

	clearTimeout(handle: unknown): void {
		this.timers = this.timers.filter(timer => timer.handle !== handle);
	}

	/** One timers phase of the event loop at `ms` from now: only timers already due run, not those they set. */
	timersPhase(ms: number): void {
		this.time += ms;
		const due = this.timers.filter(timer => timer.at <= this.time).sort((a, b) => a.at - b.at);
		this.timers = this.timers.filter(timer => !due.includes(timer));
		for (const timer of due) timer.run();
	}

	advance(ms: number): void {
		const until = this.time + ms;
		for (;;) {
			const due = this.timers.filter(timer => timer.at <= until).sort((a, b) => a.at - b.at)[0];
			if (!due) break;
			this.timers = this.timers.filter(timer => timer !== due);
			this.time = due.at;
			due.run();
		}
		this.time = until;
	}
}

/** A fetcher whose requests the test answers one by one. */
function fakeServer() {
	const pending = new Map<string, {resolve: (outcome: NameOutcome) => void; signal: AbortSignal}>();
	const asked: string[] = [];
	return {
		asked,
		pending,
		fetchName(id: string, signal: AbortSignal) {
			asked.push(id);
			return new Promise<NameOutcome>(resolve => pending.set(id, {resolve, signal}));
		},
		async answer(id: string, outcome: NameOutcome = {kind: 'name', name: `name of ${id}`}) {
			const request = pending.get(id);
			assert.ok(request, `${id} was asked for`);
			pending.delete(id);
			request.resolve(outcome);
			// The queue reacts in a promise continuation.
			await new Promise(resolve => setImmediate(resolve));
		},
	};
}

const ids = (from: number, count: number) => Array.from({length: count}, (_, index) => `id${from + index}`);

function setUp(options: {capacity?: number} = {}) {
	const clock = new FakeClock();
	const server = fakeServer();
	let changes = 0;
	const queue = new NameQueue({fetchName: server.fetchName, clock, restMs: 150, maxInFlight: 4, onChange: () => changes++, ...options});
	return {clock, server, queue, changes: () => changes};
}

test('the first screen is asked for at once, 4 at a time, until every row has its name', async () => {
	const {server, queue} = setUp();
	queue.show(ids(0, 10), 0);
	assert.deepEqual(server.asked, ids(0, 4));
	await server.answer('id0');
	assert.deepEqual(server.asked, ids(0, 5), 'an answer frees a slot for the next row');
	for (let index = 1; index < 10; index++) await server.answer(`id${index}`);
	assert.deepEqual(server.asked, ids(0, 10));
	assert.equal(queue.requestsInFlight, 0);
	assert.deepEqual(queue.lookup('id3'), {status: 'loaded', name: 'name of id3'});
});

test('after the first screen, names wait until the cursor has rested', async () => {
	const {clock, server, queue} = setUp();
	queue.show(ids(0, 2), 0);
	await server.answer('id0');
	await server.answer('id1');
	queue.show(ids(1, 2), 1);
	clock.advance(149);
	assert.deepEqual(server.asked, ['id0', 'id1'], 'not yet rested');
	clock.advance(1);
	assert.deepEqual(server.asked, ['id0', 'id1', 'id2'], 'only the row not cached yet');
});

test('a held key (moves faster than the rest time) starts no request, however far it goes', async () => {
	const {clock, server, queue} = setUp();
	queue.show(ids(0, 3), 0);
	for (const id of ids(0, 3)) await server.answer(id);
	for (let key = 1; key <= 2000; key++) {
		queue.show(ids(key, 3), key);
		clock.advance(33);
	}
	assert.equal(server.asked.length, 3);
	clock.advance(150);
	assert.deepEqual(server.asked.slice(3), ids(2000, 3), 'the screen where the key stopped');
});

test('keys read after a busy moment (the rest timer already due) still count as moving', async () => {
	const {clock, server, queue} = setUp();
	queue.show(ids(0, 2), 0);
	for (const id of ids(0, 2)) await server.answer(id);
	queue.show(ids(1, 2), 1);
	// The loop was blocked for 200 ms with a key waiting: its timers run first, then the key is read.
	clock.timersPhase(200);
	queue.moved();
	clock.timersPhase(0);
	assert.equal(server.asked.length, 2, 'no request between two keys of a held key');
	clock.advance(150);
	assert.deepEqual(server.asked, [...ids(0, 2), 'id2']);
});

test('a move during the first screen holds its remaining rows back too; answers in flight still land', async () => {
	const {clock, server, queue} = setUp();
	queue.show(ids(0, 8), 0);
	queue.show(ids(0, 8), 1);
	await server.answer('id0');
	assert.deepEqual(server.asked, ids(0, 4), 'a freed slot is not used while moving');
	assert.deepEqual(queue.lookup('id0'), {status: 'loaded', name: 'name of id0'});
	clock.advance(150);
	assert.deepEqual(server.asked, ids(0, 5));
});

test('showing the same rows and cursor again (a re-render) changes nothing', async () => {
	const {clock, server, queue} = setUp();
	queue.show(ids(0, 6), 0);
	queue.show(ids(0, 6), 0);
	await server.answer('id0');
	assert.deepEqual(server.asked, ids(0, 5), 'still resting: the freed slot is used at once');
	clock.advance(1000);
	assert.equal(server.asked.length, 5);
});

test('a failed name is kept as failed and not asked again', async () => {
	const {clock, server, queue} = setUp();
	queue.show(['a'], 0);
	await server.answer('a', {kind: 'failed'});
	assert.deepEqual(queue.lookup('a'), {status: 'failed'});
	queue.show(['a', 'b'], 1);
	clock.advance(150);
	assert.deepEqual(server.asked, ['a', 'b']);
});

test('a fetcher that throws or rejects counts as a failed name', async () => {
	const clock = new FakeClock();
	const queue = new NameQueue({
		clock,
		fetchName: id => {
			if (id === 'sync') throw new Error('boom');
			return Promise.reject(new Error('boom'));
		},
	});
	queue.show(['sync', 'async'], 0);
	await new Promise(resolve => setImmediate(resolve));
	assert.deepEqual(queue.lookup('sync'), {status: 'failed'});
	assert.deepEqual(queue.lookup('async'), {status: 'failed'});
});

test('a 429 pauses every name for its Retry-After, then the row is asked for again', async () => {
	const {clock, server, queue} = setUp();
	queue.show(ids(0, 6), 0);
	await server.answer('id0', {kind: 'rate-limited', retryAfterMs: 2000});
	assert.equal(queue.lookup('id0'), undefined, 'not failed: it is still to come');
	await server.answer('id1');
	assert.deepEqual(server.asked, ids(0, 4), 'no request while paused');
	clock.advance(1999);
	assert.equal(server.asked.length, 4);
	clock.advance(1);
	assert.deepEqual(server.asked, [...ids(0, 4), 'id0', 'id4']);
});

test('a 429 without Retry-After pauses for the default; a huge one is capped', async () => {
	const {clock, server, queue} = setUp();
	queue.show(['a', 'b'], 0);
	await server.answer('a', {kind: 'rate-limited', retryAfterMs: undefined});
	clock.advance(999);
	assert.deepEqual(server.asked, ['a', 'b']);
	clock.advance(1);
	assert.deepEqual(server.asked, ['a', 'b', 'a']);
	await server.answer('a', {kind: 'rate-limited', retryAfterMs: 10 ** 9});
	clock.advance(60_000);
	assert.deepEqual(server.asked, ['a', 'b', 'a', 'a']);
});

test('reset aborts what is in flight, drops every name, and asks for the next screen at once', async () => {
	const {server, queue} = setUp();
	queue.show(['a', 'b'], 0);
	await server.answer('a');
	const inFlight = server.pending.get('b')!;
	queue.reset();
	assert.equal(inFlight.signal.aborted, true);
	assert.equal(queue.lookup('a'), undefined);
	inFlight.resolve({kind: 'name', name: 'late'});
	await new Promise(resolve => setImmediate(resolve));
	assert.equal(queue.lookup('b'), undefined, 'an answer for the old list is dropped');
	queue.show(['a', 'b'], 0);
	assert.deepEqual(server.asked, ['a', 'b', 'a', 'b']);
});

test('names are bounded: the least recently used are dropped first', async () => {
	const {server, queue} = setUp({capacity: 3});
	queue.show(['a', 'b', 'c', 'd'], 0);
	for (const id of ['a', 'b', 'c', 'd']) await server.answer(id);
	assert.equal(queue.lookup('a'), undefined, 'the oldest of four, with room for three');
	assert.deepEqual(queue.lookup('d'), {status: 'loaded', name: 'name of d'});
});

test('every arrival is announced; after dispose nothing is asked or announced', async () => {
	const {clock, server, queue, changes} = setUp();
	queue.show(['a', 'b'], 0);
	await server.answer('a');
	assert.equal(changes(), 1);
	queue.dispose();
	assert.equal(server.pending.get('b')?.signal.aborted, true);
	queue.show(['c'], 1);
	clock.advance(1000);
	assert.deepEqual(server.asked, ['a', 'b']);
	assert.equal(changes(), 1);
});

test('the pause ends when its timer fires, even a moment before the wall clock says it is over', async () => {
	// Timers and Date.now() run on different clocks: a timer may fire a millisecond early by the wall clock.
	class EarlyClock extends FakeClock {
		override setTimeout(run: () => void, ms: number): unknown {
			return super.setTimeout(run, Math.max(0, ms - 1));
		}
	}
	const clock = new EarlyClock();
	const server = fakeServer();
	const queue = new NameQueue({fetchName: (id, signal) => server.fetchName(id, signal), clock, maxInFlight: 4});
	queue.show(['a', 'b'], 0);
	await server.answer('a', {kind: 'rate-limited', retryAfterMs: 1000});
	clock.advance(1000);
	assert.deepEqual(server.asked, ['a', 'b', 'a'], 'the row that met the 429 is asked for again');
});
