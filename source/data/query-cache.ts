// One keyed cache for reads that several screens show (a connection's log-message count, …): one request per key
// at a time, whatever number of screens ask, and a mutation invalidates by key prefix, so every screen showing that
// data reads it again, mounted or hidden under another. Plain TypeScript: React subscribes through use-query.ts.
import type {Load} from './load.js';

/** From the general to the particular: ['log-messages', 'count', connectionId]. */
export type QueryKey = readonly string[];

type Entry = {
	key: QueryKey;
	state: Load<unknown>;
	/** Bumped by each invalidation: a load started before it answers for data that may have changed. */
	generation: number;
	loading?: {generation: number; controller: AbortController};
	listeners: Set<() => void>;
};

const idOf = (key: QueryKey) => JSON.stringify(key);
const startsWith = (key: QueryKey, prefix: QueryKey) => prefix.every((part, index) => key[index] === part);

export class QueryCache {
	readonly #entries = new Map<string, Entry>();

	/** What is known of `key`: loading until a load has answered since the last invalidation. */
	state<T>(key: QueryKey): Load<T> {
		return (this.#entries.get(idOf(key))?.state ?? {status: 'loading'}) as Load<T>;
	}

	/** Loads `key` unless it is loaded or being loaded: a second screen asking shares the first one's request. */
	load(key: QueryKey, load: (signal: AbortSignal) => Promise<unknown>): void {
		const entry = this.#entry(key);
		if (entry.state.status !== 'loading' || entry.loading?.generation === entry.generation) return;
		const controller = new AbortController();
		const generation = entry.generation;
		entry.loading = {generation, controller};
		const settle = (state: Load<unknown>) => {
			if (entry.loading?.controller === controller) entry.loading = undefined;
			if (controller.signal.aborted || generation !== entry.generation) return;
			entry.state = state;
			for (const listener of [...entry.listeners]) listener();
		};
		load(controller.signal).then(
			value => settle({status: 'loaded', value}),
			(error: unknown) => settle({status: 'failed', error}),
		);
	}

	/** Everything under `prefix` may have changed: forgotten, and each screen showing it told to load it again. */
	invalidate(prefix: QueryKey): void {
		for (const entry of [...this.#entries.values()]) {
			if (!startsWith(entry.key, prefix)) continue;
			entry.generation++;
			entry.loading?.controller.abort();
			entry.loading = undefined;
			entry.state = {status: 'loading'};
			for (const listener of [...entry.listeners]) listener();
		}
	}

	/**
	 * Told whenever `key`'s state changes. When the last screen showing it goes, it is forgotten (a load nobody
	 * waits for aborted): a screen opened later reads it fresh, as it would without the cache.
	 */
	subscribe(key: QueryKey, listener: () => void): () => void {
		const entry = this.#entry(key);
		entry.listeners.add(listener);
		return () => {
			entry.listeners.delete(listener);
			if (entry.listeners.size > 0) return;
			entry.loading?.controller.abort();
			if (this.#entries.get(idOf(key)) === entry) this.#entries.delete(idOf(key));
		};
	}

	/** Entries held: only keys some screen shows. */
	get size(): number {
		return this.#entries.size;
	}

	#entry(key: QueryKey): Entry {
		const id = idOf(key);
		let entry = this.#entries.get(id);
		if (!entry) {
			entry = {key, state: {status: 'loading'}, generation: 0, listeners: new Set()};
			this.#entries.set(id, entry);
		}
		return entry;
	}
}
