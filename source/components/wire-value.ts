// Fields of API records as they are shown, whatever the server put in them: the models in api/types.ts say
// what Telnyx documents, but a field of another type is shown as what it is ('12345 (expected a date)')
// rather than crashing the screen, and the rest of the record still shows.
import {EMPTY, formatTime, formatValue, shape} from '../text/format.js';
import {clean, cleanText, type Clean} from '../text/sanitize.js';

export type Expected = 'text' | 'yes/no' | 'a number' | 'a list of text' | 'a date' | 'an object';

const IS_EXPECTED: Record<Expected, (value: unknown) => boolean> = {
	text: value => typeof value === 'string',
	'yes/no': value => typeof value === 'boolean',
	'a number': value => typeof value === 'number',
	'a list of text': value => Array.isArray(value) && value.every(item => item === null || typeof item === 'string'),
	'a date': value => typeof value === 'string',
	'an object': value => typeof value === 'object' && !Array.isArray(value),
};

const isAbsent = (value: unknown) => value === null || value === undefined || value === '';

/** A value as a literal, short: `"abc"`, `12345`, `true`, `{…}`, `[…]`. */
export function describeValue(value: unknown): Clean {
	if (typeof value === 'string') return clean`"${cleanText(value)}"`;
	if (typeof value === 'object' && value !== null) return shape(value);
	return cleanText(String(value));
}

/** `value` shown as its expected kind, '—' when absent, or what it is followed by '(expected …)'. */
export function showField(value: unknown, expected: Expected): Clean {
	if (isAbsent(value)) return EMPTY;
	if (IS_EXPECTED[expected](value)) return formatValue(value);
	return clean`${describeValue(value)} (expected ${cleanText(expected)})`;
}

/** '2022-06-29 19:23 UTC (3 years ago) · 2022-06-29T19:23:59Z'; a text that is not a date as it is. */
export function showTimestamp(value: unknown, now: Date): Clean {
	if (isAbsent(value) || typeof value !== 'string') return showField(value, 'a date');
	if (Number.isNaN(new Date(value).getTime())) return cleanText(value);
	return clean`${formatTime(value, now)} · ${cleanText(value)}`;
}

/** The day of a timestamp ('2022-06-29'), for a column that has room for nothing more. */
export function showDay(value: unknown): Clean {
	return typeof value === 'string' && value !== '' ? cleanText(value.slice(0, 10)) : showField(value, 'a date');
}

/** A field of a nested object such as `inbound.channel_limit`, when the object itself may be of the wrong type. */
export function showMember(group: unknown, key: string, expected: Expected): Clean {
	if (group === null || group === undefined) return EMPTY;
	if (!IS_EXPECTED['an object'](group)) return showField(group, 'an object');
	return showField((group as Record<string, unknown>)[key], expected);
}
