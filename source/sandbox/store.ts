// The sandbox's external connections: seeded ones derived on demand plus the few created at runtime.
//
// List order (stable): newest first. Created records come first, most recent creation first; then the
// seeded records by created_at descending (seeded created_at grows with the index, and every seeded
// date lies before any runtime creation). Position p therefore maps to a record in O(1), which keeps an
// unfiltered page O(page size) even at 100k records.
import type {CreateExternalConnectionRequest, ExternalConnection, ListPage} from '../api/types.js';
import {
	isoSeconds,
	seededPhoneNumbers,
	seededRecord,
	seededTraits,
	toConnection,
	type SandboxRecord,
	type Traits,
} from './data.js';
import {decodeId, encodeId} from './ids.js';
import type {ConnectionFilters, ConnectionListQuery} from './list-query.js';
import {pageMeta, pageStart} from './paging.js';

// Unset values are left out, never "" or null where the spec's type does not allow it.
const limitOf = (limit: number | null | undefined) => (typeof limit === 'number' ? {channel_limit: limit} : {});

function urls(body: CreateExternalConnectionRequest): Pick<ExternalConnection, 'webhook_event_url' | 'webhook_event_failover_url'> {
	const failover = body.webhook_event_failover_url;
	return {
		...(body.webhook_event_url ? {webhook_event_url: body.webhook_event_url} : {}),
		// null is a value the spec allows for the failover URL; "" means unset.
		...(failover === null || failover ? {webhook_event_failover_url: failover} : {}),
	};
}

type Created = {record: SandboxRecord; traits: Traits};

export type Store = {
	list(query: ConnectionListQuery): ListPage<ExternalConnection>;
	find(id: string): SandboxRecord | undefined;
	create(body: CreateExternalConnectionRequest, now: Date): ExternalConnection;
};

export function createStore(count: number, seed: number): Store {
	const created: Created[] = [];
	const total = () => created.length + count;

	// Position in list order -> index: created records use indexes count.., seeded ones 0..count-1.
	const indexAt = (position: number) =>
		position < created.length ? count + created.length - 1 - position : count - 1 - (position - created.length);

	const recordOf = (index: number): SandboxRecord =>
		index < count ? seededRecord(index, seed, count) : (created[index - count] as Created).record;
	const traitsOf = (index: number): Traits =>
		index < count ? seededTraits(index, seed, count) : (created[index - count] as Created).traits;
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

	const decode = (id: string): number | undefined => {
		const index = decodeId(id, seed);
		return index !== undefined && index < total() ? index : undefined;
	};

	return {
		list({page, filters}) {
			const start = pageStart(page);
			const data: ExternalConnection[] = [];
			const unfiltered = Object.keys(filters).length === 0;
			if (unfiltered) {
				const end = Math.min(start + page.size, total());
				for (let position = start; position < end; position++) data.push(recordOf(indexAt(position)).external);
				return {data, meta: pageMeta(total(), page)};
			}
			// The id filter narrows to at most one record without a scan.
			const candidates = filters.id === undefined ? undefined : [decode(filters.id)].filter(i => i !== undefined);
			const size = candidates ? candidates.length : total();
			let matched = 0;
			for (let k = 0; k < size; k++) {
				const index = candidates ? (candidates[k] as number) : indexAt(k);
				if (!matches(index, filters)) continue;
				if (matched >= start && data.length < page.size) data.push(recordOf(index).external);
				matched++;
			}
			return {data, meta: pageMeta(matched, page)};
		},

		find(id) {
			const index = decode(id);
			return index === undefined ? undefined : recordOf(index);
		},

		create(body, now) {
			const index = count + created.length;
			const stamp = isoSeconds(now.getTime());
			const external: ExternalConnection = {
				id: encodeId(index, seed),
				record_type: 'external_connection',
				external_sip_connection: 'zoom',
				active: body.active ?? true,
				credential_active: false,
				tags: body.tags ?? [],
				...urls(body),
				webhook_api_version: '1',
				webhook_timeout_secs: body.webhook_timeout_secs ?? null,
				inbound: limitOf(body.inbound?.channel_limit),
				outbound: {...limitOf(body.outbound.channel_limit), outbound_voice_profile_id: body.outbound.outbound_voice_profile_id},
				created_at: stamp,
				updated_at: stamp,
			};
			// The create request carries no name; Telnyx-side records still need one for the name filter.
			const name = `Zoom connection ${external.id.slice(-6)}`;
			created.push({
				record: {external, connection: toConnection(external, name, 'Latency')},
				traits: {kind: 'zoom', name, createdMs: Date.parse(stamp)},
			});
			return external;
		},
	};
}
