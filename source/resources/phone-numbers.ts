// A connection's phone numbers (GET /external_connections/{id}/phone_numbers): a sub-list, reached from the
// connection's detail view. The 10,000-number connection pages lazily like the main list.
import {listPhoneNumbers} from './phone-numbers/api.js';
import {phoneNumberColumns} from './phone-numbers/columns.js';
import type {ExternalConnectionPhoneNumber} from './phone-numbers/types.js';
import type {Resource} from './resource.js';
import {idRefusal} from './id-refusal.js';
import {PHONE_NUMBER_FILTERS} from './phone-numbers/filters.js';

export const phoneNumbers: Resource<ExternalConnectionPhoneNumber> = {
	name: 'phone-numbers',
	titles: ['Phone numbers', ''],
	plural: 'phone numbers',
	...phoneNumberColumns(),
	placeColumns: phoneNumberColumns,
	// The row key is what opens the number: GET and PATCH …/phone_numbers/{phone_number_id} take the number id.
	rowKey: row => (typeof row.number_id === 'string' ? row.number_id : undefined),
	idRefusal: (id, parentId = '') =>
		idRefusal('/external_connections/{id}/phone_numbers/{phone_number_id}', {id: parentId, phone_number_id: id}),
	fetchPage(client, {parentId, pageNumber, pageSize, filters}, options) {
		if (parentId === undefined) throw new TypeError('phone numbers are listed under a connection');
		return listPhoneNumbers(client, parentId, {pageNumber, pageSize, filters}, options);
	},
	can: {open: true, create: false, mark: true},
	filters: PHONE_NUMBER_FILTERS,
	emptyText: filtered =>
		filtered === undefined
			? 'No phone numbers use this connection.'
			: `No numbers of this connection match ${filtered}. Press x to clear the filter.`,
};
