// The uploads list: which upload, how far it got, its numbers and where they go, what failed.
import {showField} from '../../components/wire-value.js';
import {entriesCell, errorCountCell, firstSet} from '../cells.js';
import {placeName, type Places} from '../civic-addresses/places.js';
import type {ColumnSet} from '../resource-columns.js';
import type {Upload} from './types.js';

export type UploadColumnKey = 'ticket' | 'status' | 'numbers' | 'failed' | 'location' | 'usages' | 'error' | 'tenant';

/** `places`: names of the connection's locations (placeIndex); without them the ids show. */
export function uploadColumns(places?: Places): ColumnSet<Upload, UploadColumnKey> {
	return {
		columns: [
			// Cut short, a ticket id is still told apart by its start.
			{key: 'ticket', title: 'ticket', min: 13, ideal: 36, tier: 1, cell: u => showField(u.ticket_id, 'text')},
			{key: 'status', title: 'status', min: 15, ideal: 15, tier: 1, cell: u => showField(u.status, 'text')},
			{key: 'numbers', title: 'numbers', min: 10, ideal: 22, tier: 1, cell: u => entriesCell(u.tn_upload_entries, 'phone_number')},
			{key: 'failed', title: 'failed', min: 6, ideal: 6, tier: 1, cell: u => errorCountCell(u.tn_upload_entries)},
			{key: 'location', title: 'location', min: 12, ideal: 30, tier: 1, cell: u => placeName(places, u.location_id)},
			{key: 'error', title: 'error', min: 12, ideal: 40, tier: 2, cell: u => firstSet(u.error_message, u.error_code)},
			{key: 'usages', title: 'usages', min: 12, ideal: 49, tier: 2, cell: u => showField(u.available_usages, 'a list of text')},
			{key: 'tenant', title: 'tenant', min: 36, ideal: 36, tier: 3, cell: u => showField(u.tenant_id, 'text')},
		],
		displayOrder: ['ticket', 'status', 'numbers', 'failed', 'location', 'error', 'usages', 'tenant'],
		stretch: ['location', 'ticket'],
	};
}
