// The profiles list's filter and sort, as telnyx-outbound-voice-profiles-list.yml offers them:
// filter[name][contains] (any text; the API matches it ignoring case) and `sort` (one of twelve; -created_at,
// its default, when none is picked). The generic filter form checks both before anything is sent. Pure.
import type {FilterValues, OutboundVoiceProfileSort} from '../../api/types.js';
import {CONTROL_CHARACTER} from '../../api/wire-formats.js';
import type {FilterTable} from '../filter-table.js';

/** Every order the API takes (SortOutboundVoiceProfile), its default (-created_at) first. */
export const SORTS: readonly OutboundVoiceProfileSort[] = [
	'-created_at',
	'created_at',
	'name',
	'-name',
	'-enabled',
	'enabled',
	'service_plan',
	'-service_plan',
	'traffic_type',
	'-traffic_type',
	'usage_payment_method',
	'-usage_payment_method',
];

export function isProfileSort(value: unknown): value is OutboundVoiceProfileSort {
	return SORTS.includes(value as OutboundVoiceProfileSort);
}

export const PROFILE_FILTERS: FilterTable = {
	title: 'Filter outbound voice profiles',
	fields: [
		{
			kind: 'text',
			key: 'nameContains',
			label: 'Name contains',
			short: 'name',
			param: 'filter[name][contains]',
			match: 'contains',
			// The line editor never lets one in; a value from anywhere else is refused, not sent.
			check: value => (CONTROL_CHARACTER.test(value) ? 'No control characters: type part of the name.' : undefined),
			rule: 'Any part of the name; case is ignored. Empty: every profile.',
			example: 'office',
		},
		{
			kind: 'enum',
			key: 'sort',
			label: 'Sort',
			short: 'sort',
			param: 'sort',
			options: SORTS,
			multiple: false,
			rule: 'A field; -field descends. Empty: newest first (-created_at).',
		},
	],
};

/** The checked filters as the API module's query takes them: a sort the spec does not list is not sent. */
export function profileQuery(filters: FilterValues): {nameContains?: string; sort?: OutboundVoiceProfileSort} {
	const {nameContains, sort} = filters;
	return {
		...(typeof nameContains === 'string' && nameContains !== '' && {nameContains}),
		...(isProfileSort(sort) && {sort}),
	};
}

/** The main list's filter for the connections that use the profile (applied as the rows are read: the API has none). */
export const connectionsOfProfile = (profileId: string): FilterValues => ({outboundVoiceProfileId: profileId});
