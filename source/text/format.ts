// Shared value formatting for views: every value shown in a table cell or a detail row passes through here.
import stringWidth from 'string-width';
import {graphemes} from './graphemes.js';
import {clean, cleanText, joinClean, ownText, type Clean} from './sanitize.js';

export const EMPTY = ownText('—');

/** Any JSON value as one clean line, by what it is: yes/no, a list joined with commas, `{…}` for an object. */
export function formatValue(value: unknown): Clean {
	if (value === null || value === undefined || value === '') return EMPTY;
	if (typeof value === 'boolean') return ownText(value ? 'yes' : 'no');
	if (Array.isArray(value)) {
		const items = value.filter(item => item !== null && item !== undefined && item !== '');
		return items.length === 0
			? EMPTY
			: joinClean(
					items.map(item => (typeof item === 'object' ? shape(item) : formatValue(item))),
					ownText(', '),
				);
	}

	if (typeof value === 'object') return shape(value);
	return cleanText(String(value));
}

/**
 * An object or list as `{…}` / `[…]` (`{}` / `[]` when empty), never stringified: a deeply nested one
 * would overflow the stack, and a big one would not fit a line anyway.
 */
export function shape(value: object): Clean {
	if (Array.isArray(value)) return ownText(value.length === 0 ? '[]' : '[…]');
	return ownText(Object.keys(value).length === 0 ? '{}' : '{…}');
}

const pad = (n: number) => String(n).padStart(2, '0');

const UNITS: Array<[unit: string, seconds: number]> = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60],
];

export function formatRelative(then: Date, now: Date): Clean {
	const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
	const magnitude = Math.abs(seconds);
	for (const [unit, size] of UNITS) {
		const count = Math.floor(magnitude / size);
		if (count >= 1) {
			const amount = cleanText(`${count} ${unit}${count === 1 ? '' : 's'}`);
			return seconds >= 0 ? clean`${amount} ago` : clean`in ${amount}`;
		}
	}

	return ownText('just now');
}

/** '2022-06-29 19:23 UTC (3 years ago)': UTC so the text does not depend on the machine's time zone. */
export function formatTime(iso: string | null | undefined, now: Date = new Date()): Clean {
	if (iso === null || iso === undefined || iso === '') return EMPTY;
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return cleanText(iso);
	const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
	return clean`${cleanText(`${day} ${time}`)} UTC (${formatRelative(date, now)})`;
}

export function displayWidth(text: string): number {
	return stringWidth(text);
}

/**
 * Cuts clean `text` to at most `width` terminal columns, ending in '…' when it was cut; a wide character that
 * would straddle the edge goes whole. Clean text only: sanitizing after a cut would widen it again.
 */
export function truncate(text: Clean, width: number): Clean {
	if (width <= 0) return ownText('');
	if (stringWidth(text) <= width) return text;
	let result = '';
	let used = 0;
	for (const segment of graphemes(text)) {
		const segmentWidth = stringWidth(segment);
		if (used + segmentWidth > width - 1) break;
		result += segment;
		used += segmentWidth;
	}

	return cleanText(`${result}…`);
}

/** Spaces, `width` columns of them. */
export function spaces(width: number): Clean {
	return cleanText(' '.repeat(Math.max(0, width)));
}

/** Pads clean `text` with spaces to exactly `width` columns (cutting it first when longer). */
export function padToWidth(text: Clean, width: number): Clean {
	const cut = truncate(text, width);
	return clean`${cut}${spaces(width - stringWidth(cut))}`;
}

/** 1234567 → '1,234,567'. Not toLocaleString: its first call loads ICU number data, 4 ms of start-up. */
export function formatCount(count: number): Clean {
	return cleanText(String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
}

/** A wall-clock time as the footer says it: "12:04:31" (24-hour, local); '--:--:--' for a date that is none. */
export function clockTime(date: Date): Clean {
	if (Number.isNaN(date.getTime())) return ownText('--:--:--');
	const two = (n: number) => String(n).padStart(2, '0');
	return cleanText(`${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`);
}
