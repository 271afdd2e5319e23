// FilterConnectionsConsolidated: the main list's five filters, and the outbound voice profile, which the API
// cannot filter by (read as the rows arrive: external-connections.ts). `phone_number[contains]` takes a full E.164
// number despite its name (the spec says so), so the header shows it as `phone=`.
import {CONNECTION_FILTER_CHECKS} from '../validation/connection-filters.js';
import type {FilterTable} from './filter-table.js';

export const CONNECTION_FILTERS: FilterTable = {
	title: 'Filter external connections',
	fields: [
		{
			kind: 'text',
			key: 'connectionNameContains',
			label: 'Name contains',
			short: 'name',
			param: 'filter[connection_name][contains]',
			match: 'contains',
			check: CONNECTION_FILTER_CHECKS.connectionName,
			rule: 'At least 3 characters; matching ignores case.',
			example: 'My Connection',
		},
		{
			kind: 'enum',
			key: 'externalSipConnection',
			label: 'Service',
			short: 'service',
			param: 'filter[external_sip_connection]',
			options: ['zoom', 'operator_connect'],
			multiple: false,
			rule: 'One of zoom or operator_connect; empty for any.',
		},
		{
			kind: 'text',
			key: 'createdAt',
			label: 'Created on',
			short: 'created',
			param: 'filter[created_at]',
			match: 'eq',
			check: CONNECTION_FILTER_CHECKS.createdAt,
			rule: 'A calendar date as YYYY-MM-DD, e.g. 2023-01-05.',
			example: '2022-12-31',
		},
		{
			kind: 'text',
			key: 'phoneNumber',
			label: 'Phone number',
			short: 'phone',
			param: 'filter[phone_number][contains]',
			match: 'eq',
			check: CONNECTION_FILTER_CHECKS.phoneNumber,
			rule: 'A full E.164 number: + then 8 to 15 digits, e.g. +15555555555.',
			example: '+15555555555',
		},
		{
			kind: 'text',
			key: 'id',
			label: 'Id',
			short: 'id',
			param: 'filter[id]',
			match: 'eq',
			check: CONNECTION_FILTER_CHECKS.id,
			rule: 'Digits only, 1 to 19 of them, e.g. 1293384261075731499.',
			example: '1930241863466354012',
		},
		{
			kind: 'text',
			key: 'outboundVoiceProfileId',
			label: 'Voice profile',
			short: 'profile',
			param: 'outbound.outbound_voice_profile_id',
			match: 'eq',
			check: CONNECTION_FILTER_CHECKS.id,
			rule: "An outbound voice profile's id, 1 to 19 digits. Not an API filter: the list is read to find them.",
			example: '1293384261075731499',
			clientSide: true,
		},
	],
};
