// Uploads and releases are both tickets of numbers, filtered the same way (the full spec gives them the same
// five filters): one type and one query builder for both.
import type {PageQuery} from '../api/query.js';
import {deepObjectQuery} from './query.js';

export type TicketFilters<Status extends string> = {
	statuses?: readonly Status[];
	civicAddressId?: string;
	locationId?: string;
	phoneNumberEq?: string;
	phoneNumberContains?: string;
};

export function ticketsQuery<Status extends string>(q: PageQuery & {filters?: TicketFilters<Status>}): URLSearchParams {
	const filters = q.filters ?? {};
	return deepObjectQuery(q, [
		['filter[status][eq]', filters.statuses],
		['filter[civic_address_id][eq]', filters.civicAddressId],
		['filter[location_id][eq]', filters.locationId],
		['filter[phone_number][eq]', filters.phoneNumberEq],
		['filter[phone_number][contains]', filters.phoneNumberContains],
	]);
}
