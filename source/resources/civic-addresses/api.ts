// Civic addresses of one external connection (list by country, retrieve) and a location's static
// emergency address. The address list has no paging in the spec: a connection has a handful.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {ListResponse} from '../../api/types.js';
import {readListBody, readSingleBody} from '../../api/validate-response.js';
import {describeSent} from '../describe-sent.js';
import {deepObjectQuery} from '../query.js';
import {filterParams} from '../filter-table.js';
import {CIVIC_ADDRESS_FILTERS} from './filters.js';
import type {CivicAddress, LocationUpdate, UpdateLocationRequest} from './types.js';

/** `countries`: ISO 3166-1 alpha-2 codes; none lists every address. */
export function civicAddressesQuery(countries: readonly string[] = []): URLSearchParams {
	return deepObjectQuery(undefined, filterParams(CIVIC_ADDRESS_FILTERS, {countries}));
}

export function listCivicAddresses(
	client: ApiClient,
	connectionId: string,
	q: {countries?: readonly string[]} = {},
	o?: RequestOptions,
): Promise<ListResponse<CivicAddress>> {
	return client.call(
		{
			method: 'GET',
			route: '/external_connections/{id}/civic_addresses',
			ids: {id: connectionId},
			searchParams: civicAddressesQuery(q.countries),
		},
		readListBody<CivicAddress>,
		o,
	);
}

export function getCivicAddress(client: ApiClient, connectionId: string, addressId: string, o?: RequestOptions): Promise<CivicAddress> {
	return client.call(
		{method: 'GET', route: '/external_connections/{id}/civic_addresses/{address_id}', ids: {id: connectionId, address_id: addressId}},
		readSingleBody<CivicAddress>,
		o,
	);
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
		{
			method: 'PATCH',
			route: '/external_connections/{id}/locations/{location_id}',
			ids: {id: connectionId, location_id: locationId},
			json: body,
			sent,
		},
		readSingleBody<LocationUpdate>,
		o,
	);
}
