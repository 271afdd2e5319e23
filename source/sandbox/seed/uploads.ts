// The number uploads of an Operator Connect connection: its numbers went to Teams 100 at a time,
// upload u carrying numbers 100u..100u+99 to one location. The newest six show every status.
import {mix32} from '../prng.js';
import type {CivicAddress} from './civic-addresses.js';
import {UUID_KINDS, uuidOf} from './uuids.js';

export type UploadStatus = 'pending_upload' | 'pending' | 'in_progress' | 'partial_success' | 'success' | 'error';
export type EntryStatus = 'pending_upload' | 'pending' | 'in_progress' | 'success' | 'error';
export type Usage = 'calling_user_assignment' | 'first_party_app_assignment';

export type TnUploadEntry = {
	number_id: string;
	phone_number: string;
	status: EntryStatus;
	internal_status: 'pending_assignment' | 'in_progress' | 'all_internal_jobs_completed' | 'error';
	civic_address_id: string;
	location_id: string;
	error_code?: 'unable_to_match_geography_entry';
	error_message?: string;
};

export type Upload = {
	ticket_id: string;
	tenant_id: string;
	location_id: string;
	status: UploadStatus;
	available_usages: Usage[];
	error_code?: string;
	error_message?: string;
	tn_upload_entries: TnUploadEntry[];
};

export const NUMBERS_PER_UPLOAD = 100;
const NEWEST_STATUSES: readonly UploadStatus[] = ['pending_upload', 'pending', 'in_progress', 'partial_success', 'error', 'success'];
const SMALL_STATUSES: readonly UploadStatus[] = ['success', 'success', 'success', 'error', 'pending', 'partial_success'];
const ENTRY_ERROR = {
	error_code: 'unable_to_match_geography_entry',
	error_message: 'The number does not match the geography of the location it was assigned to.',
} as const;

export function uploadCount(phoneNumbers: number): number {
	return Math.ceil(phoneNumbers / NUMBERS_PER_UPLOAD);
}

/** Where upload u put its numbers: addresses in turn, then their locations in turn. */
export function placementOf(addresses: readonly CivicAddress[], u: number): {civicAddressId: string; locationId: string} {
	const address = addresses[u % addresses.length]!;
	const location = address.locations[Math.floor(u / addresses.length) % address.locations.length]!;
	return {civicAddressId: address.id, locationId: location.id};
}

export function seededUploadStatus(index: number, u: number, uploads: number, seed: number): UploadStatus {
	const fromNewest = uploads - 1 - u;
	if (uploads >= NEWEST_STATUSES.length) return NEWEST_STATUSES[fromNewest] ?? 'success';
	return SMALL_STATUSES[mix32(mix32(seed, 0x0b10ad), index) % SMALL_STATUSES.length]!;
}

/** Entry statuses follow the upload's; in a partial success every third number failed. */
export function entryStatus(
	status: UploadStatus,
	position: number,
): Pick<TnUploadEntry, 'status' | 'internal_status'> & Partial<typeof ENTRY_ERROR> {
	switch (status) {
		case 'pending_upload':
			return {status: 'pending_upload', internal_status: 'pending_assignment'};
		case 'pending':
		case 'in_progress':
			return {status, internal_status: 'in_progress'};
		case 'success':
			return {status: 'success', internal_status: 'all_internal_jobs_completed'};
		case 'error':
			return {status: 'error', internal_status: 'error', ...ENTRY_ERROR};
		case 'partial_success':
			return position % 3 === 2
				? {status: 'error', internal_status: 'error', ...ENTRY_ERROR}
				: {status: 'success', internal_status: 'all_internal_jobs_completed'};
	}
}

export const tenantOf = (index: number, seed: number) => uuidOf(UUID_KINDS.tenant, index, 0, seed);
