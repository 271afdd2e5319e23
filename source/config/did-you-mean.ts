// Suggestions for a mistyped flag or command: the closest known spelling within two edits.

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			// A swap of two neighbours (--dmeo) is one slip of the fingers, not two.
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

const MAX_EDITS = 2;

/** The known word closest to `typed`, if any is within two edits; ties go to the first listed. */
export function didYouMean(typed: string, known: readonly string[]): string | undefined {
	let best: {word: string; distance: number} | undefined;
	for (const word of known) {
		const distance = editDistance(typed.toLowerCase(), word);
		if (distance <= MAX_EDITS && (!best || distance < best.distance)) best = {word, distance};
	}
	return best?.word;
}
