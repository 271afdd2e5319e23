// Own tiny PRNG so sandbox data and faults are reproducible across Node versions and machines.

/** 32-bit integer mix (murmur3 finaliser): turns (seed, index) into an independent stream seed. */
export function mix32(a: number, b = 0): number {
	let h = (a ^ Math.imul(b ^ 0x9e3779b9, 0x85ebca6b)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Random = {
	next(): number;
	int(maxExclusive: number): number;
	pick<T>(items: readonly T[]): T;
	chance(probability: number): boolean;
};

export function createRandom(seed: number): Random {
	const next = mulberry32(seed);
	const int = (maxExclusive: number) => Math.floor(next() * maxExclusive);
	return {
		next,
		int,
		pick: <T>(items: readonly T[]) => items[int(items.length)] as T,
		chance: probability => next() < probability,
	};
}
