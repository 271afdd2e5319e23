// Which phone numbers each seeded connection has, derived from (index, seed, count) alone, and the
// way back from a number to its connection so the list's phone filter needs no scan.
//
// The newest seeded connection has 10,000 numbers (to page through), a few next to it hundreds;
// those are Operator Connect connections with numbers in consecutive blocks. Of the rest, 40 % have 1-3.
import {mix32, Random} from '../prng.js';

type Large = {offset: number; numbers: number; block: string};
// offset counts from the newest seeded connection; each block plus 4 digits is a full E.164 number,
// in ranges that no small connection's prefix covers.
const LARGE: readonly Large[] = [
	{offset: 0, numbers: 10_000, block: '+44113496'},
	{offset: 1, numbers: 480, block: '+1212555'},
	{offset: 2, numbers: 250, block: '+4989123'},
	{offset: 4, numbers: 730, block: '+3312345'},
];
// Each prefix plus 7 digits is a full E.164 number (US, UK, DE, AU, NL).
const PREFIXES = ['+1312', '+1415', '+1646', '+44207', '+49301', '+6129', '+3120'] as const;
const PHONES = 0x9407;
const MOD = 10_000_000;
const STEP = 7919;

// 7919 is coprime with 10^7, so the suffix formula below can be run backwards.
const STEP_INVERSE = (() => {
	let [r0, r1, t0, t1] = [MOD, STEP, 0, 1];
	while (r1 !== 0) {
		const q = Math.floor(r0 / r1);
		[r0, r1, t0, t1] = [r1, r0 - q * r1, t1, t0 - q * t1];
	}
	return ((t0 % MOD) + MOD) % MOD;
})();

function largeOf(index: number, count: number): Large | undefined {
	return LARGE.find(large => large.offset < count && index === count - 1 - large.offset);
}

export function isLargeConnection(index: number, count: number): boolean {
	return largeOf(index, count) !== undefined;
}

function smallPlan(index: number, seed: number): {prefix: string; numbers: number} {
	const random = new Random(mix32(mix32(seed, PHONES), index));
	if (!random.chance(0.4)) return {prefix: '', numbers: 0};
	const prefix = random.pick(PREFIXES);
	return {prefix, numbers: 1 + random.int(3)};
}

export function phoneNumberCount(index: number, seed: number, count: number): number {
	return largeOf(index, count)?.numbers ?? smallPlan(index, seed).numbers;
}

/** The k-th number (0-based) of a connection that has more than k. */
export function phoneNumberAt(index: number, k: number, seed: number, count: number): string {
	const large = largeOf(index, count);
	if (large) return large.block + String(k).padStart(4, '0');
	// Distinct (index, k) give distinct suffixes below 3.3M records.
	const suffix = ((index * 3 + k) * STEP + (seed % 1000)) % MOD;
	return smallPlan(index, seed).prefix + String(suffix).padStart(7, '0');
}

export function seededPhoneNumbers(index: number, seed: number, count: number): string[] {
	return Array.from({length: phoneNumberCount(index, seed, count)}, (_, k) => phoneNumberAt(index, k, seed, count));
}

/** The seeded connection index and k of a number, or undefined when no connection has it. */
export function ownerOfPhoneNumber(number: string, seed: number, count: number): {index: number; k: number} | undefined {
	for (const large of LARGE) {
		if (large.offset >= count || !number.startsWith(large.block)) continue;
		const rest = number.slice(large.block.length);
		const k = Number(rest);
		if (/^\d{4}$/.test(rest) && k < large.numbers) return {index: count - 1 - large.offset, k};
	}
	for (const prefix of PREFIXES) {
		const rest = number.slice(prefix.length);
		if (!number.startsWith(prefix) || !/^\d{7}$/.test(rest)) continue;
		const n = (((((Number(rest) - (seed % 1000)) % MOD) + MOD) % MOD) * STEP_INVERSE) % MOD;
		const [index, k] = [Math.floor(n / 3), n % 3];
		if (index < count && k < phoneNumberCount(index, seed, count) && phoneNumberAt(index, k, seed, count) === number) {
			return {index, k};
		}
	}
	return undefined;
}
