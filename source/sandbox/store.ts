// The sandbox's external connections: seeded ones derived on demand, plus overlays for the records
// created, edited or deleted at runtime, so memory grows with the changes, not with the seeded count.
//
// Every record has an index: seeded 0..count-1 (created_at grows with it, all before any runtime
// creation), created count.. in creation order. List order (stable, newest first) is therefore index
// descending over the live indexes, and a position maps to its record in O(log deletions).
import type {ExternalConnection, ListPage} from '../api/types.js';
import {seededRecord, seededTraits, type SandboxRecord, type Traits} from './data.js';
import {decodeId} from './ids.js';
import {createLiveIndex} from './live-index.js';
import type {ConnectionFilters, ConnectionListQuery} from './list-query.js';
import {pageMeta, pageStart} from './paging.js';
import {ownerOfPhoneNumber, phoneNumberCount} from './seed/phone-numbers.js';

export type StoredConnection = {index: number; record: SandboxRecord; traits: Traits};

export type Store = {
	readonly seed: number;
	readonly count: number;
	/** Bumped by every add, replace and remove: what is derived from every record is derived again after one. */
	readonly revision: number;
	list(query: ConnectionListQuery): ListPage<ExternalConnection>;
	find(id: string): StoredConnection | undefined;
	/** The index a new record gets; the caller builds the record for it and hands it to add(). */
	nextIndex(): number;
	add(record: SandboxRecord, traits: Traits): void;
	replace(index: number, record: SandboxRecord): void;
	remove(index: number): void;
	/** How many phone numbers use the connection (created ones start with none). */
	phoneNumberCount(index: number): number;
	isLive(index: number): boolean;
	/** The live indexes in list order, newest first. */
	indexes(): Iterable<number>;
	/** The stored connection at an index that is live. */
	at(index: number): StoredConnection;
	/** What the filters look at, without building the record. */
	traitsAt(index: number): Traits;
};

export function createStore(count: number, seed: number): Store {
	const live = createLiveIndex(count);
	const created: {record: SandboxRecord; traits: Traits}[] = [];
	const edited = new Map<number, SandboxRecord>();
	let revision = 0;

	const recordOf = (index: number): SandboxRecord =>
		edited.get(index) ?? (index < count ? seededRecord(index, seed, count) : created[index - count]!.record);
	const traitsOf = (index: number): Traits => (index < count ? seededTraits(index, seed, count) : created[index - count]!.traits);

	const matches = (index: number, filters: ConnectionFilters): boolean => {
		const traits = traitsOf(index);
		if (filters.kind && traits.kind !== filters.kind) return false;
		const day = filters.createdDay;
		if (day && (traits.createdMs < day.start || traits.createdMs >= day.end)) return false;
		if (filters.nameContains && !traits.name.toLowerCase().includes(filters.nameContains)) return false;
		return true;
	};

	const liveIndexOf = (id: string): number | undefined => {
		const index = decodeId(id, seed);
		return index !== undefined && live.isLive(index) ? index : undefined;
	};

	const narrow = ({id, phoneNumber}: ConnectionFilters): number[] | undefined => {
		if (id === undefined && phoneNumber === undefined) return undefined;
		const byId = id === undefined ? undefined : liveIndexOf(id);
		const owner = phoneNumber === undefined ? undefined : ownerOfPhoneNumber(phoneNumber, seed, count)?.index;
		const index = id === undefined ? owner : phoneNumber === undefined || owner === byId ? byId : undefined;
		return index !== undefined && live.isLive(index) ? [index] : [];
	};

	return {
		seed,
		count,
		get revision() {
			return revision;
		},

		list({page, filters}) {
			const start = pageStart(page);
			const data: ExternalConnection[] = [];
			if (Object.keys(filters).length === 0) {
				for (let position = start; position < start + page.size; position++) {
					const index = live.indexAt(position);
					if (index === undefined) break;
					data.push(recordOf(index).external);
				}
				return {data, meta: pageMeta(live.total, page)};
			}
			// The id and phone filters narrow to at most one record without a scan.
			const narrowed = narrow(filters);
			const size = narrowed ? narrowed.length : live.total;
			let matched = 0;
			for (let k = 0; k < size; k++) {
				const index = narrowed ? narrowed[k]! : live.indexAt(k)!;
				if (!matches(index, filters)) continue;
				if (matched >= start && data.length < page.size) data.push(recordOf(index).external);
				matched++;
			}
			return {data, meta: pageMeta(matched, page)};
		},

		find(id) {
			const index = liveIndexOf(id);
			return index === undefined ? undefined : {index, record: recordOf(index), traits: traitsOf(index)};
		},

		nextIndex: () => count + created.length,

		add(record, traits) {
			live.grow();
			created.push({record, traits});
			revision++;
		},

		replace(index, record) {
			if (index < count) edited.set(index, record);
			else created[index - count]!.record = record;
			revision++;
		},

		remove(index) {
			live.remove(index);
			edited.delete(index);
			revision++;
		},

		phoneNumberCount: index => (index < count ? phoneNumberCount(index, seed, count) : 0),
		isLive: index => live.isLive(index),

		*indexes() {
			for (let position = 0; position < live.total; position++) yield live.indexAt(position)!;
		},

		at: index => ({index, record: recordOf(index), traits: traitsOf(index)}),
		traitsAt: traitsOf,
	};
}
