// Releases of one external connection: list (filters, paging) and retrieve.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {PageQuery} from '../../api/query.js';
import type {FilterValues, ListResponse} from '../../api/types.js';
import {deepObjectQuery} from '../query.js';
import {filterParams} from '../filter-table.js';
import {RELEASE_FILTERS} from './filters.js';
import {keyedListReader, keyedSingleReader} from '../read-bodies.js';
import type {Release} from './types.js';

const readList = keyedListReader<Release>('ticket_id');
const readOne = keyedSingleReader<Release>('ticket_id');

/** `filters`: by the keys of RELEASE_FILTERS; unset ones are left out. */
export function releasesQuery(q: PageQuery & {filters?: FilterValues}): URLSearchParams {
	return deepObjectQuery(q, filterParams(RELEASE_FILTERS, q.filters));
}

export function listReleases(
	client: ApiClient,
	connectionId: string,
	q: PageQuery & {filters?: FilterValues},
	o?: RequestOptions,
): Promise<ListResponse<Release>> {
	return client.call(
		{method: 'GET', route: '/external_connections/{id}/releases', ids: {id: connectionId}, searchParams: releasesQuery(q)},
		readList,
		o,
	);
}

/** `releaseId`: the release's ticket_id. */
export function getRelease(client: ApiClient, connectionId: string, releaseId: string, o?: RequestOptions): Promise<Release> {
	return client.call(
		{method: 'GET', route: '/external_connections/{id}/releases/{release_id}', ids: {id: connectionId, release_id: releaseId}},
		readOne,
		o,
	);
}
