// Every list's filter table against the full spec: the same query parameters, the same enums, and the rules the
// spec states beside each field, checked before anything is sent.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {parse} from 'yaml';
import {CONNECTION_FILTERS} from '../source/resources/connection-filters.js';
import {CIVIC_ADDRESS_FILTERS} from '../source/resources/civic-addresses/filters.js';
import {civicAddressesQuery} from '../source/resources/civic-addresses/api.js';
import {
	checkFilters,
	describeFilters,
	filterParams,
	formValuesOf,
	offeredFields,
	type FilterTable,
} from '../source/resources/filter-table.js';
import {LOG_MESSAGE_FILTERS} from '../source/resources/log-messages/filters.js';
import {logMessagesQuery} from '../source/resources/log-messages/api.js';
import {PHONE_NUMBER_FILTERS} from '../source/resources/phone-numbers/filters.js';
import {phoneNumbersQuery} from '../source/resources/phone-numbers/api.js';
import {RELEASE_FILTERS} from '../source/resources/releases/filters.js';
import {releasesQuery} from '../source/resources/releases/api.js';
import {UPLOAD_FILTERS} from '../source/resources/uploads/filters.js';
import {uploadsQuery} from '../source/resources/uploads/api.js';
import {SPEC_DIR} from './helpers/sandbox-spec.js';

type Schema = {properties?: Record<string, Schema>; items?: Schema; enum?: string[]; type?: string};
const spec = parse(readFileSync(new URL('telnyx-external-connections-full.yml', SPEC_DIR), 'utf8')) as {
	components: {parameters: Record<string, {name: string; style: string; schema: Schema}>};
};

/** The deepObject leaves of a filter parameter: `filter[phone_number][eq]` → its schema. */
function leaves(name: string, schema: Schema, path = name): Array<[string, Schema]> {
	if (schema.type === 'object' && schema.properties) {
		return Object.entries(schema.properties).flatMap(([key, child]) => leaves(name, child, `${path}[${key}]`));
	}
	return [[path, schema]];
}

const TABLES: Array<[string, FilterTable]> = [
	['FilterConnectionsConsolidated', CONNECTION_FILTERS],
	['FilterPhoneNumbersConsolidated', PHONE_NUMBER_FILTERS],
	['FilterCivicAddressesConsolidated', CIVIC_ADDRESS_FILTERS],
	['FilterUploadsConsolidated', UPLOAD_FILTERS],
	['FilterReleasesConsolidated', RELEASE_FILTERS],
	['FilterLogMessagesConsolidated', LOG_MESSAGE_FILTERS],
];

describe('each filter table is its spec parameter', () => {
	for (const [name, table] of TABLES) {
		it(`${table.title}: ${name}`, () => {
			const parameter = spec.components.parameters[name]!;
			assert.equal(parameter.style, 'deepObject');
			const specLeaves = new Map(leaves(parameter.name, parameter.schema));
			const sent = table.fields.filter(field => !field.clientSide);
			assert.deepEqual(sent.map(field => field.param).sort(), [...specLeaves.keys()].sort(), 'every filter, and no other');
			for (const field of sent) {
				const leaf = specLeaves.get(field.param)!;
				const options = leaf.enum ?? leaf.items?.enum;
				if (field.kind === 'enum') {
					assert.deepEqual(field.options, options, `${field.param}: the spec's enum, in its order`);
					assert.equal(field.multiple, leaf.type === 'array', `${field.param}: several values where the spec takes an array`);
				} else {
					assert.equal(options, undefined, `${field.param}: not an enum in the spec`);
				}
				assert.match(field.rule, /^[A-Z].*\.$/, `${field.param} states its rule`);
			}
		});
	}
});

const refuses = (table: FilterTable, key: string, value: string) => {
	const result = checkFilters(table.fields, {[key]: value});
	return result.ok ? undefined : result.errors[key];
};
const accepts = (table: FilterTable, key: string, value: string) => {
	const result = checkFilters(table.fields, {[key]: value});
	assert.ok(result.ok, `${key} ${JSON.stringify(value)}: ${result.ok ? '' : result.errors[key]}`);
	return result.filters[key];
};

