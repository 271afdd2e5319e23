// The releases of an Operator Connect connection: numbers Teams gave back when they were moved to
// another connection. The large connections show every status; others have 0-2.
import {mix32, Random} from '../prng.js';
import type {CivicAddress} from './civic-addresses.js';
import {placementOf} from './uploads.js';
import {UUID_KINDS, uuidOf} from './uuids.js';

export type ReleaseStatus = 'pending_upload' | 'pending' | 'in_progress' | 'complete' | 'failed' | 'expired' | 'unknown';
export type Release = {
	ticket_id: string;
	tenant_id: string;
	status: ReleaseStatus;
	created_at: string;
	error_message?: string;
	telephone_numbers: {number_id: string; phone_number: string}[];
};
/** A release and where its numbers were, which the filters look at but the schema does not show. */
export type SeededRelease = {release: Release; civicAddressId: string; locationId: string};

export const RELEASE_STATUSES: readonly ReleaseStatus[] = [
	'pending_upload',
	'pending',
	'in_progress',
	'complete',
	'failed',
	'expired',
	'unknown',
];
const RELEASES = 0x2e1e;
const MAX_NUMBERS = 5;

export function seededReleases(
	index: number,
	seed: number,
	{large, addresses, tenantId, createdMs}: {large: boolean; addresses: readonly CivicAddress[]; tenantId: string; createdMs: number},
): SeededRelease[] {
	const random = new Random(mix32(mix32(seed, RELEASES), index));
	const howMany = large ? RELEASE_STATUSES.length : random.int(3);
	return Array.from({length: howMany}, (_, r) => {
		const status = large ? RELEASE_STATUSES[r]! : random.chance(0.7) ? 'complete' : random.pick(RELEASE_STATUSES);
		const numbers = 1 + random.int(MAX_NUMBERS);
		const {civicAddressId, locationId} = placementOf(addresses, r);
		const release: Release = {
			ticket_id: uuidOf(UUID_KINDS.release, index, r, seed),
			tenant_id: tenantId,
			status,
			created_at: new Date(createdMs + (r + 1) * 86_400_000 * 11).toISOString().replace(/\.\d{3}Z$/, 'Z'),
			...(status === 'failed' ? {error_message: 'Microsoft Teams did not confirm the release before the deadline.'} : {}),
			telephone_numbers: Array.from({length: numbers}, (_, e) => ({
				number_id: uuidOf(UUID_KINDS.releasedNumber, index, r * MAX_NUMBERS + e, seed),
				// 555-01xx numbers are reserved for fiction: released numbers belong to nobody here.
				phone_number: `+1202555${String(100 + ((index * 7 + r * MAX_NUMBERS + e) % 100)).padStart(4, '0')}`,
			})),
		};
		return {release, civicAddressId, locationId};
	});
}
