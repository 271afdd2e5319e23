import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {CONNECTION_FILTERS} from '../source/resources/connection-filters.js';
import {checkFilters, describeFilters, formValuesOf} from '../source/resources/filter-table.js';

const {fields} = CONNECTION_FILTERS;
type Field = 'connectionNameContains' | 'createdAt' | 'phoneNumber' | 'id';
// [field, raw input, expected value when valid | a fragment of the message when invalid]
type Case = [Field, string, {value: string | undefined} | {error: string}];

function checkOne(key: Field, raw: string) {
	const result = checkFilters(fields, {[key]: raw});
	return result.ok ? {ok: true as const, value: result.filters[key]} : {ok: false as const, message: result.errors[key]!};
}

const cases: Case[] = [
	// Every field: empty or whitespace means unset.
	...(['connectionNameContains', 'createdAt', 'phoneNumber', 'id'] as const).flatMap((field): Case[] => [
		[field, '', {value: undefined}],
		[field, '   \t', {value: undefined}],
	]),

	['connectionNameContains', 'ab', {error: 'at least 3 characters'}],
	['connectionNameContains', '  ab  ', {error: 'at least 3 characters'}],
	['connectionNameContains', 'abc', {value: 'abc'}],
	['connectionNameContains', '  Zoom ', {value: 'Zoom'}],
	['connectionNameContains', 'a b', {value: 'a b'}],
	['connectionNameContains', '日本語', {value: '日本語'}],
	['connectionNameContains', '😀😀', {error: 'at least 3 characters'}],

	['createdAt', '2023-01-05', {value: '2023-01-05'}],
	['createdAt', ' 2023-01-05 ', {value: '2023-01-05'}],
	['createdAt', '2023-01-01', {value: '2023-01-01'}],
	['createdAt', '2023-12-31', {value: '2023-12-31'}],
	['createdAt', '2024-02-29', {value: '2024-02-29'}],
	['createdAt', '2000-02-29', {value: '2000-02-29'}],
	['createdAt', '2023-02-28', {value: '2023-02-28'}],
	['createdAt', '2023-02-29', {error: 'not a calendar date'}],
	['createdAt', '1900-02-29', {error: 'not a calendar date'}],
	['createdAt', '2023-04-30', {value: '2023-04-30'}],
	['createdAt', '2023-04-31', {error: 'not a calendar date'}],
	['createdAt', '2023-01-32', {error: 'not a calendar date'}],
	['createdAt', '2023-00-10', {error: 'not a calendar date'}],
	['createdAt', '2023-13-01', {error: 'not a calendar date'}],
	['createdAt', '2023-01-00', {error: 'not a calendar date'}],
	['createdAt', '2023-1-5', {error: 'YYYY-MM-DD'}],
	['createdAt', '05/01/2023', {error: 'YYYY-MM-DD'}],
	['createdAt', '2023-01-05T00:00:00Z', {error: 'YYYY-MM-DD'}],
	['createdAt', '２０２３-01-05', {error: 'YYYY-MM-DD'}],

	['phoneNumber', '+12345678', {value: '+12345678'}],
	['phoneNumber', '+1234567', {error: '8 to 15 digits'}],
	['phoneNumber', '+123456789012345', {value: '+123456789012345'}],
	['phoneNumber', '+1234567890123456', {error: '8 to 15 digits'}],
	['phoneNumber', ' +15555555555 ', {value: '+15555555555'}],
	['phoneNumber', '15555555555', {error: '+ then 8 to 15 digits'}],
	['phoneNumber', '+1 555 555 5555', {error: '+ then 8 to 15 digits'}],
	['phoneNumber', '+1-555-555-5555', {error: '+ then 8 to 15 digits'}],
	['phoneNumber', '+', {error: '+ then 8 to 15 digits'}],
	['phoneNumber', '+05555555555', {error: 'never 0'}],

	['id', '0', {value: '0'}],
	['id', '1293384261075731499', {value: '1293384261075731499'}],
	['id', '9223372036854775807', {value: '9223372036854775807'}],
	['id', '9223372036854775808', {error: '1 to 19 digits'}],
	['id', '12345678901234567890', {error: '1 to 19 digits'}],
	['id', ' 42 ', {value: '42'}],
	['id', '-1', {error: 'Digits only'}],
	['id', '1e5', {error: 'Digits only'}],
	['id', '12.0', {error: 'Digits only'}],
	['id', '٣', {error: 'Digits only'}],
];

