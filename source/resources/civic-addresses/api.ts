// Civic addresses of one external connection (list by country, retrieve) and a location's static
// emergency address. The address list has no paging in the spec: a connection has a handful.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {ListResponse} from '../../api/types.js';
import {readListBody, readSingleBody} from '../../api/validate-response.js';
import {describeSent} from '../describe-sent.js';
import {deepObjectQuery} from '../query.js';
import type {CivicAddress, LocationUpdate, UpdateLocationRequest} from './types.js';

const path = (connectionId: string, ...rest: string[]) => ['external_connections', connectionId, ...rest];

/** `countries`: ISO 3166-1 alpha-2 codes; none lists every address. */
export function civicAddressesQuery(countries: readonly string[] = []): URLSearchParams {
	return deepObjectQuery(undefined, [['filter[country]', countries]]);
}

export function listCivicAddresses(
	client: ApiClient,
	connectionId: string,
	q: {countries?: readonly string[]} = {},
	o?: RequestOptions,
): Promise<ListResponse<CivicAddress>> {
	const call = {method: 'GET', path: path(connectionId, 'civic_addresses'), searchParams: civicAddressesQuery(q.countries)} as const;
	return client.call(call, readListBody<CivicAddress>, o);
}

export function getCivicAddress(client: ApiClient, connectionId: string, addressId: string, o?: RequestOptions): Promise<CivicAddress> {
	return client.call({method: 'GET', path: path(connectionId, 'civic_addresses', addressId)}, readSingleBody<CivicAddress>, o);
}

/**
 * Sets a location's static emergency address (one of the connection's civic addresses), sent once.
 * The answer is 200, or 202 while the location's orders are re-processed; both carry the same record.
 */
export function updateLocation(
	client: ApiClient,
	connectionId: string,
	locationId: string,
	body: UpdateLocationRequest,
	o?: RequestOptions,
): Promise<LocationUpdate> {
	const sent = describeSent([`location ${locationId}`, `emergency address ${body.static_emergency_address_id}`]);
	return client.call(
		{method: 'PATCH', path: path(connectionId, 'locations', locationId), json: body, sent},
		readSingleBody<LocationUpdate>,
		o,
	);
}
