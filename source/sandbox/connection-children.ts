// Everything under one connection — phone numbers, civic addresses, uploads, releases, log
// messages — derived from the seed and overlaid with the changes requests made.
import type {ChildrenState, UploadPlan} from './children-state.js';
import {civicAddresses, type CivicAddress, type Location} from './seed/civic-addresses.js';
import {logMessageAt, logMessageCount, logMessageNumberAt, type LogMessage} from './seed/log-messages.js';
import {isLargeConnection, phoneNumberAt} from './seed/phone-numbers.js';
import {seededReleases, type SeededRelease} from './seed/releases.js';
import {entryStatus, NUMBERS_PER_UPLOAD, placementOf, seededUploadStatus, tenantOf, uploadCount, type Upload} from './seed/uploads.js';
import {kOfUuid, UUID_KINDS, uuidsOf} from './seed/uuids.js';
import {encodeId} from './ids.js';
import type {Store, StoredConnection} from './store.js';

export type ExternalConnectionPhoneNumber = {
	number_id: string;
	telephone_number: string;
	displayed_country_code: string;
	acquired_capabilities?: string[];
	civic_address_id?: string;
	location_id?: string;
	ticket_id?: string;
};

const COUNTRY_CODES: readonly [string, string][] = [
	['+1', 'US'],
	['+44', 'GB'],
	['+49', 'DE'],
	['+61', 'AU'],
	['+31', 'NL'],
	['+33', 'FR'],
];
const CAPABILITIES: readonly string[][] = [
	['InboundCalling', 'OutboundCalling', 'UserAssignment'],
	['FirstPartyAppAssignment', 'InboundCalling', 'OutboundCalling'],
	['InboundCalling', 'Office365', 'OutboundCalling', 'UserAssignment'],
];

export type Children = ReturnType<typeof childrenOf>;

/** A seeded connection's log messages by k, from what they name (its id, numbers and uploads) alone: no record is built. */
export function logMessagesOf(
	store: Store,
	index: number,
): {messageAt: (k: number) => LogMessage; numberAt: (k: number) => string | undefined} {
	const {seed, count} = store;
	const phoneCount = store.phoneNumberCount(index);
	const uploads = uploadCount(phoneCount);
	// Worked out on first use: a number filter over every connection never needs them.
	let ticketOf: ((u: number) => string | undefined) | undefined;
	const ticketsOf = () => {
		const teams = store.traitsAt(index).kind === 'operator_connect';
		const ids = uuidsOf(UUID_KINDS.upload, index, seed);
		return (u: number) => (teams && uploads > 0 ? ids(u % uploads) : undefined);
	};
	const subject = {
		connectionId: encodeId(index, seed),
		phoneNumber: (k: number) => (phoneCount > 0 ? phoneNumberAt(index, k % phoneCount, seed, count) : undefined),
		ticketId: (k: number) => (ticketOf ??= ticketsOf())(k),
	};
	return {messageAt: k => logMessageAt(index, k, seed, subject), numberAt: k => logMessageNumberAt(index, k, seed, subject)};
}

