// Query parsing shared by the lists under /external_connections/{id}/… and the log messages:
// deepObject filters with eq/contains, enum lists (comma-separated, as the SDK sends them, or
// repeated), and paging. Problems come back as Telnyx errors: these lists document 422 for them.
import type {TelnyxError} from '../api/types.js';
import {MAX_PAGE_SIZE, parsePage, type PageRequest} from './paging.js';
import {badRequest} from './telnyx-errors.js';

export const E164 = /^\+[1-9]\d{1,14}$/;

export class QueryReader {
	readonly errors: TelnyxError[] = [];

	constructor(private readonly query: URLSearchParams) {}

	page(): PageRequest {
		return parsePage(this.query, MAX_PAGE_SIZE, this.errors);
	}

	text(key: string): string | undefined {
		return this.query.get(key) ?? undefined;
	}

	/** A full E.164 number (or, where allowed, the literal "null"). */
	e164(key: string, allowNull = false): string | undefined {
		const value = this.text(key);
		if (value === undefined || E164.test(value) || (allowNull && value === 'null')) return value;
		const also = allowNull ? ', or null' : '';
		this.errors.push(badRequest(`${key} must be a phone number in E.164 format, e.g. +15555555555${also}.`, {parameter: key}));
		return undefined;
	}

	/** A partial number of 3 to 15 digits, with or without its leading +. */
	digits(key: string): string | undefined {
		const value = this.text(key);
		if (value === undefined || /^\+?\d{3,15}$/.test(value)) return value;
		this.errors.push(badRequest(`${key} must be 3 to 15 digits of a phone number, e.g. +1970.`, {parameter: key}));
		return undefined;
	}

	/** Values of an enum list; undefined when the filter is absent. */
	list<T extends string>(key: string, allowed: readonly T[]): T[] | undefined {
		const raw = [...this.query.getAll(key), ...this.query.getAll(`${key}[]`)];
		if (raw.length === 0) return undefined;
		const values = raw.flatMap(value => value.split(','));
		const wrong = values.filter(value => !allowed.includes(value as T));
		if (wrong.length > 0) {
			this.errors.push(badRequest(`${key} accepts only ${allowed.join(', ')} (got ${wrong.join(', ')}).`, {parameter: key}));
		}
		return values as T[];
	}
}

/** Pages any list the sandbox holds in full (sub-resources are small next to the 100k connections). */
export function pageOf<T>(items: readonly T[], page: PageRequest) {
	const start = (page.number - 1) * page.size;
	return {
		data: items.slice(start, start + page.size),
		meta: {
			page_number: page.number,
			page_size: page.size,
			total_pages: Math.ceil(items.length / page.size),
			total_results: items.length,
		},
	};
}
