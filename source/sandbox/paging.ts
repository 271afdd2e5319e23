// page[number] / page[size] parsing and meta math shared by both list endpoints.
import type {PaginationMeta, TelnyxError} from '../api/types.js';
import {badRequest} from './telnyx-errors.js';

export const MAX_PAGE_SIZE = 250;

export type PageRequest = {number: number; size: number};

function parseInteger(raw: string): number | undefined {
	if (!/^\d+$/.test(raw)) return undefined;
	const value = Number(raw);
	return Number.isSafeInteger(value) ? value : undefined;
}

export function parsePage(params: URLSearchParams, defaultSize: number, errors: TelnyxError[]): PageRequest {
	const page = {number: 1, size: defaultSize};
	const rawNumber = params.get('page[number]');
	if (rawNumber !== null) {
		const value = parseInteger(rawNumber);
		if (value === undefined || value < 1) {
			errors.push(badRequest('page[number] must be an integer greater than or equal to 1.', {parameter: 'page[number]'}));
		} else {
			page.number = value;
		}
	}
	const rawSize = params.get('page[size]');
	if (rawSize !== null) {
		const value = parseInteger(rawSize);
		if (value === undefined || value < 1 || value > MAX_PAGE_SIZE) {
			errors.push(badRequest(`page[size] must be an integer between 1 and ${MAX_PAGE_SIZE}.`, {parameter: 'page[size]'}));
		} else {
			page.size = value;
		}
	}
	return page;
}

/** An empty result has total_pages 0 (the SDK's paginator then stops after page 1). */
export function pageMeta(totalResults: number, page: PageRequest): PaginationMeta {
	return {
		page_number: page.number,
		page_size: page.size,
		total_pages: Math.ceil(totalResults / page.size),
		total_results: totalResults,
	};
}

export function pageStart(page: PageRequest): number {
	return (page.number - 1) * page.size;
}
