// Glue between the API module and the page cache: one resource's rows for the current filters, observable
// by React. Screens read rows and change them only through this; the cache stays behind it.
import type {ApiClient, RetryNotice} from '../api/client.js';
import type {FilterValues} from '../api/types.js';
import {PageCache, type RowState, type TotalState} from '../paging/page-cache.js';
import {NameQueue} from '../names/name-queue.js';
import {FilteredScan} from '../paging/filtered-scan.js';
import type {Resource} from './resource.js';
import {collectRows, type CollectProgress} from './collect-rows.js';

// `any` by default: the app holds stores of every resource, each read through its own resource's functions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the app holds stores of every resource, each row read through its own resource
export type ResourceStore<Row = any> = {
	readonly resource: Resource<Row>;
	/** The parent record of a sub-list (the connection whose phone numbers these are). */
	readonly parentId: string | undefined;
	/** The names of the rows on screen; undefined when the resource has no name column or it is off (--no-names). */
	readonly names: NameQueue | undefined;
	/** The retry the API module is waiting on for a list page, shown as "retrying 2/3…". */
	readonly retryNotice: RetryNotice | undefined;
	readonly generation: number;
	readonly total: number | undefined;
	readonly totalState: TotalState;
	readonly lastError: unknown;
	readonly inFlight: number;
	rowAt(index: number): Row | undefined;
	rowState(index: number): RowState;
	/** The held row with this key, if any. */
	find(key: string): Row | undefined;
	/** Every row held now (a few pages at most), by key. */
	heldRows(): Map<string, Row>;
	/** Every row that matches the filters, read for the occasion (mark them all); the held pages stay as they are. */
	collectAll(options: {signal: AbortSignal; onProgress?: (progress: CollectProgress) => void}): Promise<Array<{id: string; row: Row}>>;
	/** The rows on screen: their pages (and a prefetch) are fetched, far ones evicted. */
	view(firstRow: number, lastRow: number): void;
	/** Asks again for the pages that failed. */
	retry(): void;
	/** Starts over for a navigation generation (a refresh, new filters); a second call for the same one does nothing. */
	load(generation: number, filters: FilterValues): void;
	/** An edit's answer replaces the row with that key in place; false when no held row has it. */
	replaceRow(key: string, record: Row): boolean;
	/** A delete's answer: the row leaves, the count drops; returns the row's index, undefined when it was not held. */
	removeRow(key: string): number | undefined;
	subscribe(listener: () => void): () => void;
	/** Changes whenever anything the list shows may have changed. */
	snapshot(): number;
	dispose(): void;
};

/** A scan keeps every match it found: 10,000 connections' rows are a few MB, and far more than one profile serves. */
export const MAX_SCANNED_MATCHES = 10_000;

export type ResourceStoreOptions = {pageSize: number; prefetchRows: number; maxResidentPages: number; names?: boolean; parentId?: string};

export function createResourceStore<Row>(resource: Resource<Row>, client: ApiClient, options: ResourceStoreOptions): ResourceStore<Row> {
	const listeners = new Set<() => void>();
	let filters: FilterValues = {};
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

	async function fetchPage(pageNumber: number, pageSize: number, signal: AbortSignal) {
		try {
			const page = await resource.fetchPage(
				client,
				{parentId: options.parentId, pageNumber, pageSize, filters},
				{signal, onRetry: setRetryNotice},
			);
			return {rows: page.data, total: page.meta.total_results};
		} finally {
			setRetryNotice(undefined);
		}
	}

	// Set while a filter the API does not offer is on: the pages are the scan's, made of the API's pages.
	let scan: FilteredScan<Row> | undefined;
	const cache = new PageCache<Row>({
		pageSize: options.pageSize,
		prefetchRows: options.prefetchRows,
		maxResidentPages: options.maxResidentPages,
		onChange: notify,
		fetchPage: (pageNumber, pageSize, signal) => (scan ? scan.page(pageNumber, pageSize, signal) : fetchPage(pageNumber, pageSize, signal)),
	});
	const scanFor = (set: FilterValues): FilteredScan<Row> | undefined => {
		const keep = resource.clientFilter?.keep(set);
		if (!keep || !resource.clientFilter) return undefined;
		return new FilteredScan({
			fetchUpstream: fetchPage,
			keep,
			upstreamPageSize: resource.clientFilter.pageSize,
			maxMatches: MAX_SCANNED_MATCHES,
		});
	};

	const names =
		options.names === false || resource.nameFetcher === undefined
			? undefined
			: new NameQueue({fetchName: resource.nameFetcher(client), onChange: notify});
	const indexOf = (key: string) => cache.findRow(row => resource.rowKey(row) === key);

	return {
		resource,
		parentId: options.parentId,
		names,
		get retryNotice() {
			return retryNotice;
		},
		get generation() {
			return generation;
		},
		get total() {
			return cache.total;
		},
		get totalState() {
			return cache.totalState;
		},
		get lastError() {
			return cache.lastError;
		},
		get inFlight() {
			return cache.inFlight;
		},
		rowAt: index => cache.rowAt(index),
		rowState: index => cache.rowState(index),
		find(key) {
			const index = indexOf(key);
			return index === undefined ? undefined : cache.rowAt(index);
		},
		heldRows() {
			const held = new Map<string, Row>();
			for (const row of cache.heldRows()) {
				const key = resource.rowKey(row);
				if (key !== undefined && key !== '') held.set(key, row);
			}
			return held;
		},
		collectAll: reading => collectRows(resource, client, {parentId: options.parentId, filters}, reading),
		view: (firstRow, lastRow) => cache.setView(firstRow, lastRow),
		retry: () => cache.retry(),
		load(nextGeneration, nextFilters) {
			if (nextGeneration === generation) return;
			generation = nextGeneration;
			filters = nextFilters;
			scan?.stop();
			scan = scanFor(nextFilters);
			cache.reset();
			// A refresh asks for names again too: one may have been renamed.
			names?.reset();
		},
		replaceRow(key, record) {
			const index = indexOf(key);
			return index !== undefined && cache.replaceRow(index, record);
		},
		removeRow(key) {
			const index = indexOf(key);
			cache.removeRow(index);
			return index;
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		snapshot: () => version,
		dispose() {
			listeners.clear();
			scan?.stop();
			cache.dispose();
			names?.dispose();
		},
	};
}
