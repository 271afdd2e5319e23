// Every row of a list that matches its filters, read page after page a few at a time (paging/ordered-pages.ts), for
// marking them all: the rows themselves are kept, since an action needs their fields. Bounded by `limit`, which the
// caller checks against the list's total before it starts.
import type {ApiClient} from '../api/client.js';
import {MAX_PAGE_SIZE} from '../api/limits.js';
import type {FilterValues} from '../api/types.js';
import {orderedPages} from '../paging/ordered-pages.js';
import type {Resource} from './resource.js';

/** Pages in flight: fewer than an export, since the list and its names keep using the same account meanwhile. */
const COLLECT_CONCURRENCY = 4;

export type CollectProgress = {rows: number; pages: number; lastPage: number | undefined};

export async function collectRows<Row>(
	resource: Resource<Row>,
	client: ApiClient,
	request: {parentId: string | undefined; filters: FilterValues},
	{signal, onProgress}: {signal: AbortSignal; onProgress?: (progress: CollectProgress) => void},
): Promise<Array<{id: string; row: Row}>> {
	const keep = resource.clientFilter?.keep(request.filters);
	const pageSize = keep ? resource.clientFilter!.pageSize : MAX_PAGE_SIZE;
	const fetchPage = (pageNumber: number, options: {signal?: AbortSignal}) =>
		resource.fetchPage(client, {...request, pageNumber, pageSize}, options);
	const rows: Array<{id: string; row: Row}> = [];
	let pages = 0;
	for await (const page of orderedPages(fetchPage, {pageSize, concurrency: COLLECT_CONCURRENCY, signal})) {
		for (const row of keep ? page.rows.filter(keep) : page.rows) {
			const id = resource.rowKey(row);
			if (id !== undefined && id !== '') rows.push({id, row});
		}
		onProgress?.({rows: rows.length, pages: ++pages, lastPage: page.lastPage});
	}
	return rows;
}
