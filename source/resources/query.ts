// deepObject queries of the lists under a connection, as source/api/query.ts builds the main list's:
// unset or empty filters are left out, and an enum list goes as one comma-separated value (as the SDK
// sends it). URLSearchParams encodes `+` as %2B, so an E.164 number is not read back as a space.
import type {PageQuery} from '../api/query.js';

export type QueryValue = string | readonly string[] | undefined;

export function deepObjectQuery(page: PageQuery | undefined, filters: ReadonlyArray<readonly [string, QueryValue]>): URLSearchParams {
	const params = new URLSearchParams();
	if (page) {
		params.set('page[number]', String(page.pageNumber));
		params.set('page[size]', String(page.pageSize));
	}
	for (const [key, value] of filters) {
		const text = typeof value === 'string' ? value : value?.join(',');
		if (text !== undefined && text !== '') params.set(key, text);
	}
	return params;
}
