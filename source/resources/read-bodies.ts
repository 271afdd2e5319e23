// Readers for the bodies under a connection that source/api/validate-response.ts does not cover, with
// its rule: refuse only what leaves nothing to show.
import {isRecord} from '../api/is-record.js';
import type {ListResponse} from '../api/types.js';
import {malformed, readListBody, readSingleBody} from '../api/validate-response.js';

/** A body that is a plain object, such as `{success, ticket_id}`. */
export function readObjectBody<T>(text: string): T {
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		throw malformed(text.trim() === '' ? 'empty body' : 'not valid JSON');
	}
	if (!isRecord(body)) throw malformed('not a JSON object');
	return body as T;
}

// These records are opened by another field than `id`; a number there has lost digits past 2^53, so
// opening it would name another record (readListBody's rule for `id`).
function checkKey(record: unknown, key: string, where: string): void {
	if (isRecord(record) && typeof record[key] === 'number') throw malformed(`${where}.${key} is a number, not a string`);
}

/** readListBody, with `key` (what opens a row) never a number. */
export function keyedListReader<T>(key: string): (text: string) => ListResponse<T> {
	return text => {
		const list = readListBody<T>(text);
		list.data.forEach((record, index) => checkKey(record, key, `data[${index}]`));
		return list;
	};
}

/** readSingleBody, with `key` never a number. */
export function keyedSingleReader<T>(key: string): (text: string) => T {
	return text => {
		const record = readSingleBody<T>(text);
		checkKey(record, key, 'data');
		return record;
	};
}

/**
 * A list that the spec puts under `key` instead of `data` (log messages): re-keyed so readListBody's
 * checks of records, ids and meta counts apply unchanged (its messages then say `data`).
 */
export function listUnder<T>(key: string): (text: string) => ListResponse<T> {
	return text => {
		const body = readObjectBody<Record<string, unknown>>(text);
		if (body[key] === undefined) throw malformed(`missing ${key}`);
		return readListBody<T>(JSON.stringify({data: body[key], meta: body['meta']}));
	};
}
