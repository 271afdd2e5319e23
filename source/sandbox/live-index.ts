// Record indexes 0..size-1 listed from the highest down, with deletions: position <-> index in
// O(log deletions), and memory that grows with the deletions alone, so 10M seeded records cost nothing.
export type LiveIndex = {
	/** Live records. */
	readonly total: number;
	/** The index at a list position (0 = highest live index), or undefined past the end. */
	indexAt(position: number): number | undefined;
	isLive(index: number): boolean;
	/** Makes room for one more index (size) at the top of the list. */
	grow(): number;
	remove(index: number): void;
};

export function createLiveIndex(initialSize: number): LiveIndex {
	let size = initialSize;
	// Deleted indexes, highest first; deletions are rare, so a sorted array beats a tree here.
	const deleted: number[] = [];
	const deletedSet = new Set<number>();

	// How many deleted indexes lie above the index at `position`: the first j at which the deletions
	// before it no longer come before the position (live records before deleted[j] = size-1-deleted[j]-j).
	const deletedAbove = (position: number): number => {
		let low = 0;
		let high = deleted.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (size - 1 - (deleted[mid] as number) - mid <= position) low = mid + 1;
			else high = mid;
		}
		return low;
	};

	return {
		get total() {
			return size - deleted.length;
		},
		indexAt(position) {
			if (!Number.isInteger(position) || position < 0 || position >= size - deleted.length) return undefined;
			return size - 1 - position - deletedAbove(position);
		},
		isLive: index => Number.isInteger(index) && index >= 0 && index < size && !deletedSet.has(index),
		grow: () => size++,
		remove(index) {
			if (deletedSet.has(index) || index < 0 || index >= size) return;
			deletedSet.add(index);
			let low = 0;
			let high = deleted.length;
			while (low < high) {
				const mid = (low + high) >>> 1;
				if ((deleted[mid] as number) > index) low = mid + 1;
				else high = mid;
			}
			deleted.splice(low, 0, index);
		},
	};
}
