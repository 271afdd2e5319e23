// The phone numbers of one external connection: list (filters, paging), retrieve, update.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {PageQuery} from '../../api/query.js';
import type {FilterValues, ListResponse} from '../../api/types.js';
import {describeSent} from '../describe-sent.js';
import {deepObjectQuery} from '../query.js';
import {filterParams} from '../filter-table.js';
import {PHONE_NUMBER_FILTERS} from './filters.js';
import {keyedListReader, keyedSingleReader} from '../read-bodies.js';
import type {ExternalConnectionPhoneNumber, UpdatePhoneNumberRequest} from './types.js';

const ROUTE = '/external_connections/{id}/phone_numbers/{phone_number_id}';
const readList = keyedListReader<ExternalConnectionPhoneNumber>('number_id');
const readOne = keyedSingleReader<ExternalConnectionPhoneNumber>('number_id');

/** `filters`: by the keys of PHONE_NUMBER_FILTERS; unset ones are left out. */
export function phoneNumbersQuery(q: PageQuery & {filters?: FilterValues}): URLSearchParams {
	return deepObjectQuery(q, filterParams(PHONE_NUMBER_FILTERS, q.filters));
}

export function listPhoneNumbers(
	client: ApiClient,
	connectionId: string,
	q: PageQuery & {filters?: FilterValues},
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