export function childrenOf(store: Store, state: ChildrenState, {index, record, traits}: StoredConnection) {
	const {seed, count} = store;
	const seeded = index < count;
	const teams = record.external.external_sip_connection === 'operator_connect';
	const large = seeded && isLargeConnection(index, count);
	const phoneCount = store.phoneNumberCount(index);
	const addresses: CivicAddress[] = teams && seeded ? civicAddresses(index, seed, large) : [];
	const changes = () => state.peek(index);

	const phoneNumberAtK = (k: number) => phoneNumberAt(index, k, seed, count);
	const numberIdOf = uuidsOf(UUID_KINDS.phoneNumber, index, seed);
	const ticketOf = uuidsOf(UUID_KINDS.upload, index, seed);
	/** Where number k is now: moved by a request, or where its upload put it. */
	const placementOfK = (k: number) => changes()?.placements.get(k) ?? placementOf(addresses, Math.floor(k / NUMBERS_PER_UPLOAD));

	const seededPlan = (u: number): UploadPlan => {
		const ticketId = ticketOf(u);
		const ks = Array.from(
			{length: Math.min(NUMBERS_PER_UPLOAD, phoneCount - u * NUMBERS_PER_UPLOAD)},
			(_, e) => u * NUMBERS_PER_UPLOAD + e,
		);
		const status = changes()?.uploadStatuses.get(ticketId) ?? seededUploadStatus(index, u, uploads, seed);
		const usages: UploadPlan['usages'] =
			u % 2 === 0 ? ['calling_user_assignment', 'first_party_app_assignment'] : ['calling_user_assignment'];
		return {ticketId, ks, ...placementOf(addresses, u), usages, status};
	};

	const phoneNumber = (k: number): ExternalConnectionPhoneNumber => {
		const number = phoneNumberAtK(k);
		const base = {
			number_id: numberIdOf(k),
			telephone_number: number,
			displayed_country_code: COUNTRY_CODES.find(([code]) => number.startsWith(code))?.[1] ?? 'US',
		};
		if (!teams) return base;
		const u = Math.floor(k / NUMBERS_PER_UPLOAD);
		const placement = placementOfK(k);
		return {
			...base,
			acquired_capabilities: CAPABILITIES[k % CAPABILITIES.length]!,
			civic_address_id: placement.civicAddressId,
			location_id: placement.locationId,
			ticket_id: ticketOf(u),
		};
	};

	const uploads = uploadCount(phoneCount);

	const renderUpload = (plan: UploadPlan): Upload => {
		const failed = plan.status === 'error' || plan.status === 'partial_success';
		return {
			ticket_id: plan.ticketId,
			tenant_id: tenantOf(index, seed),
			location_id: plan.locationId,
			status: plan.status,
			available_usages: plan.usages,
			...(failed ? {error_code: 'PartialFailure', error_message: 'Some numbers could not be uploaded to Microsoft Teams.'} : {}),
			tn_upload_entries: plan.ks.map((k, position) => ({
				number_id: numberIdOf(k),
				phone_number: phoneNumberAtK(k),
				...entryStatus(plan.status, position),
				civic_address_id: plan.civicAddressId,
				location_id: plan.locationId,
			})),
		};
	};

	return {
		teams,
		phoneCount,
		phoneNumber,
		/** Number k's E.164 number and place, without building the record: what the filters look at. */
		telephoneNumber: phoneNumberAtK,
		placementOfK: (k: number) => (teams ? placementOfK(k) : undefined),
		kOfPhoneNumberId: (id: string) => {
			const k = kOfUuid(id, UUID_KINDS.phoneNumber, index, seed);
			return k !== undefined && k < phoneCount ? k : undefined;
		},
		addresses,
		location(id: string): {address: CivicAddress; location: Location} | undefined {
			for (const address of addresses) {
				const location = address.locations.find(l => l.id === id);
				if (location) return {address, location};
			}
			return undefined;
		},
		/** Newest first: the ones POST made, then the seeded ones. */
		uploadPlans(): UploadPlan[] {
			const created = changes()?.createdUploads ?? [];
			if (!teams) return created;
			return [...created, ...Array.from({length: uploads}, (_, n) => seededPlan(uploads - 1 - n))];
		},
		renderUpload,
		releases(): SeededRelease[] {
			if (!teams || !seeded) return [];
			return seededReleases(index, seed, {large, addresses, tenantId: tenantOf(index, seed), createdMs: traits.createdMs});
		},
		logMessages(): LogMessage[] {
			const howMany = seeded ? logMessageCount(index, seed, large) : 0;
			const messages = howMany > 0 ? logMessagesOf(store, index) : undefined;
			return Array.from({length: howMany}, (_, k) => messages!.messageAt(k)).filter(message => !state.dismissed.has(message.id));
		},
	};
}
