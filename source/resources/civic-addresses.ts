// A connection's civic addresses, each with its locations (GET /external_connections/{id}/civic_addresses):
// a sub-list of its detail. The spec gives this list no paging (a connection has a handful), so the one
// answer is the whole list: its length is the total, and no later page is asked for.
import {listCivicAddresses} from './civic-addresses/api.js';
import {civicAddressColumns} from './civic-addresses/columns.js';
import type {CivicAddress} from './civic-addresses/types.js';
import type {Resource} from './resource.js';
import {idRefusal} from './id-refusal.js';
import {CIVIC_ADDRESS_FILTERS} from './civic-addresses/filters.js';

export const civicAddresses: Resource<CivicAddress> = {
	name: 'civic-addresses',
	titles: ['Civic addresses', 'Addresses', ''],
	plural: 'civic addresses',
	...civicAddressColumns(),
	rowKey: row => (typeof row.id === 'string' ? row.id : undefined),
	idRefusal: (id, parentId = '') => idRefusal('/external_connections/{id}/civic_addresses/{address_id}', {id: parentId, address_id: id}),
	async fetchPage(client, {parentId, pageNumber, pageSize, filters}, options) {
		if (parentId === undefined) throw new TypeError('civic addresses are listed under a connection');
		const countries = filters.countries;
		const {data} = await listCivicAddresses(client, parentId, Array.isArray(countries) ? {countries} : {}, options);
		const rows = data.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
		return {
			data: rows,
			meta: {
				page_number: pageNumber,
				page_size: pageSize,
				total_results: data.length,
				total_pages: Math.max(1, Math.ceil(data.length / pageSize)),
			},
		};
	},
	can: {open: true, create: false},
	filters: CIVIC_ADDRESS_FILTERS,
	emptyText: filtered =>
		filtered === undefined
			? 'No civic addresses: this connection has no Microsoft Teams emergency addresses.'
			: `No civic addresses of this connection match ${filtered}. Press x to clear the filter.`,
};
