// The records a hostile Telnyx look-alike serves for one payload kind: every resource of the full spec, each
// string field filled by the kind (test/helpers/spec-sample.ts), and error bodies of the same. The ids the app
// navigates by are ones the contract gives, except for the odd-ids kind, whose records (bar one connection, to
// reach the rest through) carry ids no contract would.
import {ODD_IDS, type PayloadKind} from './payload-kinds.js';
import {sampleOf} from './spec-sample.js';

const FULL = 'telnyx-external-connections-full.yml';
const PROFILES = 'telnyx-outbound-voice-profiles-list.yml';

export const IDS = {
	connection: '1293384261075731499',
	otherConnection: '1293384261075731498',
	profile: '1911630617284445511',
	numbers: ['8dd49b5c-9ccf-471f-bd49-b7f2ae3e480b', '8dd49b5c-9ccf-471f-bd49-b7f2ae3e480c'],
	addresses: ['f57fa8fb-2713-49c4-87fa-7d969a86193f', 'f57fa8fb-2713-49c4-87fa-7d969a86193e'],
	locations: ['975d2a9d-1d15-4255-95d2-8d5cf7b51bcd', '975d2a9d-1d15-4255-95d2-8d5cf7b51bcc'],
	uploads: ['7d34ca3a-62cf-424d-934c-65e6fdc03018', '7d34ca3a-62cf-424d-934c-65e6fdc03019'],
	releases: ['8c8eb549-890f-499c-88eb-9c06525e7ce6', '8c8eb549-890f-499c-88eb-9c06525e7ce7'],
	messages: ['1963945078622373005', '1963945078622373006'],
};

type Json = Record<string, any>;

export type HostileRecords = {
	connections: Json[];
	connection: (id: string) => Json;
	connectionInfo: (id: string) => Json;
	profiles: Json[];
	numbers: Json[];
	addresses: Json[];
	uploads: Json[];
	releases: Json[];
	messages: Json[];
	location: Json;
	/** The answer to an upload's POST. */
	uploadCreated: Json;
	errors: Json;
	/** The ids of each resource, as served: what a request's path may name. */
	ids: {numbers: string[]; addresses: string[]; locations: string[]; uploads: string[]; releases: string[]; messages: string[]};
};

/** The ids of a list of `valid` ids for `kind`: the odd ids and then one valid id, or the valid ids. */
const idsFor = (kind: PayloadKind, valid: string[]) => (kind.oddIds ? [...ODD_IDS, valid[0]!] : valid);

export function hostileRecords(kind: PayloadKind): HostileRecords {
	const sample = (document: string, schema: string) => sampleOf(document, `#/components/schemas/${schema}`, kind.value) as Json;
	const ids = {
		numbers: idsFor(kind, IDS.numbers),
		addresses: idsFor(kind, IDS.addresses),
		locations: idsFor(kind, IDS.locations),
		uploads: idsFor(kind, IDS.uploads),
		releases: idsFor(kind, IDS.releases),
		messages: idsFor(kind, IDS.messages),
	};
	const connection = (id: string) => ({...sample(FULL, 'ExternalConnection'), id, external_sip_connection: 'operator_connect'});
	const connectionIds = kind.oddIds ? [IDS.connection, ...ODD_IDS] : [IDS.connection, IDS.otherConnection];
	// Each address holds locations of its own, so no pick list names one location twice.
	const addresses = ids.addresses.map((id, index) => {
		const address = sample(FULL, 'CivicAddress');
		const location = address.locations[0];
		const locations = ids.locations.map((locationId, at) => ({...location, id: index === 0 ? locationId : `${locationId}${at}x`}));
		return {...address, id, locations: index === 0 ? locations : locations.slice(0, 1)};
	});
	const message = (id: string) => {
		const sampled = sample(FULL, 'LogMessage');
		return {...sampled, id, meta: {...sampled.meta, external_connection_id: IDS.connection}};
	};
	const errors = {errors: [0, 1, 2].map(() => sample(FULL, 'ErrorResponse').errors[0])};
	return {
		connections: connectionIds.map(connection),
		connection,
		connectionInfo: id => ({...sample(FULL, 'Connection'), id}),
		profiles: [{...sample(PROFILES, 'OutboundVoiceProfile'), id: IDS.profile}],
		numbers: ids.numbers.map(number_id => ({...sample(FULL, 'ExternalConnectionPhoneNumber'), number_id})),
		addresses,
		uploads: ids.uploads.map(ticket_id => ({...sample(FULL, 'Upload'), ticket_id})),
		releases: ids.releases.map(ticket_id => ({...sample(FULL, 'Release'), ticket_id})),
		messages: ids.messages.map(message),
		location: sample(FULL, 'LocationResponse'),
		uploadCreated: {success: true, ticket_id: kind.value('ticket_id')},
		errors,
		ids,
	};
}
