// GET /outbound_voice_profiles per telnyx-outbound-voice-profiles-list.yml: page (default size 20),
// filter[name][contains] (case-insensitive), sort (default -created_at).
import type {ListPage, TelnyxError} from '../api/types.js';
import {pageMeta, pageStart, parsePage} from './paging.js';
import {PROFILES, type SandboxProfile} from './profiles.js';
import {badRequest} from './telnyx-errors.js';

const SORT_FIELDS = ['enabled', 'created_at', 'name', 'service_plan', 'traffic_type', 'usage_payment_method'] as const;
type SortField = (typeof SORT_FIELDS)[number];

function compare(a: SandboxProfile, b: SandboxProfile, field: SortField): number {
	return String(a[field] ?? '').localeCompare(String(b[field] ?? ''));
}

export function listProfiles(params: URLSearchParams): {ok: true; page: ListPage<SandboxProfile>} | {ok: false; errors: TelnyxError[]} {
	const errors: TelnyxError[] = [];
	const page = parsePage(params, 20, errors);
	const sort = params.get('sort') ?? '-created_at';
	const field = sort.replace(/^-/, '') as SortField;
	if (!SORT_FIELDS.includes(field)) {
		errors.push(badRequest(`sort must be one of ${SORT_FIELDS.join(', ')}, optionally prefixed with '-'.`, {parameter: 'sort'}));
	}
	if (errors.length > 0) return {ok: false, errors};

	const needle = params.get('filter[name][contains]')?.toLowerCase();
	const direction = sort.startsWith('-') ? -1 : 1;
	const matching = PROFILES.filter(p => !needle || p.name.toLowerCase().includes(needle)).sort(
		(a, b) => direction * compare(a, b, field) || a.id.localeCompare(b.id),
	);
	const start = pageStart(page);
	return {ok: true, page: {data: matching.slice(start, start + page.size), meta: pageMeta(matching.length, page)}};
}
