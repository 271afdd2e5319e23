// The phone numbers of one external connection: list (filters, paging), retrieve, update.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {PageQuery} from '../../api/query.js';
import type {ListResponse} from '../../api/types.js';
import {describeSent} from '../describe-sent.js';
import {deepObjectQuery} from '../query.js';
import {keyedListReader, keyedSingleReader} from '../read-bodies.js';
import type {ExternalConnectionPhoneNumber, PhoneNumberFilters, UpdatePhoneNumberRequest} from './types.js';

const ROUTE = '/external_connections/{id}/phone_numbers/{phone_number_id}';
const readList = keyedListReader<ExternalConnectionPhoneNumber>('number_id');
const readOne = keyedSingleReader<ExternalConnectionPhoneNumber>('number_id');

export function phoneNumbersQuery(q: PageQuery & {filters?: PhoneNumberFilters}): URLSearchParams {
	const filters = q.filters ?? {};
	return deepObjectQuery(q, [
		['filter[phone_number][eq]', filters.phoneNumberEq],
		['filter[phone_number][contains]', filters.phoneNumberContains],
		['filter[civic_address_id][eq]', filters.civicAddressId],
		['filter[location_id][eq]', filters.locationId],
	]);
}

export function listPhoneNumbers(
	client: ApiClient,
	connectionId: string,
	q: PageQuery & {filters?: PhoneNumberFilters},
	o?: RequestOptions,
): Promise<ListResponse<ExternalConnectionPhoneNumber>> {
	return client.call(
		{method: 'GET', route: '/external_connections/{id}/phone_numbers', ids: {id: connectionId}, searchParams: phoneNumbersQuery(q)},
		readList,
		o,
	);
}

export function getPhoneNumber(
	client: ApiClient,
	connectionId: string,
	phoneNumberId: string,
	o?: RequestOptions,
): Promise<ExternalConnectionPhoneNumber> {
	return client.call({method: 'GET', route: ROUTE, ids: {id: connectionId, phone_number_id: phoneNumberId}}, readOne, o);
}

/** Sent once, never retried (the client's rule for mutations). */
export function updatePhoneNumber(
	client: ApiClient,
	connectionId: string,
	phoneNumberId: string,
	body: UpdatePhoneNumberRequest,
	o?: RequestOptions,
): Promise<ExternalConnectionPhoneNumber> {
	const sent = describeSent([`number ${phoneNumberId}`, `location ${body.location_id ?? 'unchanged'}`]);
	return client.call(
		{method: 'PATCH', route: ROUTE, ids: {id: connectionId, phone_number_id: phoneNumberId}, json: body, sent},
		readOne,
		o,
	);
}
