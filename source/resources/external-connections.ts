// External connections: the main list. Its columns (most important first), its fetcher, its row key, its
// name column (one GET /connections/{id} per row on screen) and its filters.
import type {ExternalConnection, FilterValues, ListFilters} from '../api/types.js';
import {cleanText, type Clean} from '../text/sanitize.js';
import {showDay, showField, showMember} from '../components/wire-value.js';
import {keepTail} from '../text/keep-tail.js';
import {nameFetcher} from '../names/fetch-name.js';
import {idRefusal} from './id-refusal.js';
import {isRecord} from '../api/is-record.js';
import type {Resource, ResourceColumn} from './resource.js';
import {CONNECTION_FILTERS} from './connection-filters.js';

/** ListExternalConnections' page[size] maximum (openapi.yml). */
const LARGEST_PAGE = 250;

/** The checked filters, by CONNECTION_FILTERS' keys, as the API module's query takes them. */
function connectionListFilters(filters: FilterValues): ListFilters {
	const text = (value: FilterValues[string]) => (typeof value === 'string' && value !== '' ? value : undefined);
	const service = text(filters.externalSipConnection);
	return {
		connectionNameContains: text(filters.connectionNameContains),
		externalSipConnection: service === 'zoom' || service === 'operator_connect' ? service : undefined,
		createdAt: text(filters.createdAt),
		phoneNumber: text(filters.phoneNumber),
		id: text(filters.id),
	};
}

function webhookHost(value: unknown): Clean {
	if (typeof value !== 'string' || value === '') return showField(value, 'text');
	try {
		return cleanText(new URL(value).host || value);
	} catch {
		return cleanText(value);
	}
}

// Most important first: what tells connections apart, then what a person checks, then what fits on a wide terminal.
// Cells are wire data: each goes through the wire-value formatters, which clean it and survive any type.
const COLUMNS: ReadonlyArray<ResourceColumn<ExternalConnection>> = [
	// Names tell connections apart at a glance, so they get the room; an id keeps its last digits (`…6354012`),
	// whole in the detail, and grows to all 19 once the name has its ideal width.
	{key: 'name', title: 'name', min: 25, ideal: 32, tier: 1, names: true},
	{key: 'id', title: 'id', min: 8, ideal: 19, tier: 1, cell: (c, width) => keepTail(showField(c.id, 'text'), width)},
	{key: 'service', title: 'service', min: 8, ideal: 16, tier: 1, cell: c => showField(c.external_sip_connection, 'text')},
	{key: 'active', title: 'active', min: 6, ideal: 6, tier: 1, cell: c => showField(c.active, 'yes/no')},
	{key: 'created', title: 'created', min: 10, ideal: 10, tier: 1, cell: c => showDay(c.created_at)},
	{key: 'tags', title: 'tags', min: 6, ideal: 13, tier: 1, cell: c => showField(c.tags, 'a list of text')},
	// Only once the core columns are whole: before that it would take its room from the name.
	{key: 'credential', title: 'credential', min: 10, ideal: 10, tier: 2, cell: c => showField(c.credential_active, 'yes/no')},
	{key: 'webhook', title: 'webhook host', min: 12, ideal: 28, tier: 3, cell: c => webhookHost(c.webhook_event_url)},
	{key: 'inbound', title: 'inbound', min: 7, ideal: 7, tier: 3, cell: c => showMember(c.inbound, 'channel_limit', 'a number')},
	{key: 'outbound', title: 'outbound', min: 8, ideal: 8, tier: 3, cell: c => showMember(c.outbound, 'channel_limit', 'a number')},
	{
		key: 'profile',
		title: 'voice profile',
		min: 19,
		ideal: 19,
		tier: 3,
		cell: c => showMember(c.outbound, 'outbound_voice_profile_id', 'text'),
	},
	{key: 'updated', title: 'updated', min: 10, ideal: 10, tier: 3, cell: c => showDay(c.updated_at)},
];

export const externalConnections: Resource<ExternalConnection> = {
	name: 'external-connections',
	titles: ['External connections', 'Connections', ''],
	plural: 'external connections',
	columns: COLUMNS,
	displayOrder: [
		'name',
		'id',
		'service',
		'active',
		'credential',
		'created',
		'tags',
		'webhook',
		'inbound',
		'outbound',
		'profile',
		'updated',
	],
	stretch: ['name', 'tags'],
	rowKey: row => (typeof row.id === 'string' ? row.id : undefined),
	idRefusal: id => idRefusal('/external_connections/{id}', {id}),
	// Only an explicit `false`: a connection whose `active` is missing or malformed is not called inactive.
	inactive: row => row.active === false,
	fetchPage: (client, {pageNumber, pageSize, filters}, options) =>
		client.listExternalConnections({pageNumber, pageSize, filters: connectionListFilters(filters)}, options),
	nameFetcher,
	can: {open: true, create: true, mark: true},
	filters: CONNECTION_FILTERS,
	// ListExternalConnections has no filter by outbound voice profile (openapi.yml and the full spec), so a
	// profile's connections are found by reading the list, 250 rows a request. Not from the pages the main
	// list holds: those are at most 6 pages of 100 around its cursor, so they would miss connections.
	clientFilter: {
		pageSize: LARGEST_PAGE,
		keep: ({outboundVoiceProfileId: id}) =>
			typeof id !== 'string' || id === '' ? undefined : row => isRecord(row.outbound) && row.outbound['outbound_voice_profile_id'] === id,
	},
	emptyText: filtered =>
		filtered === undefined
			? 'No external connections yet. Press c to create one.'
			: `No external connections match ${filtered}. Press x to clear the filters.`,
};
