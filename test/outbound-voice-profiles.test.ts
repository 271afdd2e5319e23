// The outbound voice profiles resource: its sorts are the spec's, its filter is checked before it is sent, its
// pages ask the sandbox exactly what the spec names, its columns and detail show every field of any type, and
// the main list's client-side filter keeps the connections of one profile.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {parse} from 'yaml';
import type {ExternalConnection, FilterValues, OutboundVoiceProfile} from '../source/api/types.js';
import {externalConnections} from '../source/resources/external-connections.js';
import {resourceNamed} from '../source/resources/index.js';
import {PROFILE_COLUMNS} from '../source/resources/outbound-voice-profiles/columns.js';
import {CONNECTIONS_ROW, profileDetailRows} from '../source/resources/outbound-voice-profiles/detail.js';
import {
	connectionsOfProfile,
	isProfileSort,
	PROFILE_FILTERS,
	profileQuery,
	SORTS,
} from '../source/resources/outbound-voice-profiles/filters.js';
import {checkFilters, describeFilters, filterParams} from '../source/resources/filter-table.js';
import {CONNECTION_FILTERS} from '../source/resources/connection-filters.js';
import {findOutboundVoiceProfile} from '../source/resources/outbound-voice-profiles/find.js';
import {outboundVoiceProfiles} from '../source/resources/outbound-voice-profiles/resource.js';
import {lastQuery, withResourceSandbox} from './helpers/resource-sandbox.js';
import {SPEC_DIR} from './helpers/sandbox-spec.js';

const spec = parse(readFileSync(new URL('telnyx-outbound-voice-profiles-list.yml', SPEC_DIR), 'utf8'));
const specSort = spec.components.parameters.SortOutboundVoiceProfile.schema;
const PROFILE: OutboundVoiceProfile = spec.components.schemas.OutboundVoiceProfile.example;
const NOW = new Date('2026-01-01T00:00:00Z');

describe('the filter and sort', () => {
	it("offers exactly the spec's sorts, its default first", () => {
		assert.deepEqual([...SORTS].sort(), [...specSort.enum].sort());
		assert.equal(SORTS[0], specSort.default);
		const sort = PROFILE_FILTERS.fields.find(field => field.key === 'sort')!;
		assert.equal(sort.kind === 'enum' && sort.options, SORTS);
		assert.ok(!isProfileSort('--name') && !isProfileSort('id') && !isProfileSort(''));
	});

	it('checks before sending: any part of a name, trimmed; a control character or an unknown sort is refused', () => {
		assert.deepEqual(checkFilters(PROFILE_FILTERS.fields, {nameContains: '  office ', sort: ''}), {
			ok: true,
			filters: {nameContains: 'office'},
		});
		assert.deepEqual(checkFilters(PROFILE_FILTERS.fields, {nameContains: '東京', sort: '-name'}), {
			ok: true,
			filters: {nameContains: '東京', sort: '-name'},
		});
		const refused = checkFilters(PROFILE_FILTERS.fields, {nameContains: 'off\u001b[2Jice', sort: 'id'});
		assert.equal(refused.ok, false);
		assert.match(!refused.ok ? refused.errors['nameContains']! : '', /control characters/);
		assert.match(!refused.ok ? refused.errors['sort']! : '', /Not a sort: id/);
	});

	it('sends only the spec names: the query leaves out what is unset or not a sort', () => {
		assert.deepEqual(profileQuery({}), {});
		assert.deepEqual(profileQuery({nameContains: 'emea', sort: '-name'}), {nameContains: 'emea', sort: '-name'});
		assert.deepEqual(profileQuery({nameContains: ['a'], sort: 'id'}), {});
	});

	it('shows in the header what is applied; the profile filter of the main list is never sent', () => {
		assert.equal(describeFilters(PROFILE_FILTERS, {nameContains: 'emea', sort: 'name'}), 'name~"emea" · sort=name');
		assert.equal(describeFilters(CONNECTION_FILTERS, connectionsOfProfile('1911630617284445511')), 'profile=1911630617284445511');
		assert.ok(!filterParams(CONNECTION_FILTERS, connectionsOfProfile('1')).some(([param]) => param.includes('profile')));
	});
});

