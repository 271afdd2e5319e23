// FilterLogMessagesConsolidated: the telephone number (eq, E.164 or null; contains, 3 to 15 digits) and, on the
// list of every connection, the connection (its id, or null for messages of none).
import {connectionIdOrNull, e164OrNull, numberPart} from '../../validation/filter-rules.js';
import type {FilterTable} from '../filter-table.js';

export const LOG_MESSAGE_FILTERS: FilterTable = {
	title: 'Filter log messages',
	fields: [
		{
			kind: 'text',
			key: 'telephoneNumberContains',
			label: 'Number contains',
			short: 'number',
			param: 'filter[telephone_number][contains]',
			match: 'contains',
			check: numberPart(3),
			rule: 'Part of the number: 3 to 15 digits, optionally after a +, e.g. +123.',
			example: '+123',
		},
		{
			kind: 'text',
			key: 'telephoneNumberEq',
			label: 'Number is',
			short: 'number',
			param: 'filter[telephone_number][eq]',
			match: 'eq',
			check: e164OrNull,
			rule: 'A full E.164 number, e.g. +1234567890, or null for messages about no number.',
			example: '+1234567890',
		},
		{
			kind: 'text',
			key: 'connectionId',
			label: 'Connection id',
			short: 'connection',
			param: 'filter[external_connection_id]',
			match: 'eq',
			check: connectionIdOrNull,
			rule: 'A connection id, 1 to 19 digits, or null for messages of no connection.',
			example: '1293384261075731499',
			globalOnly: true,
			shows: 'connection',
		},
	],
};
