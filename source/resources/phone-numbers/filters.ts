// FilterPhoneNumbersConsolidated: location, civic address, number (eq / contains). The spec gives `contains`
// no length, so one digit will do.
import type {FilterTable} from '../filter-table.js';
import {civicAddressFilter, locationFilter, numberContains, numberEq} from '../filters/number-fields.js';

export const PHONE_NUMBER_FILTERS: FilterTable = {
	title: 'Filter phone numbers',
	fields: [numberContains(1), numberEq, locationFilter, civicAddressFilter],
};
