// FilterCivicAddressesConsolidated: one or more ISO 3166-1 alpha-2 countries.
import {countryCode} from '../../validation/filter-rules.js';
import type {FilterTable} from '../filter-table.js';

export const CIVIC_ADDRESS_FILTERS: FilterTable = {
	title: 'Filter civic addresses',
	fields: [
		{
			kind: 'text',
			key: 'countries',
			label: 'Country',
			short: 'country',
			param: 'filter[country]',
			match: 'eq',
			list: true,
			normalise: value => value.toUpperCase(),
			check: countryCode,
			rule: 'ISO 3166-1 alpha-2 codes, several separated by commas, e.g. US, CA (the UK is GB).',
			example: 'US, CA',
		},
	],
};
