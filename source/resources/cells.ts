// Cells shared by the lists under a connection, wire data of any type shown without crashing.
import {isRecord} from '../api/is-record.js';
import {EMPTY, formatCount} from '../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../text/sanitize.js';
import {showField} from '../components/wire-value.js';

/** A list of entries as its size and first `key`: '40 · +441134969900'. */
export function entriesCell(list: unknown, key: string): Clean {
	if (!Array.isArray(list)) return showField(list, 'an object');
	if (list.length === 0) return ownText('0');
	const first: unknown = isRecord(list[0]) ? list[0][key] : undefined;
	const count = formatCount(list.length);
	return typeof first === 'string' && first !== '' ? clean`${count} · ${cleanText(first)}` : count;
}

/** How many entries are in error: '3', '—' for none (so an error stands out). */
export function errorCountCell(list: unknown): Clean {
	if (!Array.isArray(list)) return showField(list, 'an object');
	const errors = list.filter(entry => isRecord(entry) && entry['status'] === 'error').length;
	return errors === 0 ? EMPTY : formatCount(errors);
}

/** The first of several texts that is set: an error's message, else its code. */
export function firstSet(...values: unknown[]): Clean {
	const value = values.find(candidate => candidate !== undefined && candidate !== null && candidate !== '');
	return showField(value, 'text');
}
