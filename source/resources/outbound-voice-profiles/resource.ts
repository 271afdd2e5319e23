// Outbound voice profiles (GET /outbound_voice_profiles, telnyx-outbound-voice-profiles-list.yml): a list of
// the account's, reached from the main list, filtered by name and sorted as the API offers. That spec has no
// retrieve: a profile's detail is its list row, so nothing is sent per record.
import type {OutboundVoiceProfile} from '../../api/types.js';
import type {Resource} from '../resource.js';
import {PROFILE_COLUMNS, PROFILE_DISPLAY_ORDER} from './columns.js';
import {PROFILE_FILTERS, profileQuery} from './filters.js';

export const outboundVoiceProfiles: Resource<OutboundVoiceProfile> = {
	name: 'outbound-voice-profiles',
	titles: ['Outbound voice profiles', 'Voice profiles', 'Profiles', ''],
	plural: 'outbound voice profiles',
	columns: PROFILE_COLUMNS,
	displayOrder: PROFILE_DISPLAY_ORDER,
	stretch: ['name', 'destinations', 'tags'],
	rowKey: row => (typeof row.id === 'string' && row.id !== '' ? row.id : undefined),
	idRefusal: () => undefined,
	// Only an explicit `false`: the spec's default is enabled.
	inactive: row => row.enabled === false,
	fetchPage: (client, {pageNumber, pageSize, filters}, options) =>
		client.listOutboundVoiceProfiles({pageNumber, pageSize, ...profileQuery(filters)}, options),
	can: {open: true, create: false},
	filters: PROFILE_FILTERS,
	emptyText: filtered =>
		filtered === undefined
			? 'No outbound voice profiles on this account.'
			: `No outbound voice profiles match ${filtered}. Press x to clear the filter.`,
};
