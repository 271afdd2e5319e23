import type {ListFilters, OutboundVoiceProfileSort, PhoneNumberFilters} from './types.js';

export type PageQuery = {pageNumber: number; pageSize: number};

/**
 * deepObject query of ListExternalConnections. URLSearchParams encodes `+` as %2B, so an E.164 number
 * is not read back as a space; unset or empty filters are left out.
 */
export function externalConnectionsQuery(q: PageQuery & {filters?: ListFilters}): URLSearchParams {
	const filters = q.filters ?? {};
	return buildQuery(q, [
		['filter[connection_name][contains]', filters.connectionNameContains],
		['filter[external_sip_connection]', filters.externalSipConnection],
		['filter[id]', filters.id],
		['filter[created_at]', filters.createdAt],
		['filter[phone_number][contains]', filters.phoneNumber],
	]);
}

/** FilterPhoneNumbersConsolidated of ListExternalConnectionPhoneNumbers, deepObject like the rest. */
export function phoneNumbersQuery(q: PageQuery & {filters?: PhoneNumberFilters}): URLSearchParams {
	const filters = q.filters ?? {};
	return buildQuery(q, [
		['filter[phone_number][eq]', filters.phoneNumberEq],
		['filter[phone_number][contains]', filters.phoneNumberContains],
		['filter[civic_address_id][eq]', filters.civicAddressId],
		['filter[location_id][eq]', filters.locationId],
	]);
}

export function outboundVoiceProfilesQuery(q: PageQuery & {nameContains?: string; sort?: OutboundVoiceProfileSort}): URLSearchParams {
	return buildQuery(q, [
		['filter[name][contains]', q.nameContains],
		['sort', q.sort],
	]);
}

function buildQuery(page: PageQuery, filters: Array<[string, string | undefined]>): URLSearchParams {
	const params = new URLSearchParams();
	params.set('page[number]', String(page.pageNumber));
	params.set('page[size]', String(page.pageSize));
	for (const [key, value] of filters) {
		if (value !== undefined && value !== '') params.set(key, value);
	}
	return params;
}