describe('columns and detail', () => {
	it("shows the spec's example in every column, and a field of the wrong type as what it is", () => {
		const cells: string[] = PROFILE_COLUMNS.map(column => column.cell(PROFILE, 19));
		for (const cell of ['office', '1293384261075731499', 'yes', '12', '10', 'US, BR, AU', '2018-02-02'])
			assert.ok(cells.includes(cell), cell);
		const hostile = {
			...PROFILE,
			connections_count: '12',
			enabled: 'yes',
			whitelisted_destinations: 'US',
		} as unknown as OutboundVoiceProfile;
		const shown = PROFILE_COLUMNS.map(column => column.cell(hostile, 19)).join(' | ');
		assert.match(shown, /"12" \(expected a number\)/);
		assert.match(shown, /"yes" \(expected yes\/no\)/);
		assert.equal(outboundVoiceProfiles.inactive?.({...PROFILE, enabled: false}), true);
		assert.equal(outboundVoiceProfiles.inactive?.({...PROFILE, enabled: undefined}), false, 'only an explicit false');
	});

	it('has a row for every field of the example, nested ones too, each copying the value as sent', () => {
		const rows = profileDetailRows(PROFILE, NOW).filter(row => row.kind === 'field');
		const labels = new Set(rows.map(row => row.label));
		const nested = ['call_recording', 'calling_window'];
		for (const key of Object.keys(PROFILE)) if (!nested.includes(key)) assert.ok(labels.has(key), key);
		for (const group of nested) for (const key of Object.keys((PROFILE as any)[group])) assert.ok(labels.has(key), key);
		const connections = rows.find(row => row.label === CONNECTIONS_ROW)!;
		assert.equal(connections.copy, '12');
		assert.match(connections.value, /12 · Enter: the external connections that use it/);
		assert.equal(rows.find(row => row.label === 'end_time')!.copy, '20:00:00.00Z');
	});

	it('is in the registry under its name', () => {
		assert.equal(resourceNamed('outbound-voice-profiles'), outboundVoiceProfiles);
	});
});

describe('pages, over the sandbox', () => {
	const context = withResourceSandbox();
	const fetch = (filters: FilterValues, pageNumber = 1, pageSize = 100) =>
		outboundVoiceProfiles.fetchPage(context.client, {parentId: undefined, pageNumber, pageSize, filters}, {});

	it('asks for the page, the name filter and the sort by the names the spec gives them', async () => {
		const page = await fetch({nameContains: 'OUTBOUND', sort: '-name'}, 1, 2);
		assert.deepEqual(lastQuery(context.sandbox), {
			'page[number]': '1',
			'page[size]': '2',
			'filter[name][contains]': 'OUTBOUND',
			sort: '-name',
		});
		assert.deepEqual(
			page.data.map(profile => profile.name),
			['EMEA Outbound – Frankfurt', 'APAC Outbound'],
		);
		assert.equal(page.meta.total_results, 2);
	});

	it('sends no sort when none is chosen: newest first, the API default', async () => {
		const page = await fetch({});
		assert.equal(lastQuery(context.sandbox)['sort'], undefined);
		const created = page.data.map(profile => profile.created_at!);
		assert.deepEqual(created, [...created].sort().reverse());
	});

	it('finds a profile by id: its held row as it is, else by reading the list; one gone is said so', async () => {
		const {sandbox, client} = context;
		const held = {...PROFILE, id: '1293384261075731499'};
		const before = sandbox.requests.length;
		assert.equal(await findOutboundVoiceProfile(client, held.id, held, {}), held);
		assert.equal(sandbox.requests.length, before, 'a held row is not asked for');
		const read = await findOutboundVoiceProfile(client, '1987654321098765432', undefined, {});
		assert.equal(read.name, 'EMEA Outbound – Frankfurt');
		assert.equal(lastQuery(sandbox)['page[size]'], '250');
		await assert.rejects(
			findOutboundVoiceProfile(client, '1000000000000000001', undefined, {}),
			/No outbound voice profile 1000000000000000001/,
		);
	});

	it('keeps, on the main list, the connections whose outbound profile is the one filtered, and says when it is not on', () => {
		const keep = externalConnections.clientFilter!.keep(connectionsOfProfile('1911630617284445511'))!;
		const connection = (outbound: unknown) => ({id: '1', outbound}) as ExternalConnection;
		assert.equal(keep(connection({outbound_voice_profile_id: '1911630617284445511'})), true);
		assert.equal(keep(connection({outbound_voice_profile_id: '1293384261075731499'})), false);
		assert.equal(keep(connection(undefined)), false);
		assert.equal(keep(connection('1911630617284445511')), false, 'an outbound of the wrong type matches nothing');
		assert.equal(externalConnections.clientFilter!.keep({connectionNameContains: 'zoom'}), undefined);
		assert.equal(externalConnections.clientFilter!.pageSize, 250, "the API's largest page");
	});
});
