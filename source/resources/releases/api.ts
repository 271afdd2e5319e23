// Releases of one external connection: list (filters, paging) and retrieve.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {PageQuery} from '../../api/query.js';
import type {ListResponse} from '../../api/types.js';
import {ticketsQuery} from '../ticket-filters.js';
import {keyedListReader, keyedSingleReader} from '../read-bodies.js';
import type {Release, ReleaseFilters, ReleaseStatus} from './types.js';

const path = (connectionId: string, ...rest: string[]) => ['external_connections', connectionId, 'releases', ...rest];
const readList = keyedListReader<Release>('ticket_id');
const readOne = keyedSingleReader<Release>('ticket_id');

export const releasesQuery = ticketsQuery<ReleaseStatus>;

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