describe('the rules beside each field', () => {
	it('a partial number: 3 to 15 digits where the spec requires it (releases, log messages), 1 to 15 where it states none', () => {
		for (const [table, key] of [
			[RELEASE_FILTERS, 'phoneNumberContains'],
			[LOG_MESSAGE_FILTERS, 'telephoneNumberContains'],
		] as const) {
			assert.equal(accepts(table, key, '+123'), '+123');
			assert.equal(accepts(table, key, ' 441134 '), '441134');
			assert.equal(accepts(table, key, '1'.repeat(15)), '1'.repeat(15));
			for (const bad of ['12', '+12', '1'.repeat(16), '44 11', '++441', '44a1', '+'])
				assert.match(refuses(table, key, bad) ?? '', /3 to 15 digits/, bad);
		}
		for (const table of [PHONE_NUMBER_FILTERS, UPLOAD_FILTERS]) {
			assert.equal(accepts(table, 'phoneNumberContains', '4'), '4');
			for (const bad of ['1'.repeat(16), '4 4', 'x', '+'])
				assert.match(refuses(table, 'phoneNumberContains', bad) ?? '', /1 to 15 digits/, bad);
		}
	});

	it('an exact number is E.164; log messages also take null for messages about no number', () => {
		for (const table of [PHONE_NUMBER_FILTERS, UPLOAD_FILTERS, RELEASE_FILTERS]) {
			assert.equal(accepts(table, 'phoneNumberEq', '+19705555098'), '+19705555098');
			for (const bad of ['19705555098', '+0123', '+1 970', '+1234567890123456', 'null']) {
				assert.match(refuses(table, 'phoneNumberEq', bad) ?? '', /E\.164/, bad);
			}
		}
		assert.equal(accepts(LOG_MESSAGE_FILTERS, 'telephoneNumberEq', 'null'), 'null');
		assert.equal(accepts(LOG_MESSAGE_FILTERS, 'telephoneNumberEq', '+1234567890'), '+1234567890');
		assert.match(refuses(LOG_MESSAGE_FILTERS, 'telephoneNumberEq', 'NULL') ?? '', /or null/);
	});

	it('countries: ISO 3166-1 alpha-2, checked against the assigned codes, several at once, upper-cased, each once', () => {
		assert.deepEqual(accepts(CIVIC_ADDRESS_FILTERS, 'countries', 'us, ca,  GB us'), ['US', 'CA', 'GB']);
		assert.deepEqual(accepts(CIVIC_ADDRESS_FILTERS, 'countries', 'br'), ['BR']);
		assert.match(refuses(CIVIC_ADDRESS_FILTERS, 'countries', 'UK') ?? '', /UK is not an ISO 3166-1 country code: the United Kingdom is GB/);
		assert.match(refuses(CIVIC_ADDRESS_FILTERS, 'countries', 'US, XX') ?? '', /XX is not an ISO 3166-1/);
		for (const bad of ['USA', 'U', '1A', 'É1']) assert.match(refuses(CIVIC_ADDRESS_FILTERS, 'countries', bad) ?? '', /two letters/, bad);
	});

	it('a connection (global log list only): an int64 id or null', () => {
		assert.equal(accepts(LOG_MESSAGE_FILTERS, 'connectionId', '1293384261075731499'), '1293384261075731499');
		assert.equal(accepts(LOG_MESSAGE_FILTERS, 'connectionId', 'null'), 'null');
		assert.match(refuses(LOG_MESSAGE_FILTERS, 'connectionId', '67ea7693-9cd5') ?? '', /1 to 19 digits/);
		assert.match(refuses(LOG_MESSAGE_FILTERS, 'connectionId', '9223372036854775808') ?? '', /Too long/);
		assert.deepEqual(
			offeredFields(LOG_MESSAGE_FILTERS, true).map(field => field.key),
			['telephoneNumberContains', 'telephoneNumberEq'],
			'under a connection its id is the filter',
		);
		assert.equal(offeredFields(LOG_MESSAGE_FILTERS, false).length, 3);
	});

	it('statuses: any set of the enum, kept in the spec order; a value outside it is refused', () => {
		const fields = UPLOAD_FILTERS.fields;
		assert.deepEqual(checkFilters(fields, {statuses: ['error', 'pending']}), {ok: true, filters: {statuses: ['pending', 'error']}});
		assert.deepEqual(checkFilters(fields, {statuses: []}), {ok: true, filters: {}});
		// The uploads' filter enum has no partial_success, though an upload can be in it.
		const refused = checkFilters(fields, {statuses: ['partial_success']});
		assert.ok(!refused.ok && /partial_success/.test(refused.errors.statuses!));
		assert.deepEqual(checkFilters(RELEASE_FILTERS.fields, {statuses: ['unknown', 'complete']}), {
			ok: true,
			filters: {statuses: ['complete', 'unknown']},
		});
	});

	it('a refused form reports every broken field and keeps nothing back from the others', () => {
		const result = checkFilters(RELEASE_FILTERS.fields, {phoneNumberContains: '12', phoneNumberEq: '+1970', locationId: 'loc-1'});
		assert.deepEqual(result.ok ? [] : Object.keys(result.errors), ['phoneNumberContains']);
	});
});

