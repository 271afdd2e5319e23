// Which press each key belongs to. A terminal repeats a key held down as the same key again and again, with
// no key-up between: those repeats belong to the press that began them, so holding a key is one press.
import {keyId, type Keypress} from './keypress.js';

/**
 * The same key again within this gap continues its press: key repeat runs at 10-50 keys/s after a first delay
 * of 250-660 ms, and reading an answer and pressing again takes longer. Erring long only asks for one more
 * press; erring short would send twice.
 */
export const REPEAT_GAP_MS = 400;

/**
 * A key's press: `id` tells one press from another (a claim drops the rest of that one only, not the other keys
 * typed in the same read), and `read` is the number of the read it began in (what an answer is compared with).
 */
export type Press = {id: number; read: number};

export type PressCounter = {
	/** Numbers one read (one `enqueue`) and gives each of its keys its press. */
	stamp: (keys: readonly Keypress[]) => Press[];
	/**
	 * An answer is on screen now. A single key before it and the same key again after it are two presses (a
	 * reply to the answer); a key already repeating before it goes on being held down. Returns the number of
	 * reads so far: a press above it began after the answer was on screen.
	 */
	answered: () => number;
	/**
	 * Press `press` sent a request as its key was delivered, with `waiting` more of its keys read but not yet
	 * delivered. From here it counts as repeating only through those and the keys that come after: quick
	 * separate presses before it (Enter through a form's steps) do not make a key typed after its answer a hold.
	 */
	claimed: (id: number, waiting: number) => void;
};

/** How many times the key at `index` comes in a row there: repeats pile up together, other keys are typed. */
function runLength(ids: readonly string[], index: number): number {
	let from = index;
	let to = index;
	while (from > 0 && ids[from - 1] === ids[index]) from--;
	while (to < ids.length - 1 && ids[to + 1] === ids[index]) to++;
	return to - from + 1;
}

export function createPressCounter(now: () => number): PressCounter {
	let reads = 0;
	let answeredAt = 0;
	let presses = 0;
	let last: {key: string; at: number; read: number; press: Press; count: number} | undefined;
	// A key already repeating goes on being held down when it comes again within the gap. The same key many
	// times in a row in one read is the repeats a stalled event loop let pile up: they go on with the press before them
	// whatever the gap, even one that sent a request and was counted anew (`claimed`), or a busy machine would
	// turn a key held through an answer into a second press.
	const continues = (key: string, at: number, inRead: number) =>
		last !== undefined && last.key === key && ((at - last.at < REPEAT_GAP_MS && (last.count > 1 || last.read > answeredAt)) || inRead > 1);
	return {
		stamp(keys) {
			reads++;
			const at = now();
			const ids = keys.map(key => keyId(key));
			return ids.map((key, index) => {
				const inRead = runLength(ids, index);
				last =
					last && continues(key, at, inRead)
						? {...last, at, read: reads, count: last.count + 1}
						: {key, at, read: reads, press: {id: ++presses, read: reads}, count: 1};
				return last.press;
			});
		},
		answered() {
			answeredAt = reads;
			return reads;
		},
		claimed(id, waiting) {
			if (last?.press.id === id) last = {...last, count: 1 + waiting};
		},
	};
}
