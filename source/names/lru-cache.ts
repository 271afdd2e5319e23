// A map that holds at most `capacity` entries, dropping the least recently used: a session that scrolls
// through 100,000 rows keeps memory flat while the rows near the cursor stay cached.
export class LruCache<K, V> {
	private readonly entries = new Map<K, V>();

	constructor(readonly capacity: number) {
		if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
	}

	get size(): number {
		return this.entries.size;
	}

	has(key: K): boolean {
		return this.entries.has(key);
	}

	/** The value, now the most recently used. */
	get(key: K): V | undefined {
		if (!this.entries.has(key)) return undefined;
		const value = this.entries.get(key) as V;
		// A Map iterates in insertion order: re-inserting makes it the newest.
		this.entries.delete(key);
		this.entries.set(key, value);
		return value;
	}

	set(key: K, value: V): void {
		this.entries.delete(key);
		this.entries.set(key, value);
		if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
	}

	clear(): void {
		this.entries.clear();
	}
}