describe('the main list: each typed filter by its rule', () => {
	for (const [field, raw, expected] of cases) {
		it(`${field} ${JSON.stringify(raw)} → ${JSON.stringify(expected)}`, () => {
			const result = checkOne(field, raw);
			if ('value' in expected) {
				assert.deepEqual(result, {ok: true, value: expected.value});
			} else {
				assert.equal(result.ok, false);
				if (!result.ok) assert.ok(result.message.includes(expected.error), result.message);
			}
		});
	}
});

describe('CONNECTION_FILTERS', () => {
	it('states one rule for every filter of FilterConnectionsConsolidated, each sent as the spec names it', () => {
		assert.deepEqual(
			fields.map(field => [field.key, field.param]),
			[
				['connectionNameContains', 'filter[connection_name][contains]'],
				['externalSipConnection', 'filter[external_sip_connection]'],
				['createdAt', 'filter[created_at]'],
				['phoneNumber', 'filter[phone_number][contains]'],
				['id', 'filter[id]'],
				// The API has no filter by profile: this one is applied to the rows as they are read, never sent.
				['outboundVoiceProfileId', 'outbound.outbound_voice_profile_id'],
			],
		);
		assert.deepEqual(
			fields.filter(field => field.clientSide).map(field => field.key),
			['outboundVoiceProfileId'],
		);
		for (const field of fields) assert.match(field.rule, /^[A-Z].*\.$/);
	});
});

const blank = formValuesOf(fields, {});

describe('checkFilters on the main list', () => {
	it('an empty form means no filters', () => {
		assert.deepEqual(checkFilters(fields, blank), {ok: true, filters: {}});
	});

	it('maps every field to its filter, trimmed, leaving unset ones out', () => {
		const result = checkFilters(fields, {
			connectionNameContains: ' acme ',
			externalSipConnection: 'operator_connect',
			createdAt: '2024-02-29',
			phoneNumber: '+15555555555',
			id: '1293384261075731499',
		});
		assert.deepEqual(result, {
			ok: true,
			filters: {
				connectionNameContains: 'acme',
				externalSipConnection: 'operator_connect',
				createdAt: '2024-02-29',
				phoneNumber: '+15555555555',
				id: '1293384261075731499',
			},
		});
		assert.deepEqual(checkFilters(fields, {...blank, externalSipConnection: 'zoom'}), {ok: true, filters: {externalSipConnection: 'zoom'}});
	});

	it('refuses a service outside the enum', () => {
		const result = checkFilters(fields, {...blank, externalSipConnection: 'teams'});
		assert.ok(!result.ok && result.errors.externalSipConnection!.includes('zoom, operator_connect'));
	});

	it('reports every invalid field at once, and only those', () => {
		const result = checkFilters(fields, {
			...blank,
			connectionNameContains: 'ab',
			createdAt: '2023-02-29',
			id: 'x',
			phoneNumber: '+15555555555',
		});
		assert.equal(result.ok, false);
		if (!result.ok) assert.deepEqual(Object.keys(result.errors).sort(), ['connectionNameContains', 'createdAt', 'id']);
	});
});

describe('formValuesOf', () => {
	it('fills unset filters with empty strings and round-trips through the form', () => {
		assert.deepEqual(blank, {
			connectionNameContains: '',
			externalSipConnection: '',
			createdAt: '',
			phoneNumber: '',
			id: '',
			outboundVoiceProfileId: '',
		});
		const filters = {connectionNameContains: 'acme', externalSipConnection: 'zoom', id: '7'};
		const values = formValuesOf(fields, filters);
		assert.deepEqual(values, {...blank, connectionNameContains: 'acme', externalSipConnection: 'zoom', id: '7'});
		assert.deepEqual(checkFilters(fields, values), {ok: true, filters});
	});
});

describe('describeFilters on the main list', () => {
	const table: Array<[Record<string, string | undefined>, string]> = [
		[{}, ''],
		[{id: undefined}, ''],
		[
			{connectionNameContains: 'zoom', externalSipConnection: 'zoom', createdAt: '2023-01-05'},
			'name~"zoom" · service=zoom · created=2023-01-05',
		],
		[{phoneNumber: '+15555555555'}, 'phone=+15555555555'],
		[{id: '1293384261075731499', connectionNameContains: 'say "hi"'}, 'name~"say \\"hi\\"" · id=1293384261075731499'],
	];
	for (const [filters, expected] of table) {
		it(`${JSON.stringify(filters)} → ${JSON.stringify(expected)}`, () =>
			assert.equal(describeFilters(CONNECTION_FILTERS, filters), expected));
	}
});
