// The rules the spec states beside each list filter, as checks that return the message a person reads (undefined:
// the value keeps the rule). Values arrive trimmed and non-empty: an empty field is an unset filter.
import {fitsInt64} from '../api/int64-id.js';
import {ISO_3166_ALPHA_2} from './iso-3166.js';

/** E.164: +, a country code that never starts with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;

export function e164Number(value: string): string | undefined {
	return E164.test(value) ? undefined : 'Not an E.164 number: + then 2 to 15 digits, no spaces, never +0, e.g. +15555555555.';
}

/** E.164, or the literal null where the spec lets it stand for "none" (log messages without a number). */
export function e164OrNull(value: string): string | undefined {
	return value === 'null' ? undefined : e164Number(value) && 'Not an E.164 number: + then 2 to 15 digits (e.g. +15555555555), or null.';
}

/** Part of a number: `min` to 15 digits, optionally after a +. */
export function numberPart(min: number): (value: string) => string | undefined {
	const pattern = new RegExp(`^\\+?\\d{${min},15}$`);
	return value => (pattern.test(value) ? undefined : `Part of a number: ${min} to 15 digits, optionally after a +, e.g. +1970.`);
}

/** An ISO 3166-1 alpha-2 code, checked against the assigned codes. */
export function countryCode(value: string): string | undefined {
	if (!/^[A-Z]{2}$/.test(value)) return `${value} is not a country code: two letters, ISO 3166-1 alpha-2, e.g. US, CA, GB.`;
	if (ISO_3166_ALPHA_2.has(value)) return undefined;
	// The one code people reach for that ISO does not assign.
	const hint = value === 'UK' ? ': the United Kingdom is GB' : ', e.g. US, CA, GB';
	return `${value} is not an ISO 3166-1 country code${hint}.`;
}

/** A connection id (int64 digits), or null for the messages of no connection. */
export function connectionIdOrNull(value: string): string | undefined {
	if (value === 'null') return undefined;
	if (!/^\d+$/.test(value)) return 'A connection id is 1 to 19 digits (e.g. 1293384261075731499), or null.';
	return fitsInt64(value) ? undefined : 'Too long: a connection id is 1 to 19 digits, at most 9223372036854775807.';
}
