// The sandbox's external connections: seeded ones derived on demand, plus overlays for the records
// created, edited or deleted at runtime, so memory grows with the changes, not with the seeded count.
//
// Every record has an index: seeded 0..count-1 (created_at grows with it, all before any runtime
// creation), created count.. in creation order. List order (stable, newest first) is therefore index
// descending over the live indexes, and a position maps to its record in O(log deletions).
import type {ExternalConnection, ListPage} from '../api/types.js';
import {seededPhoneNumbers, seededRecord, seededTraits, type SandboxRecord, type Traits} from './data.js';
import {decodeId} from './ids.js';
import {createLiveIndex} from './live-index.js';
import type {ConnectionFilters, ConnectionListQuery} from './list-query.js';
import {pageMeta, pageStart} from './paging.js';

export type StoredConnection = {index: number; record: SandboxRecord; traits: Traits};

export type Store = {
	readonly seed: number;
	readonly count: number;
	list(query: ConnectionListQuery): ListPage<ExternalConnection>;
	find(id: string): StoredConnection | undefined;
	/** The index a new record gets; the caller builds the record for it and hands it to add(). */
	nextIndex(): number;
	add(record: SandboxRecord, traits: Traits): void;
	replace(index: number, record: SandboxRecord): void;
	remove(index: number): void;
	phoneNumbers(index: number): readonly string[];
};

export function createStore(count: number, seed: number): Store {
	const live = createLiveIndex(count);
	const created: {record: SandboxRecord; traits: Traits}[] = [];
	const edited = new Map<number, SandboxRecord>();

	const recordOf = (index: number): SandboxRecord =>
		edited.get(index) ?? (index < count ? seededRecord(index, seed, count) : created[index - count]!.record);
	const traitsOf = (index: number): Traits =>
		index < count ? seededTraits(index, seed, count) : created[index - count]!.traits;
	const phonesOf = (index: number): readonly string[] => (index < count ? seededPhoneNumbers(index, seed) : []);

	const matches = (index: number, filters: ConnectionFilters): boolean => {
		const traits = traitsOf(index);
		if (filters.kind && traits.kind !== filters.kind) return false;
		const day = filters.createdDay;
		if (day && (traits.createdMs < day.start || traits.createdMs >= day.end)) return false;
		if (filters.nameContains && !traits.name.toLowerCase().includes(filters.nameContains)) return false;
		if (filters.phoneNumber && !phonesOf(index).includes(filters.phoneNumber)) return false;
		return true;
	};

	const liveIndexOf = (id: string): number | undefined => {
		const index = decodeId(id, seed);
		return index !== undefined && live.isLive(index) ? index : undefined;
	};

	return {
		seed,
		count,

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
			// The id filter narrows to at most one record without a scan.
			const byId = filters.id === undefined ? undefined : [liveIndexOf(filters.id)].filter(i => i !== undefined);
			const size = byId ? byId.length : live.total;
			let matched = 0;
			for (let k = 0; k < size; k++) {
				const index = byId ? byId[k]! : live.indexAt(k)!;
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
		},

		replace(index, record) {
			if (index < count) edited.set(index, record);
			else created[index - count]!.record = record;
		},

		remove(index) {
			live.remove(index);
			edited.delete(index);
		},

		phoneNumbers: phonesOf,
	};
}
