// Releases of one external connection: list (filters, paging) and retrieve.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {PageQuery} from '../../api/query.js';
import type {ListResponse} from '../../api/types.js';
import {deepObjectQuery} from '../query.js';
import {keyedListReader, keyedSingleReader} from '../read-bodies.js';
import type {Release, ReleaseFilters} from './types.js';

const path = (connectionId: string, ...rest: string[]) => ['external_connections', connectionId, 'releases', ...rest];
const readList = keyedListReader<Release>('ticket_id');
const readOne = keyedSingleReader<Release>('ticket_id');

export function releasesQuery(q: PageQuery & {filters?: ReleaseFilters}): URLSearchParams {
	const filters = q.filters ?? {};
	return deepObjectQuery(q, [
		['filter[status][eq]', filters.statuses],
		['filter[civic_address_id][eq]', filters.civicAddressId],
		['filter[location_id][eq]', filters.locationId],
		['filter[phone_number][eq]', filters.phoneNumberEq],
		['filter[phone_number][contains]', filters.phoneNumberContains],
	]);
}

export function listReleases(
	client: ApiClient,
	connectionId: string,
	q: PageQuery & {filters?: ReleaseFilters},
	o?: RequestOptions,
): Promise<ListResponse<Release>> {
	return client.call({method: 'GET', path: path(connectionId), searchParams: releasesQuery(q)}, readList, o);
}

/** `releaseId`: the release's ticket_id. */
export function getRelease(client: ApiClient, connectionId: string, releaseId: string, o?: RequestOptions): Promise<Release> {
	return client.call({method: 'GET', path: path(connectionId, releaseId)}, readOne, o);
}
