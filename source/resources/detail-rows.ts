// Rows of a sub-resource's detail view, in the detail screen's DetailRow shape: every value through
// wire-value (any type shows, none crashes), `copy` the raw value as `y` copies it.
import {memberOf, rawValue} from './detail-json.js';
import type {DetailRow} from './detail-lines.js';
import {EMPTY, formatCount} from '../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../text/sanitize.js';
import {describeValue, showField, showMember, showTimestamp, type Expected} from '../components/wire-value.js';
import {isRecord} from '../api/is-record.js';

// A record with thousands of entries is a hostile or broken answer, not something to read row by row.
export const MAX_ITEMS_SHOWN = 500;

export const heading = (text: string): DetailRow => ({kind: 'heading', text});

function row(label: string, value: Clean, raw: unknown): DetailRow {
	const copy = rawValue(raw);
	return {kind: 'field', label, value, ...(copy !== undefined && {copy})};
}

export const fieldRow = (label: string, value: unknown, expected: Expected): DetailRow => row(label, showField(value, expected), value);

export const timeRow = (label: string, value: unknown, now: Date): DetailRow => row(label, showTimestamp(value, now), value);

/** `group.key`, labelled `key`; a group of the wrong type shows (and copies) as what it is. */
export const memberRow = (key: string, group: unknown, expected: Expected): DetailRow =>
	row(key, showMember(group, key, expected), memberOf(group, key));

/** A row ec-tui composed itself (a count, a summary); nothing to copy. */
export const ownRow = (label: string, value: Clean): DetailRow => ({kind: 'field', label, value});

/**
 * Each item of a list field as its own group under `title 1 of N`, its fields by `rows`; an absent list
 * is one row saying so, a value that is not a list or an item that is not an object shows as what it is.
 */
export function itemGroups(title: string, list: unknown, rows: (item: Record<string, unknown>) => DetailRow[]): DetailRow[] {
	if (list === null || list === undefined) return [heading(title), row(title, EMPTY, list)];
	if (!Array.isArray(list)) return [heading(title), row(title, clean`${describeValue(list)} (expected a list)`, list)];
	if (list.length === 0) return [heading(title), ownRow(title, ownText('none'))];
	const shown = list.slice(0, MAX_ITEMS_SHOWN);
	const groups = shown.flatMap((item: unknown, index) => [
		heading(`${title} ${formatCount(index + 1)} of ${formatCount(list.length)}`),
		...(isRecord(item) ? rows(item) : [row('value', clean`${describeValue(item)} (expected an object)`, item)]),
	]);
	const left = list.length - shown.length;
	return left > 0 ? [...groups, {kind: 'note', text: clean`+${formatCount(left)} more, not shown (J shows the raw JSON)`}] : groups;
}

/** A location or address id with its name when `places` knows it: `975d… · Austin Office · 14th Floor`; copies the id. */
export function placeRow(label: string, id: unknown, places: ReadonlyMap<string, string> | undefined): DetailRow {
	const name = typeof id === 'string' ? places?.get(id) : undefined;
	const shown = showField(id, 'text');
	return row(label, name === undefined ? shown : clean`${shown} · ${cleanText(name)}`, id);
}