describe('the query sent', () => {
	it('each list sends its checked filters as the spec names them; unset ones are left out', () => {
		const page = {pageNumber: 2, pageSize: 50};
		assert.equal(
			decodeURIComponent(
				phoneNumbersQuery({...page, filters: {phoneNumberContains: '+4411', locationId: 'loc', civicAddressId: ''}}).toString(),
			),
			'page[number]=2&page[size]=50&filter[phone_number][contains]=+4411&filter[location_id][eq]=loc',
		);
		assert.equal(
			decodeURIComponent(uploadsQuery({...page, filters: {statuses: ['pending', 'error'], phoneNumberEq: '+15555555555'}}).toString()),
			'page[number]=2&page[size]=50&filter[status][eq]=pending,error&filter[phone_number][eq]=+15555555555',
		);
		assert.equal(
			decodeURIComponent(releasesQuery({...page, filters: {civicAddressId: 'addr'}}).toString()),
			'page[number]=2&page[size]=50&filter[civic_address_id][eq]=addr',
		);
		assert.equal(
			decodeURIComponent(logMessagesQuery({...page, filters: {connectionId: '42', telephoneNumberEq: 'null'}}).toString()),
			'page[number]=2&page[size]=50&filter[telephone_number][eq]=null&filter[external_connection_id]=42',
		);
		assert.equal(decodeURIComponent(civicAddressesQuery(['US', 'CA']).toString()), 'filter[country]=US,CA');
		// + stays a plus on the wire, not a space.
		assert.match(phoneNumbersQuery({...page, filters: {phoneNumberEq: '+1970'}}).toString(), /%2B1970/);
	});

	it('filterParams follows the table order, unset ones included for deepObjectQuery to leave out', () => {
		assert.deepEqual(filterParams(CIVIC_ADDRESS_FILTERS, undefined), [['filter[country]', undefined]]);
	});
});

describe('the form and the header', () => {
	it('formValuesOf: the form of applied filters (text, lists, picks) checks back to the same filters', () => {
		const applied = {statuses: ['pending'], phoneNumberContains: '4411', locationId: 'loc-1'};
		const values = formValuesOf(UPLOAD_FILTERS.fields, applied);
		assert.deepEqual(values, {
			statuses: ['pending'],
			phoneNumberContains: '4411',
			phoneNumberEq: '',
			locationId: 'loc-1',
			civicAddressId: '',
		});
		assert.deepEqual(checkFilters(UPLOAD_FILTERS.fields, values), {ok: true, filters: applied});
		assert.deepEqual(formValuesOf(CIVIC_ADDRESS_FILTERS.fields, {countries: ['US', 'CA']}), {countries: 'US, CA'});
	});

	it('describeFilters names places and connections where it knows them, ids where not', () => {
		const names = {place: (id: string) => (id === 'loc-1' ? 'Austin Office · 14th Floor' : undefined), connection: () => 'Teams Europe'};
		assert.equal(
			describeFilters(
				UPLOAD_FILTERS,
				{statuses: ['pending', 'error'], phoneNumberContains: '4411', locationId: 'loc-1', civicAddressId: 'addr-9'},
				names,
			),
			'status=pending,error · number~"4411" · location=Austin Office · 14th Floor · address=addr-9',
		);
		assert.equal(
			describeFilters(LOG_MESSAGE_FILTERS, {telephoneNumberEq: 'null', connectionId: '42'}, names),
			'number=null · connection=Teams Europe',
		);
		assert.equal(describeFilters(LOG_MESSAGE_FILTERS, {connectionId: '42'}), 'connection=42');
		assert.equal(describeFilters(CIVIC_ADDRESS_FILTERS, {countries: ['US', 'CA']}), 'country=US,CA');
		assert.equal(describeFilters(PHONE_NUMBER_FILTERS, {statuses: []}), '');
	});
});
