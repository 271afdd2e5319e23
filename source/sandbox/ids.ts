// Record index <-> 19-digit int64 id, as a keyed Feistel permutation of 60 bits: ids look random,
// are unique by construction, and a retrieve decodes its id back to an index in O(1).
import {mix32} from './prng.js';

const HALF_BITS = 30;
const HALF_MASK = (1 << HALF_BITS) - 1;
const ROUNDS = 4;
// 1.3e18 + 2^60 < 2.5e18: every id has exactly 19 digits and fits a signed int64.
const BASE = 1_300_000_000_000_000_000n;
const DOMAIN = 1n << 60n;

function round(value: number, seed: number, r: number): number {
	return mix32(value, mix32(seed, r)) & HALF_MASK;
}

export function encodeId(index: number, seed: number): string {
	let left = Math.floor(index / 2 ** HALF_BITS) & HALF_MASK;
	let right = index & HALF_MASK;
	for (let r = 0; r < ROUNDS; r++) {
		[left, right] = [right, (left ^ round(right, seed, r)) >>> 0];
	}
	return (BASE + (BigInt(left) << BigInt(HALF_BITS)) + BigInt(right)).toString();
}

/** The index an id encodes, or undefined for anything that is not one of ours. */
export function decodeId(id: string, seed: number): number | undefined {
	if (!/^\d{19}$/.test(id)) return undefined;
	const value = BigInt(id) - BASE;
	if (value < 0n || value >= DOMAIN) return undefined;
	let left = Number(value >> BigInt(HALF_BITS));
	let right = Number(value & BigInt(HALF_MASK));
	for (let r = ROUNDS - 1; r >= 0; r--) {
		[left, right] = [(right ^ round(left, seed, r)) >>> 0, left];
	}
	return left * 2 ** HALF_BITS + right;
}
