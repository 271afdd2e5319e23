// The contract (shared/api/openapi.yml) requires no field of a record or of meta, so only what leaves
// nothing to show is refused: a body that is not JSON, a list that is not a list, a record that is not an
// object, an id that is not a string. Every other field is passed on as sent; the screens check each
// one's type, and a meta field that is not a count is left out (unknown) rather than trusted.
import {ApiError} from './errors.js';
import {isRecord} from './is-record.js';
import type {ListMeta, ListResponse} from './types.js';

const META_FIELDS = ['page_number', 'page_size', 'total_pages', 'total_results'] as const;

/** `{data: [record, ...], meta?}`, or ApiError 'malformed'. */
export function readListBody<T>(text: string): ListResponse<T> {
	const {data, meta} = parseBody(text);
	if (!Array.isArray(data)) throw malformed(data === undefined ? 'missing data' : 'data is not a list');
	data.forEach((item: unknown, index) => checkRecord(item, `data[${index}]`));
	return {data: data as T[], meta: readMeta(meta)};
}

/** `{data: record}`, or ApiError 'malformed'. */
export function readSingleBody<T>(text: string): T {
	const {data} = parseBody(text);
	checkRecord(data, 'data');
	return data as T;
}

export function malformed(reason: string): ApiError {
	return new ApiError({kind: 'malformed', message: `The server sent a response ec-tui could not read (${reason})`});
}

// JSON.parse keeps ids as the strings they are in the JSON; nothing here converts them.
function parseBody(text: string): Record<string, unknown> {
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		throw malformed(text.trim() === '' ? 'empty body' : 'not valid JSON');
	}
	if (!isRecord(body)) throw malformed('not a JSON object');
	return body;
}

function checkRecord(value: unknown, where: string): void {
	if (value === undefined) throw malformed(`missing ${where}`);
	if (!isRecord(value)) throw malformed(`${where} is not an object`);
	const id = value['id'];
	// An id is what opens a record; a number has already lost digits past 2^53, so showing it would name another record.
	if (typeof id === 'number') throw malformed(`${where}.id is a number, not a string`);
	if (id !== undefined && typeof id !== 'string') throw malformed(`${where}.id is not a string`);
}

function readMeta(meta: unknown): ListMeta {
	if (!isRecord(meta)) return {};
	const counts: ListMeta = {};
	for (const field of META_FIELDS) {
		const value = meta[field];
		if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) counts[field] = value;
	}
	return counts;
}
