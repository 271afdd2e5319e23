import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
	FILTER_RULES,
	describeFilters,
	filtersToFormValues,
	validateFilterField,
	validateFilterForm,
	type FilterFormValues,
} from '../source/validation/filter-form.js';

type Field = keyof FilterFormValues;
// [field, raw input, expected value when valid | a fragment of the message when invalid]
type Case = [Field, string, {value: string | undefined} | {error: string}];

const cases: Case[] = [
	// Every field: empty or whitespace means unset.
	...(Object.keys(FILTER_RULES) as Field[]).flatMap((field): Case[] => [
		[field, '', {value: undefined}],
		[field, '   \t', {value: undefined}],
	]),

	['connectionName', 'ab', {error: 'at least 3 characters'}],
	['connectionName', '  ab  ', {error: 'at least 3 characters'}],
	['connectionName', 'abc', {value: 'abc'}],
	['connectionName', '  Zoom ', {value: 'Zoom'}],
	['connectionName', 'a b', {value: 'a b'}],
	['connectionName', '日本語', {value: '日本語'}],
	['connectionName', '😀😀', {error: 'at least 3 characters'}],

	['service', 'zoom', {value: 'zoom'}],
	['service', 'operator_connect', {value: 'operator_connect'}],
	['service', ' ZOOM ', {value: 'zoom'}],
	['service', 'teams', {error: 'zoom or operator_connect'}],
	['service', 'zoo', {error: 'zoom or operator_connect'}],

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

describe('validateFilterField', () => {
	for (const [field, raw, expected] of cases) {
		it(`${field} ${JSON.stringify(raw)} → ${JSON.stringify(expected)}`, () => {
			const result = validateFilterField(field, raw);
			if ('value' in expected) {
				assert.deepEqual(result, {ok: true, value: expected.value});
			} else {
				assert.equal(result.ok, false);
				if (!result.ok) assert.ok(result.message.includes(expected.error), result.message);
			}
		});
	}
});

describe('FILTER_RULES', () => {
	it('states one rule for every field', () => {
		assert.deepEqual(Object.keys(FILTER_RULES).sort(), ['connectionName', 'createdAt', 'id', 'phoneNumber', 'service']);
		for (const rule of Object.values(FILTER_RULES)) assert.match(rule, /^[A-Z].*\.$/);
		assert.equal(FILTER_RULES.connectionName, 'At least 3 characters; matching ignores case.');
	});
});

const blank: FilterFormValues = {connectionName: '', service: '', createdAt: '', phoneNumber: '', id: ''};

describe('validateFilterForm', () => {
	it('an empty form means no filters', () => {
		assert.deepEqual(validateFilterForm(blank), {ok: true, filters: {}});
	});

	it('maps every field to its filter, trimmed, leaving unset ones out', () => {
		const result = validateFilterForm({
			connectionName: ' acme ',
			service: 'operator_connect',
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
		const partial = validateFilterForm({...blank, service: 'zoom'});
		assert.deepEqual(partial, {ok: true, filters: {externalSipConnection: 'zoom'}});
		assert.ok(partial.ok && !('id' in partial.filters));
	});

	it('reports every invalid field at once, and only those', () => {
		const result = validateFilterForm({...blank, connectionName: 'ab', createdAt: '2023-02-29', id: 'x', phoneNumber: '+15555555555'});
		assert.equal(result.ok, false);
		if (!result.ok) assert.deepEqual(Object.keys(result.errors).sort(), ['connectionName', 'createdAt', 'id']);
	});
});

describe('filtersToFormValues', () => {
	it('fills unset filters with empty strings and round-trips through the form', () => {
		assert.deepEqual(filtersToFormValues({}), blank);
		const filters = {connectionNameContains: 'acme', externalSipConnection: 'zoom' as const, id: '7'};
		const values = filtersToFormValues(filters);
		assert.deepEqual(values, {...blank, connectionName: 'acme', service: 'zoom', id: '7'});
		assert.deepEqual(validateFilterForm(values), {ok: true, filters});
	});
});

describe('describeFilters', () => {
	const table: Array<[Parameters<typeof describeFilters>[0], string]> = [
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
		it(`${JSON.stringify(filters)} → ${JSON.stringify(expected)}`, () => assert.equal(describeFilters(filters), expected));
	}
});
