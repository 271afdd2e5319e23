// Validators of the main list's filters: each states its rule, and a value that breaks it is refused before
// any request is sent, because the API's answer to a bad filter is a bare 400.
import {fitsInt64} from '../api/int64-id.js';

type Field = 'connectionName' | 'createdAt' | 'phoneNumber' | 'id';

export const CONNECTION_FILTER_CHECKS: Record<Field, (value: string) => string | undefined> = {
	connectionName: value =>
		[...value].length < 3 ? 'Too short: a name filter needs at least 3 characters; matching ignores case.' : undefined,
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

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
