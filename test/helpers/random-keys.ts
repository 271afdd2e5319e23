// Seeded keystrokes for the random-keys test: a fixed sequence per seed, whatever the app does with them.
import {KEYS} from './keys.js';

/** mulberry32: small, fast and good enough to spread keys; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const PRINTABLE = Array.from({length: 0x7e - 0x20 + 1}, (_, index) => String.fromCharCode(0x20 + index));
// Ctrl+A..Ctrl+Z except Ctrl+C, which ends the app (its own tests cover it). Includes Tab, LF, CR and Ctrl+H.
const CONTROL = Array.from({length: 26}, (_, index) => String.fromCharCode(index + 1)).filter(key => key !== KEYS.ctrlC);
const WIDE_OR_ACCENTED = ['é', 'ß', '日', '本', '→'];
const DELETE = '\u001B[3~';

// Weights bias the walk toward the keys that open and leave screens, so it keeps reaching the detail view,
// the filter form, the help and the create wizard instead of drifting in one text field. A bare 'q' quits
// from the list, detail and help: it stays in (the test restarts the app), kept rare so walks stay long.
const WEIGHTED: Array<[weight: number, pick: (random: () => number) => string]> = [
	[10, () => KEYS.down],
	[5, () => KEYS.up],
	[2, () => KEYS.pageDown],
	[2, () => KEYS.pageUp],
	[1, () => KEYS.home],
	[1, () => KEYS.end],
	[2, () => KEYS.left],
	[3, () => KEYS.right],
	[14, () => KEYS.enter],
	[7, () => KEYS.escape],
	[3, () => KEYS.tab],
	[1, () => KEYS.shiftTab],
	[3, () => KEYS.backspace],
	[1, () => DELETE],
	[4, () => '/'],
	[2, () => 'c'],
	[3, () => '?'],
	[1, () => 'x'],
	[1, () => 'r'],
	[2, () => 'j'],
	[1, () => 'k'],
	[0.5, () => 'g'],
	[0.5, () => 'G'],
	[1, () => 'J'],
	[1, () => 'E'],
	[0.5, () => 'y'],
	[1, () => ' '],
	[0.5, () => 'v'],
	[0.2, () => '*'],
	[0.4, () => 'D'],
	[0.3, () => '+'],
	[0.3, () => 'L'],
	[0.15, () => 'q'],
	[3, random => pickFrom(CONTROL, random)],
	[
		10,
		random =>
			pickFrom(
				PRINTABLE.filter(key => key !== 'q'),
				random,
			),
	],
	[0.5, random => pickFrom(WIDE_OR_ACCENTED, random)],
];
const TOTAL_WEIGHT = WEIGHTED.reduce((sum, [weight]) => sum + weight, 0);

function pickFrom<T>(items: readonly T[], random: () => number): T {
	return items[Math.floor(random() * items.length)]!;
}

const run = (key: string, length: number): string[][] => Array.from({length}, () => [key]);

function oneKey(random: () => number): string {
	let roll = random() * TOTAL_WEIGHT;
	for (const [weight, pick] of WEIGHTED) {
		roll -= weight;
		if (roll < 0) return pick(random);
	}
	return KEYS.enter;
}

/**
 * `count` writes for the terminal, each the keys it carries. Most carry one key; about one in 50 carries 2–4
 * at once, as a paste or a fast typist does (each key must still see the state the previous one left); and
 * now and then a run of single Escs walks back out of a deep wizard step or form, as a lost user would, or
 * a run of Enters accepts the wizard's defaults all the way to Submit.
 */
export function randomKeystrokes(seed: number, count: number): string[][] {
	const random = seededRandom(seed);
	const writes: string[][] = [];
	while (writes.length < count) {
		const roll = random();
		if (roll < 0.02) writes.push(Array.from({length: 2 + Math.floor(random() * 3)}, () => oneKey(random)));
		else if (roll < 0.045) writes.push(...run(KEYS.escape, 2 + Math.floor(random() * 10)));
		else if (roll < 0.055) writes.push(...run(KEYS.enter, 3 + Math.floor(random() * 12)));
		else writes.push([oneKey(random)]);
	}
	return writes.slice(0, count);
}
