// Seeded key sequences for the equivalence test: walks over the list, the filter form, the create wizard,
// the edit form, the delete confirmation, the help and the start screen, each sequence a list of single keys.
import {KEYS} from './keys.js';
import {seededRandom} from './random-keys.js';

const F1 = '\u001BOP';
const DELETE = '\u001B[3~';
const CTRL = {a: '\u0001', e: '\u0005', k: '\u000B', u: '\u0015', w: '\u0017'};
const LETTERS = [...'abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789-.:/_ ']; // no q: it quits
const BROWSE = [
	KEYS.down,
	KEYS.up,
	'j',
	'k',
	KEYS.pageDown,
	KEYS.pageUp,
	'g',
	'G',
	KEYS.home,
	KEYS.end,
	KEYS.enter,
	KEYS.escape,
	'J',
	'y',
	'?',
	F1,
	'r',
	'x',
	KEYS.backspace,
];
const EDIT = [
	KEYS.backspace,
	KEYS.left,
	KEYS.right,
	KEYS.tab,
	KEYS.shiftTab,
	DELETE,
	CTRL.a,
	CTRL.e,
	CTRL.k,
	CTRL.u,
	CTRL.w,
	KEYS.home,
	KEYS.end,
];
const WIZARD = [KEYS.enter, KEYS.enter, KEYS.enter, KEYS.down, KEYS.up, KEYS.escape, KEYS.pageDown, KEYS.pageUp, '1', '2', F1];
const MENU = [KEYS.down, KEYS.up, KEYS.enter, KEYS.escape, 'j', 'k'];

// After a lone Esc these would join it into one Alt+key or escape sequence in a single read, which a
// terminal sends for Alt+b, Alt+←, … ; a person typing Esc then b one second apart means two keys.
const JOINS_AN_ESCAPE = new Set(['[', 'O', 'b', 'f', 'd', KEYS.backspace, KEYS.left, KEYS.right]);

export type Walk = 'browse' | 'filter' | 'wizard' | 'submit' | 'edit' | 'delete' | 'bulk' | 'leave' | 'start';

function pick<T>(items: readonly T[], random: () => number): T {
	return items[Math.floor(random() * items.length)]!;
}

function keysOf(walk: Walk, random: () => number): string[] {
	const some = (pool: readonly string[], min: number, max: number) =>
		Array.from({length: min + Math.floor(random() * (max - min + 1))}, () => pick(pool, random));
	const text = () => some(LETTERS, 1, 8);
	switch (walk) {
		case 'browse':
			return some(BROWSE, 3, 7);
		case 'filter':
			return ['/', ...some(LETTERS, 1, 5), ...some(EDIT, 1, 3), ...some(LETTERS, 0, 3), pick([KEYS.enter, KEYS.escape], random)];
		case 'wizard':
			return ['c', ...some(WIZARD, 2, 5), ...some(LETTERS, 1, 4), ...some(WIZARD, 1, 5)];
		case 'submit':
			// Through every step on its defaults (a profile picked on the way) to the review, then one of its choices.
			return [
				'c',
				KEYS.enter,
				KEYS.down,
				KEYS.down,
				...Array.from({length: 9}, () => KEYS.enter),
				...pick([[KEYS.enter], [KEYS.down, KEYS.enter], [KEYS.down, KEYS.down, KEYS.enter]], random),
			];
		case 'edit':
			// Open a row, edit it: steps, typing, Enter into the review and maybe Submit.
			return [KEYS.enter, 'e', ...some(WIZARD, 2, 6), ...some(LETTERS, 0, 4), ...some(WIZARD, 1, 8)];
		case 'delete':
			// Open a row, ask to delete it: Enter alone cancels; ↓ Enter deletes or meets Telnyx's refusal. Not Enter
			// again right after the one that sends: in one write it is the same press and dropped (a burst never
			// answers what it caused), typed 40 ms later it answers the refusal or not depending on how fast it came.
			return [KEYS.enter, 'd', ...pick([[KEYS.enter], [KEYS.down, KEYS.enter], [KEYS.down, KEYS.enter, KEYS.down], [KEYS.escape]], random)];
		case 'bulk': {
			// Marks (Space, a range with v) on the main list, then one bulk action's confirmation: Enter alone cancels,
			// ↓ Enter sends. It ends there: an Esc in the same write would stop the sending, 40 ms later close its summary.
			const marks = some([' ', ' ', 'j', 'v'], 2, 6);
			const answer = pick([[KEYS.enter], [KEYS.down, KEYS.enter], [KEYS.escape]], random);
			const action = pick([['D'], ['E'], ['d'], ['+', ...text(), KEYS.enter], ['-', ...text(), KEYS.enter]], random);
			return [...marks, ...action, ...answer];
		}
		case 'leave':
			return [...some([KEYS.escape], 1, 8), ...(random() < 0.5 ? [KEYS.down, KEYS.enter] : [])];
		case 'start':
			return [...some(MENU, 1, 3), ...text(), ...some(EDIT, 0, 2), ...some(MENU, 1, 3)];
	}
}

function separateEscapes(keys: string[], random: () => number): string[] {
	return keys.map((key, index) =>
		index > 0 && keys[index - 1] === KEYS.escape && JOINS_AN_ESCAPE.has(key) ? pick(['j', KEYS.down], random) : key,
	);
}

/** `count` sequences over the running app (browse, filter, wizard, leave), the same for the same seed. */
export function equivalenceSequences(seed: number, count: number): Array<{walk: Walk; keys: string[]}> {
	const random = seededRandom(seed);
	const walks: Walk[] = ['browse', 'browse', 'filter', 'wizard', 'submit', 'edit', 'delete', 'bulk', 'leave'];
	return Array.from({length: count}, () => {
		const walk = pick(walks, random);
		return {walk, keys: separateEscapes(keysOf(walk, random), random)};
	});
}

/** Sequences for the start screen, each typed into a fresh one. */
export function startScreenSequences(seed: number, count: number): string[][] {
	const random = seededRandom(seed);
	return Array.from({length: count}, () => separateEscapes(keysOf('start', random), random));
}
