import assert from 'node:assert/strict';
import {describe, it, test} from 'node:test';
import {createPressCounter, REPEAT_GAP_MS, type Press} from '../source/input/presses.js';
import type {Keypress} from '../source/input/keypress.js';
import {createKeySplitter} from '../source/input/split-keys.js';

const keysOf = (input: string): Keypress[] => {
	const splitter = createKeySplitter();
	return [...splitter.push(input), ...splitter.flush()];
};

/** The read each press began in: what an answer is compared with. */
const readsOf = (presses: Press[]) => presses.map(press => press.read);

function setup() {
	let clock = 0;
	const counter = createPressCounter(() => clock);
	return {counter, at: (ms: number) => (clock = ms)};
}

describe('createPressCounter', () => {
	it('gives the same key repeated in one read one press, and a different key its own', () => {
		const {counter} = setup();
		assert.deepEqual(readsOf(counter.stamp(keysOf('RRRRR'))), [1, 1, 1, 1, 1]);
		const [j, r] = counter.stamp(keysOf('jR'));
		assert.deepEqual([j!.read, r!.read], [2, 2], 'both began in the second read');
		assert.notEqual(j!.id, r!.id, 'two presses: a claim on one leaves the other');
		assert.equal(new Set(counter.stamp(keysOf('\rd\u001B[B\r\u001B[B')).map(press => press.id)).size, 5);
	});

	it('a key held down (repeats closer than the gap) stays one press across reads and across an answer', () => {
		const {counter, at} = setup();
		const presses: number[] = [];
		for (let ms = 0; ms < 1000; ms += 33) {
			at(ms);
			presses.push(...readsOf(counter.stamp(keysOf('t'))));
			if (ms === 495) counter.answered();
		}
		assert.deepEqual(new Set(presses), new Set([1]));
	});

	it('the same key after a pause as long as the gap is a new press', () => {
		const {counter, at} = setup();
		counter.stamp(keysOf('R'));
		at(REPEAT_GAP_MS);
		assert.deepEqual(readsOf(counter.stamp(keysOf('R'))), [2]);
	});

	it('a single key, an answer, then the same key again soon: a reply to the answer, a new press', () => {
		const {counter, at} = setup();
		counter.stamp(keysOf('\r'));
		const shownAt = counter.answered();
		at(40);
		const [press] = readsOf(counter.stamp(keysOf('\r')));
		assert.ok(press! > shownAt);
	});

	it('keys read before an answer all have presses at or below what answered() returns', () => {
		const {counter, at} = setup();
		const before = [
			...readsOf(counter.stamp(keysOf('\r'))),
			...(at(10), readsOf(counter.stamp(keysOf('j')))),
			...(at(20), readsOf(counter.stamp(keysOf('\r')))),
		];
		const shownAt = counter.answered();
		assert.ok(before.every(press => press <= shownAt));
	});
});

test('a key held down through a stall: the repeats that piled up arrive in one read, still the same press', () => {
	let clock = 0;
	const counter = createPressCounter(() => clock);
	counter.stamp(keysOf('R'));
	clock = 33;
	counter.stamp(keysOf('R'));
	counter.answered();
	clock = 1500;
	assert.deepEqual(
		readsOf(counter.stamp(keysOf('RRRRRRRRRR'))),
		Array.from({length: 10}, () => 1),
	);
	clock = 3000;
	assert.deepEqual(readsOf(counter.stamp(keysOf('R'))), [4], 'one key after a pause: a new press');
});

test('quick separate presses, then one that sends: a key soon after its answer is a reply, not a hold', () => {
	let clock = 0;
	const counter = createPressCounter(() => clock);
	for (const ms of [0, 100, 200]) {
		clock = ms;
		counter.stamp(keysOf('\r'));
	}
	counter.claimed(1, 0);
	const shownAt = counter.answered();
	clock = 250;
	const [press] = readsOf(counter.stamp(keysOf('\r')));
	assert.ok(press! > shownAt, 'a new press');
});

test('the same key twice in one read but with other keys between is typed, not piled-up repeats: a new press', () => {
	let clock = 0;
	const counter = createPressCounter(() => clock);
	const [sent] = counter.stamp(keysOf('\r'));
	counter.claimed(sent!.id, 0);
	counter.answered();
	// Long after: Enter on the answer, then other keys, then Enter again, all in one read.
	clock = 5000;
	const presses = counter.stamp(keysOf('\rd\u001B[B\r\u001B[B'));
	assert.ok(
		presses.every(press => press.id !== sent!.id),
		'no key goes on with the press that sent',
	);
	assert.equal(new Set(presses.map(press => press.id)).size, 5);
});

test('a press that sends with its repeats still waiting stays a hold after the answer', () => {
	let clock = 0;
	const counter = createPressCounter(() => clock);
	counter.stamp(keysOf('\r\r\r\r\r'));
	counter.claimed(1, 4);
	counter.answered();
	clock = 50;
	assert.deepEqual(readsOf(counter.stamp(keysOf('\r'))), [1]);
});

test('repeats piled up in one read after a stall go on with the press that sent, however long the stall', () => {
	let clock = 0;
	const counter = createPressCounter(() => clock);
	counter.stamp(keysOf('\r'));
	counter.claimed(1, 0);
	counter.answered();
	// The event loop was busy drawing the answer for a second while the key stayed down.
	clock = 1000;
	assert.deepEqual(readsOf(counter.stamp(keysOf('\r\r\r\r'))), [1, 1, 1, 1]);
	clock = 1030;
	assert.deepEqual(readsOf(counter.stamp(keysOf('\r'))), [1], 'and so do the repeats after them');
	clock = 3000;
	assert.ok(readsOf(counter.stamp(keysOf('\r')))[0]! > 1, 'one key alone after a pause is a new press');
});
