// GET /outbound_voice_profiles per telnyx-outbound-voice-profiles-list.yml: page (default size 20, at most
// 250), filter[name][contains] (case-insensitive), sort (one of the spec's twelve, default -created_at);
// anything else of those refused with the 422 that spec documents. Each profile says how many connections
// use it (connections_count).
import type {ListPage, TelnyxError} from '../api/types.js';
import {pageMeta, pageStart, parsePage} from './paging.js';
import {PROFILES, type SandboxProfile} from './profiles.js';
import type {Store} from './store.js';
import {badRequest} from './telnyx-errors.js';

const SORT_FIELDS = ['enabled', 'created_at', 'name', 'service_plan', 'traffic_type', 'usage_payment_method'] as const;
type SortField = (typeof SORT_FIELDS)[number];
const SORTS: readonly string[] = SORT_FIELDS.flatMap(field => [field, `-${field}`]);

/** Past this many connections the count is left out (the spec does not require it): reading them all takes too long. */
export const MAX_COUNTED_CONNECTIONS = 20_000;

export type ListedProfile = SandboxProfile & {connections_count?: number};

function compare(a: SandboxProfile, b: SandboxProfile, field: SortField): number {
	return String(a[field] ?? '').localeCompare(String(b[field] ?? ''));
}

// Counted once per change to the connections: 300 take a millisecond, 20,000 about 100 ms.
const counted = new WeakMap<Store, {revision: number; counts: ReadonlyMap<string, number>}>();

function connectionCounts(store: Store): ReadonlyMap<string, number> | undefined {
	const cached = counted.get(store);
	if (cached?.revision === store.revision) return cached.counts;
	let live = 0;
	for (const _index of store.indexes()) if (++live > MAX_COUNTED_CONNECTIONS) return undefined;
	const counts = new Map<string, number>();
	for (const index of store.indexes()) {
		const id = store.at(index).record.external.outbound?.outbound_voice_profile_id;
		if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	counted.set(store, {revision: store.revision, counts});
	return counts;
}

export function listProfiles(
	params: URLSearchParams,
	store: Store,
): {ok: true; page: ListPage<ListedProfile>} | {ok: false; errors: TelnyxError[]} {
	const errors: TelnyxError[] = [];
	const page = parsePage(params, 20, errors);
	const sort = params.get('sort') ?? '-created_at';
	if (!SORTS.includes(sort)) {
		errors.push(badRequest(`sort must be one of ${SORT_FIELDS.join(', ')}, optionally prefixed with '-'.`, {parameter: 'sort'}));
	}
	if (errors.length > 0) return {ok: false, errors};

	const field = sort.replace(/^-/, '') as SortField;
	const needle = params.get('filter[name][contains]')?.toLowerCase();
	const direction = sort.startsWith('-') ? -1 : 1;
	const matching = PROFILES.filter(p => !needle || p.name.toLowerCase().includes(needle)).sort(
		(a, b) => direction * compare(a, b, field) || a.id.localeCompare(b.id),
	);
	const start = pageStart(page);
	const counts = connectionCounts(store);
	const data = matching
		.slice(start, start + page.size)
		.map(profile => (counts ? {...profile, connections_count: counts.get(profile.id) ?? 0} : profile));
	return {ok: true, page: {data, meta: pageMeta(matching.length, page)}};
}
