// A connection's phone numbers (GET /external_connections/{id}/phone_numbers): a sub-list, reached from the
// connection's detail view. The 10,000-number connection pages lazily like the main list.
import type {ExternalConnectionPhoneNumber} from '../api/types.js';
import {showField} from '../components/wire-value.js';
import type {Resource, ResourceColumn} from './resource.js';

// The number first, what Teams may do with it, its id; where it is and how it got there on a wide terminal.
const COLUMNS: ReadonlyArray<ResourceColumn<ExternalConnectionPhoneNumber>> = [
	{key: 'number', title: 'number', min: 16, ideal: 16, tier: 1, cell: n => showField(n.telephone_number, 'text')},
	{key: 'country', title: 'country', min: 7, ideal: 7, tier: 1, cell: n => showField(n.displayed_country_code, 'text')},
	{key: 'capabilities', title: 'capabilities', min: 12, ideal: 40, tier: 1, cell: n => showField(n.acquired_capabilities, 'a list of text')},
	{key: 'id', title: 'number id', min: 12, ideal: 36, tier: 1, cell: n => showField(n.number_id, 'text')},
	{key: 'location', title: 'location', min: 36, ideal: 36, tier: 2, cell: n => showField(n.location_id, 'text')},
	{key: 'address', title: 'civic address', min: 36, ideal: 36, tier: 2, cell: n => showField(n.civic_address_id, 'text')},
	{key: 'ticket', title: 'upload ticket', min: 36, ideal: 36, tier: 2, cell: n => showField(n.ticket_id, 'text')},
];

export const phoneNumbers: Resource<ExternalConnectionPhoneNumber> = {
	name: 'phone-numbers',
	titles: ['Phone numbers', ''],
	plural: 'phone numbers',
	columns: COLUMNS,
	displayOrder: ['number', 'country', 'capabilities', 'id', 'location', 'address', 'ticket'],
	stretch: ['capabilities'],
	rowKey: row => (typeof row.number_id === 'string' ? row.number_id : typeof row.telephone_number === 'string' ? row.telephone_number : undefined),
	fetchPage(client, {parentId, pageNumber, pageSize}, options) {
		if (parentId === undefined) throw new TypeError('phone numbers are listed under a connection');
		return client.listExternalConnectionPhoneNumbers(parentId, {pageNumber, pageSize}, options);
	},
	can: {open: false, create: false, filter: false},
	emptyText: () => 'No phone numbers use this connection.',
};
