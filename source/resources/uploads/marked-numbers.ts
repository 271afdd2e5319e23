// An upload started from numbers marked in the connection's list: their rows already carry each number's id, so
// no lookup is needed; a row without a usable id (wire data may lack one) sends the numbers through the lookup.
import {isRecord} from '../../api/is-record.js';
import {parseUploadNumbers, type ParsedNumbers} from './parse-numbers.js';
import type {ResolvedNumbers} from './resolve-numbers.js';

/** The numbers as the text field shows them, as checked; `resolved` when every row gave its id. */
export type MarkedNumbers = {text: string; checked: ParsedNumbers; resolved?: ResolvedNumbers};

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

export function markedNumbers(rows: readonly unknown[]): MarkedNumbers | undefined {
	const records = rows.filter(isRecord);
	const numbers = records.map(row => text(row['telephone_number'])).filter(number => number !== undefined);
	if (numbers.length === 0) return undefined;
	const joined = numbers.join(' ');
	const checked = parseUploadNumbers(joined);
	const numberOf = new Map<string, string>();
	for (const row of records) {
		const id = text(row['number_id']);
		const number = text(row['telephone_number']);
		if (id !== undefined && number !== undefined) numberOf.set(id, number);
	}
	const complete = checked.ok && records.length === rows.length && numberOf.size === numbers.length && numbers.length === rows.length;
	return complete ? {text: joined, checked, resolved: {ids: [...numberOf.keys()], numberOf, unknown: []}} : {text: joined, checked};
}
