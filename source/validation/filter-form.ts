// Validators of the list's filter form: each field states its rule, and a value that breaks it is
// refused before any request is sent, because the API's answer to a bad filter is a bare 400.
import type {ListFilters} from '../api/types.js';
import type {Validation} from './result.js';
import {fitsInt64} from '../api/int64-id.js';

export type FilterFormValues = {
	connectionName: string;
	service: '' | 'zoom' | 'operator_connect';
	createdAt: string;
	phoneNumber: string;
	id: string;
};

type Field = keyof FilterFormValues;

export const FILTER_RULES: Record<Field, string> = {
	connectionName: 'At least 3 characters; matching ignores case.',
	service: 'One of zoom or operator_connect; empty for any.',
	createdAt: 'A calendar date as YYYY-MM-DD, e.g. 2023-01-05.',
	phoneNumber: 'A full E.164 number: + then 8 to 15 digits, e.g. +15555555555.',
	id: 'Digits only, 1 to 19 of them, e.g. 1293384261075731499.',
};

const validators: Record<Field, (value: string) => string | undefined> = {
	connectionName: value =>
		[...value].length < 3 ? 'Too short: a name filter needs at least 3 characters; matching ignores case.' : undefined,
	service: value => (value === 'zoom' || value === 'operator_connect' ? undefined : 'Unknown service: use zoom or operator_connect.'),
	createdAt: value => {
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
		if (!match) return 'Not a date: use YYYY-MM-DD, e.g. 2023-01-05.';
		const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
		if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
			return `${value} is not a calendar date: use YYYY-MM-DD, e.g. 2023-01-05.`;
		}
		return undefined;
	},
	phoneNumber: value => {
		if (!/^\+\d+$/.test(value)) return 'Not an E.164 number: + then 8 to 15 digits, no spaces, e.g. +15555555555.';
		const digits = value.length - 1;
		if (digits < 8 || digits > 15) return `${digits} digits: an E.164 number has + then 8 to 15 digits.`;
		if (value[1] === '0') return 'E.164 numbers start with a country code, never 0: + then 8 to 15 digits.';
		return undefined;
	},
	id: value => {
		if (!/^\d+$/.test(value)) return 'Digits only: an id is 1 to 19 digits, e.g. 1293384261075731499.';
		if (!fitsInt64(value)) return 'Too long: an id is 1 to 19 digits, at most 9223372036854775807.';
		return undefined;
	},
};

/** Empty or whitespace means the filter is unset; a set value comes back trimmed. */
export function validateFilterField<K extends Field>(field: K, raw: string): Validation<string | undefined> {
	const value = raw.trim();
	if (value === '') return {ok: true, value: undefined};
	const normalised = field === 'service' ? value.toLowerCase() : value;
	const message = validators[field](normalised);
	return message === undefined ? {ok: true, value: normalised} : {ok: false, message};
}

export function validateFilterForm(
	values: FilterFormValues,
): {ok: true; filters: ListFilters} | {ok: false; errors: Partial<Record<Field, string>>} {
	const errors: Partial<Record<Field, string>> = {};
	const checked: Partial<Record<Field, string>> = {};
	for (const field of Object.keys(FILTER_RULES) as Field[]) {
		const result = validateFilterField(field, values[field]);
		if (result.ok) checked[field] = result.value;
		else errors[field] = result.message;
	}
	if (Object.keys(errors).length > 0) return {ok: false, errors};

	const filters: ListFilters = {};
	if (checked.connectionName !== undefined) filters.connectionNameContains = checked.connectionName;
	if (checked.service === 'zoom' || checked.service === 'operator_connect') filters.externalSipConnection = checked.service;
	if (checked.createdAt !== undefined) filters.createdAt = checked.createdAt;
	if (checked.phoneNumber !== undefined) filters.phoneNumber = checked.phoneNumber;
	if (checked.id !== undefined) filters.id = checked.id;
	return {ok: true, filters};
}

export function filtersToFormValues(filters: ListFilters): FilterFormValues {
	return {
		connectionName: filters.connectionNameContains ?? '',
		service: filters.externalSipConnection ?? '',
		createdAt: filters.createdAt ?? '',
		phoneNumber: filters.phoneNumber ?? '',
		id: filters.id ?? '',
	};
}

/** One line for the list header, e.g. 'name~"zoom" · service=zoom · created=2023-01-05'; '' when no filter is set. */
export function describeFilters(filters: ListFilters): string {
	const parts: string[] = [];
	if (filters.connectionNameContains) parts.push(`name~${JSON.stringify(filters.connectionNameContains)}`);
	if (filters.externalSipConnection) parts.push(`service=${filters.externalSipConnection}`);
	if (filters.createdAt) parts.push(`created=${filters.createdAt}`);
	if (filters.phoneNumber) parts.push(`phone=${filters.phoneNumber}`);
	if (filters.id) parts.push(`id=${filters.id}`);
	if (filters.numberContains) parts.push(`number~${JSON.stringify(filters.numberContains)}`);
	return parts.join(' · ');
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
