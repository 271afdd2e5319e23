// Glue between the API module and the page cache: the list's rows for the current filters, observable by React.
import type {ApiClient, RetryNotice} from './api/client.js';
import type {ExternalConnection, ListFilters} from './api/types.js';
import {PageCache} from './paging/page-cache.js';
import {NameQueue} from './names/name-queue.js';
import {nameFetcher} from './names/fetch-name.js';

export type ListStore = {
	readonly cache: PageCache<ExternalConnection>;
	/** The names of the rows on screen; undefined when the name column is off (--no-names). */
	readonly names: NameQueue | undefined;
	/** The retry the API module is waiting on for a list page, shown as "retrying 2/3…". */
	readonly retryNotice: RetryNotice | undefined;
	readonly generation: number;
	subscribe(listener: () => void): () => void;
	/** Changes whenever anything the list shows may have changed. */
	snapshot(): number;
	/** Starts over for a navigation generation; a second call for the same generation does nothing. */
	load(generation: number, filters: ListFilters): void;
	dispose(): void;
};

export type ListStoreOptions = {pageSize: number; prefetchRows: number; maxResidentPages: number; names?: boolean};

export function createListStore(client: ApiClient, options: ListStoreOptions): ListStore {
	const listeners = new Set<() => void>();
	let filters: ListFilters = {};
	let generation = 0;
	let retryNotice: RetryNotice | undefined;
	let version = 0;
	const notify = () => {
		version++;
		for (const listener of listeners) listener();
	};
	const setRetryNotice = (notice: RetryNotice | undefined) => {
		if (notice === retryNotice) return;
		retryNotice = notice;
		notify();
	};

	const cache = new PageCache<ExternalConnection>({
		pageSize: options.pageSize,
		prefetchRows: options.prefetchRows,
		maxResidentPages: options.maxResidentPages,
		onChange: notify,
		async fetchPage(pageNumber, pageSize, signal) {
			try {
				const page = await client.listExternalConnections(
					{pageNumber, pageSize, filters},
					{signal, onRetry: setRetryNotice},
				);
				return {rows: page.data, total: page.meta.total_results};
			} finally {
				setRetryNotice(undefined);
			}
		},
	});

	const names = options.names === false ? undefined : new NameQueue({fetchName: nameFetcher(client), onChange: notify});

	return {
		cache,
		names,
		get retryNotice() {
			return retryNotice;
		},
		get generation() {
			return generation;
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		snapshot: () => version,
		load(nextGeneration, nextFilters) {
			if (nextGeneration === generation) return;
			generation = nextGeneration;
			filters = nextFilters;
			cache.reset();
			// A refresh asks for names again too: one may have been renamed.
			names?.reset();
		},
		dispose() {
			listeners.clear();
			cache.dispose();
			names?.dispose();
		},
	};
}
