import {ApiError} from './errors.js';
import {isRecord} from './is-record.js';
import type {ListPage, PaginationMeta} from './types.js';

const META_FIELDS = ['page_number', 'page_size', 'total_pages', 'total_results'] as const;

/** `{data: [{id: string, ...}], meta: {four integers}}`, or ApiError 'malformed'. */
export function readListBody<T extends {id: string}>(text: string): ListPage<T> {
	const body = parseBody(text);
	const {data, meta} = body;
	if (!Array.isArray(data)) throw malformed(data === undefined ? 'missing data' : 'data is not a list');
	data.forEach((item: unknown, index) => checkRecord(item, `data[${index}]`));
	return {data: data as T[], meta: readMeta(meta)};
}

/** `{data: {id: string, ...}}`, or ApiError 'malformed'. */
export function readSingleBody<T extends {id: string}>(text: string): T {
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
	if (typeof value['id'] !== 'string') throw malformed(`${where}.id is not a string`);
}

function readMeta(meta: unknown): PaginationMeta {
	if (meta === undefined) throw malformed('missing meta');
	if (!isRecord(meta)) throw malformed('meta is not an object');
	for (const field of META_FIELDS) {
		if (!Number.isSafeInteger(meta[field])) throw malformed(`meta.${field} is not an integer`);
	}
	return meta as PaginationMeta;
}
