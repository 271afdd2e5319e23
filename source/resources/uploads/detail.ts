// Every field of one upload and of each of its numbers, for its detail view.
import type {DetailRow} from '../detail-lines.js';
import type {Places} from '../civic-addresses/places.js';
import {fieldRow, heading, itemGroups, placeRow} from '../detail-rows.js';
import type {Upload} from './types.js';

export function uploadDetailRows(upload: Upload, places?: Places): DetailRow[] {
	return [
		heading('Upload'),
		fieldRow('ticket_id', upload.ticket_id, 'text'),
		fieldRow('status', upload.status, 'text'),
		placeRow('location_id', upload.location_id, places),
		fieldRow('available_usages', upload.available_usages, 'a list of text'),
		fieldRow('tenant_id', upload.tenant_id, 'text'),
		heading('Error'),
		fieldRow('error_code', upload.error_code, 'text'),
		fieldRow('error_message', upload.error_message, 'text'),
		...itemGroups('Number', upload.tn_upload_entries, entry => [
			fieldRow('phone_number', entry['phone_number'], 'text'),
			fieldRow('number_id', entry['number_id'], 'text'),
			fieldRow('status', entry['status'], 'text'),
			fieldRow('internal_status', entry['internal_status'], 'text'),
			fieldRow('error_code', entry['error_code'], 'text'),
			fieldRow('error_message', entry['error_message'], 'text'),
			placeRow('location_id', entry['location_id'], places),
			placeRow('civic_address_id', entry['civic_address_id'], places),
		]),
	];
}
