// Every field of one phone number, grouped, for its detail view.
import type {DetailRow} from '../detail-lines.js';
import type {Places} from '../civic-addresses/places.js';
import {fieldRow, heading, placeRow} from '../detail-rows.js';
import type {ExternalConnectionPhoneNumber} from './types.js';

export function phoneNumberDetailRows(number: ExternalConnectionPhoneNumber, places?: Places): DetailRow[] {
	return [
		heading('Number'),
		fieldRow('telephone_number', number.telephone_number, 'text'),
		fieldRow('number_id', number.number_id, 'text'),
		fieldRow('displayed_country_code', number.displayed_country_code, 'text'),
		heading('Microsoft Teams'),
		fieldRow('acquired_capabilities', number.acquired_capabilities, 'a list of text'),
		placeRow('location_id', number.location_id, places),
		placeRow('civic_address_id', number.civic_address_id, places),
		fieldRow('ticket_id', number.ticket_id, 'text'),
	];
}
