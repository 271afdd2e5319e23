// The numbers list's filter: part of an E.164 number, digits with an optional leading +. Pure.
import type {Validation} from './result.js';

const PART = /^\+?\d{1,15}$/;

/** undefined: the field is empty, which clears the filter. */
export function validateNumberPart(text: string): Validation<string | undefined> {
	const value = text.trim();
	if (value === '') return {ok: true, value: undefined};
	return PART.test(value)
		? {ok: true, value}
		: {ok: false, message: 'Digits of the number, optionally after a + (e.g. 4411349600 or +44113).'};
}
