// After an unknown outcome of a create: the newest connections, so a person can tell whether the POST went
// through before sending it again (which of them match: source/fields/record-values.ts).
import type {ApiClient, RequestOptions} from '../api/client.js';
import type {ExternalConnection} from '../api/types.js';

/**
 * The list's order is not part of the API contract, so both ends are read (first and last page)
 * and sorted newest first: two GETs at most, whatever the order.
 */
export async function fetchNewestConnections(client: ApiClient, count: number, options?: RequestOptions): Promise<ExternalConnection[]> {
	const first = await client.listExternalConnections({pageNumber: 1, pageSize: count}, options);
	const {total_pages: pages, total_results: results} = first.meta;
	// meta is optional: without a page count the total gives it, and without either the first page is all there is.
	const lastPage = pages ?? (results === undefined ? 1 : Math.ceil(results / count));
	const last = lastPage > 1 ? (await client.listExternalConnections({pageNumber: lastPage, pageSize: count}, options)).data : [];
	const byId = new Map([...first.data, ...last].map(connection => [connection.id, connection]));
	return [...byId.values()].sort(newestFirst).slice(0, count);
}

function newestFirst(a: ExternalConnection, b: ExternalConnection): number {
	const byTime = (b.created_at ?? '').localeCompare(a.created_at ?? '');
	if (byTime !== 0) return byTime;
	// Ids are int64 strings: longer is larger, equal lengths compare as text.
	return b.id.length - a.id.length || b.id.localeCompare(a.id);
}
