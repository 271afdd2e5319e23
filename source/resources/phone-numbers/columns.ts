// The phone numbers list: the number, where it is placed (by name when the civic addresses are known)
// and what Teams lets it do.
import {showField} from '../../components/wire-value.js';
import {placeName, type Places} from '../civic-addresses/places.js';
import type {ColumnSet} from '../resource-columns.js';
import type {ExternalConnectionPhoneNumber} from './types.js';

export type PhoneNumberColumnKey = 'number' | 'country' | 'location' | 'address' | 'capabilities' | 'number_id' | 'ticket';

/** `places`: names of the connection's locations and addresses (placeIndex); without them the ids show. */
export function phoneNumberColumns(places?: Places): ColumnSet<ExternalConnectionPhoneNumber, PhoneNumberColumnKey> {
	return {
		columns: [
			{key: 'number', title: 'number', min: 16, ideal: 16, tier: 1, cell: n => showField(n.telephone_number, 'text')},
			{key: 'country', title: 'country', min: 7, ideal: 7, tier: 1, cell: n => showField(n.displayed_country_code, 'text')},
			{key: 'location', title: 'location', min: 12, ideal: 36, tier: 1, cell: n => placeName(places, n.location_id)},
			{
				key: 'capabilities',
				title: 'capabilities',
				min: 12,
				ideal: 48,
				tier: 2,
				cell: n => showField(n.acquired_capabilities, 'a list of text'),
			},
			{key: 'address', title: 'civic address', min: 13, ideal: 30, tier: 2, cell: n => placeName(places, n.civic_address_id)},
			{key: 'number_id', title: 'number id', min: 19, ideal: 36, tier: 2, cell: n => showField(n.number_id, 'text')},
			{key: 'ticket', title: 'upload ticket', min: 36, ideal: 36, tier: 3, cell: n => showField(n.ticket_id, 'text')},
		],
		displayOrder: ['number', 'country', 'location', 'address', 'capabilities', 'number_id', 'ticket'],
		stretch: ['location'],
	};
}
