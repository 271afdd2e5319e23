// What requests changed under connections, kept for the life of the server; everything else is
// derived from the seed. Per connection, created lazily, so untouched connections cost nothing.
import type {UploadStatus, Usage} from './seed/uploads.js';

/** An upload as the sandbox keeps it: the numbers it carries by k, and where it put them. */
export type UploadPlan = {
	ticketId: string;
	ks: number[];
	civicAddressId: string;
	locationId: string;
	usages: Usage[];
	status: UploadStatus;
	/** A POSTed upload: when it was made (epoch ms), for the sandbox's own progress through the statuses. */
	createdAtMs?: number;
};

export type ConnectionChanges = {
	/** Phone number k moved to another location. */
	placements: Map<number, {civicAddressId: string; locationId: string}>;
	/** Locations given a static emergency address: location id -> address id. */
	emergencyAddresses: Map<string, string>;
	/** Seeded uploads whose status moved on, by ticket id. */
	uploadStatuses: Map<string, UploadStatus>;
	/** Uploads made through POST, newest first. */
	createdUploads: UploadPlan[];
	/** Until when (epoch ms) a status refresh is still running. */
	refreshUntil: number;
};

export type ChildrenState = {
	/** The changes of a connection, made on first write. */
	changes(index: number): ConnectionChanges;
	/** The changes of a connection if any were made: reads allocate nothing. */
	peek(index: number): ConnectionChanges | undefined;
	/** The log message ids dismissed so far. */
	dismissed: Set<string>;
	/** Until when (epoch ms) the account's Operator Connect refresh is still running. */
	operatorConnectRefreshUntil: number;
	/** Every connection's changes made so far. */
	allChanges(): Iterable<ConnectionChanges>;
};

export function createChildrenState(): ChildrenState {
	const byConnection = new Map<number, ConnectionChanges>();
	return {
		changes(index) {
			let changes = byConnection.get(index);
			if (!changes) {
				changes = {placements: new Map(), emergencyAddresses: new Map(), uploadStatuses: new Map(), createdUploads: [], refreshUntil: 0};
				byConnection.set(index, changes);
			}
			return changes;
		},
		peek: index => byConnection.get(index),
		dismissed: new Set(),
		operatorConnectRefreshUntil: 0,
		allChanges: () => byConnection.values(),
	};
}
