// The phone number filters the lists under a connection share (`filter[phone_number][eq|contains]`), and their
// locations and civic addresses picked from a menu. Each rule is the spec's for that list.
import {e164Number, numberPart} from '../../validation/filter-rules.js';
import type {PlaceFilter, TextFilter} from '../filter-table.js';

const E164_RULE = 'A full E.164 number: + then 2 to 15 digits, e.g. +15555555555.';

export const numberEq: TextFilter = {
	kind: 'text',
	key: 'phoneNumberEq',
	label: 'Number is',
	short: 'number',
	param: 'filter[phone_number][eq]',
	match: 'eq',
	rule: E164_RULE,
	check: e164Number,
	example: '+15555555555',
};

/** `min`: the fewest digits the spec lets a partial number have (3 where it says "Requires 3-15 digits"). */
export function numberContains(min: number): TextFilter {
	return {
		kind: 'text',
		key: 'phoneNumberContains',
		label: 'Number contains',
		short: 'number',
		param: 'filter[phone_number][contains]',
		match: 'contains',
		rule: `Part of the number: ${min} to 15 digits, optionally after a +, e.g. +1970.`,
		check: numberPart(min),
		example: '+1970',
	};
}

export const locationFilter: PlaceFilter = {
	kind: 'place',
	key: 'locationId',
	label: 'Location',
	short: 'location',
	param: 'filter[location_id][eq]',
	place: 'location',
	rule: 'A location of this connection, picked from a menu (Space).',
};

export const civicAddressFilter: PlaceFilter = {
	kind: 'place',
	key: 'civicAddressId',
	label: 'Civic address',
	short: 'address',
	param: 'filter[civic_address_id][eq]',
	place: 'address',
	rule: 'A civic address of this connection, picked from a menu (Space).',
};
