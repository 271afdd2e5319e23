// Parses ListExternalConnections' deepObject query into a validated query, or Telnyx 400 errors.
import type {ExternalSipConnection, TelnyxError} from '../api/types.js';
import {MAX_PAGE_SIZE, parsePage, type PageRequest} from './paging.js';
import {badRequest} from './telnyx-errors.js';

export type ConnectionFilters = {
	/** Lower-cased needle. */
	nameContains?: string;
	kind?: ExternalSipConnection;
	id?: string;
	/** [start, end) in epoch ms of the requested UTC day. */
	createdDay?: {start: number; end: number};
	phoneNumber?: string;
};

export type ConnectionListQuery = {page: PageRequest; filters: ConnectionFilters};

const E164 = /^\+[1-9]\d{1,14}$/;
const KINDS: readonly string[] = ['zoom', 'operator_connect'] satisfies ExternalSipConnection[];

function parseDay(raw: string): {start: number; end: number} | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const start = Date.UTC(year, month - 1, day);
	const date = new Date(start);
	// Date.UTC rolls 2023-02-30 over into March; a real calendar day survives the round trip.
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return {start, end: start + 86_400_000};
}

export function parseConnectionListQuery(
	params: URLSearchParams,
): {ok: true; query: ConnectionListQuery} | {ok: false; errors: TelnyxError[]} {
	const errors: TelnyxError[] = [];
	const page = parsePage(params, MAX_PAGE_SIZE, errors);
	const filters: ConnectionFilters = {};

	const name = params.get('filter[connection_name][contains]');
	if (name !== null) {
		if ([...name].length < 3) {
			errors.push(
				badRequest('filter[connection_name][contains] requires at least three characters.', {
					parameter: 'filter[connection_name][contains]',
				}),
			);
		} else {
			filters.nameContains = name.toLowerCase();
		}
	}

	const kind = params.get('filter[external_sip_connection]');
	if (kind !== null) {
		if (KINDS.includes(kind)) {
			filters.kind = kind as ExternalSipConnection;
		} else {
			errors.push(
				badRequest("filter[external_sip_connection] must be one of 'zoom' or 'operator_connect'.", {
					parameter: 'filter[external_sip_connection]',
				}),
			);
		}
	}

	const id = params.get('filter[id]');
	if (id !== null) filters.id = id;

	const created = params.get('filter[created_at]');
	if (created !== null) {
		const day = parseDay(created);
		if (day) {
			filters.createdDay = day;
		} else {
			errors.push(badRequest('filter[created_at] must be a valid date in YYYY-MM-DD format.', {parameter: 'filter[created_at]'}));
		}
	}

	const phone = params.get('filter[phone_number][contains]');
	if (phone !== null) {
		if (E164.test(phone)) {
			filters.phoneNumber = phone;
		} else {
			errors.push(
				badRequest('filter[phone_number][contains] must be a full phone number in E.164 format, e.g. +15555555555.', {
					parameter: 'filter[phone_number][contains]',
				}),
			);
		}
	}

	return errors.length > 0 ? {ok: false, errors} : {ok: true, query: {page, filters}};
}
