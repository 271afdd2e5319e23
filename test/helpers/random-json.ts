// Seeded random JSON values of every kind a hostile or broken server could put in a field: wrong types,
// nulls, huge and odd numbers, 100 KB strings, strings full of controls, deep and wide objects and lists.
import {Random} from '../../source/sandbox/prng.js';

// Controls, DEL, C1, bidi overrides and isolates, wide, combining and astral characters, and plain text.
const ALPHABET = [
	'a',
	'Z',
	'7',
	' ',
	'-',
	':',
	'.',
	'/',
	'"',
	'\\',
	'{',
	'}',
	'\u0000',
	'\u0007',
	'\t',
	'\n',
	'\r',
	'\u001B',
	'\u001B]0;',
	'\u001B]52;c;',
	'\u001B[2J',
	'\u007F',
	'\u0085',
	'\u009B',
	'\u009D',
	'\u202A',
	'\u202E',
	'\u2066',
	'\u2069',
	'\u200F',
	'\u2028',
	'東',
	'京',
	'é',
	'e\u0301',
	'👍🏽',
	'\uD800',
	'\u200D',
	'\uFEFF',
];

const NUMBERS = [0, -0, 1, -1, 42, 12_345, 2 ** 31, 2 ** 53 + 2, 2 ** 64, -(2 ** 63), 1e21, 1e308, -1e308, 5e-324, 0.1, 3.5];

const DATES = ['2022-06-29T19:23:59Z', '2022-06-29', 'not a date', '9999-99-99T99:99:99Z', '+275760-09-13T00:00:00.000Z'];

export function randomString(random: Random): string {
	if (random.chance(0.03)) return 'x'.repeat(100 * 1024);
	if (random.chance(0.1)) return random.pick(DATES);
	let text = '';
	for (let length = random.int(40); length > 0; length--) text += random.pick(ALPHABET);
	return text;
}

// JSON.parse takes any depth, JSON.stringify overflows the stack at some thousands of levels: values for
// the pure functions go deeper than one sent over HTTP can.
export type Limits = {maxLevels: number};

function deep(random: Random, {maxLevels}: Limits): unknown {
	let value: unknown = random.chance(0.5) ? {} : 'bottom';
	for (let level = 1 + random.int(maxLevels); level > 0; level--) value = random.chance(0.5) ? [value] : {nested: value};
	return value;
}

/** One random JSON value; `depth` bounds the ordinary nesting (deep() makes the extreme cases). */
export function randomJson(random: Random, limits: Limits, depth = 3): unknown {
	const kind = random.int(depth > 0 ? 10 : 6);
	switch (kind) {
		case 0:
			return null;
		case 1:
			return random.chance(0.5);
		case 2:
			return random.pick(NUMBERS);
		case 3:
		case 4:
		case 5:
			return randomString(random);
		case 6:
			return random.chance(0.05) ? deep(random, limits) : Array.from({length: random.int(5)}, () => randomJson(random, limits, depth - 1));
		case 7:
			return random.chance(0.02) ? Array.from({length: 5000}, (_, index) => index) : [randomString(random), randomString(random)];
		default: {
			const keys = ['__proto__', 'constructor', 'toString', 'channel_limit', 'outbound_voice_profile_id', randomString(random)];
			return Object.fromEntries(keys.slice(0, random.int(keys.length + 1)).map(key => [key, randomJson(random, limits, depth - 1)]));
		}
	}
}
