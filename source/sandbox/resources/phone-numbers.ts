// /external_connections/{id}/phone_numbers: list (filters, paging), retrieve, update (location).
import {pageMeta} from '../paging.js';
import {fail, ok, parseJsonBody} from '../replies.js';
import type {Route} from '../route-types.js';
import {pageOf, QueryReader} from '../sub-query.js';
import {badRequest, notFound} from '../telnyx-errors.js';
import {UUID} from '../seed/uuids.js';
import {scoped} from './connection-scope.js';

export const phoneNumberRoutes: Route[] = [
	{
		template: '/external_connections/:id/phone_numbers',
		methods: {
			GET: scoped(({children, query}) => {
				const reader = new QueryReader(query);
				const page = reader.page();
				const eq = reader.text('filter[phone_number][eq]');
				const contains = reader.text('filter[phone_number][contains]');
				const civicAddressId = reader.text('filter[civic_address_id][eq]');
				const locationId = reader.text('filter[location_id][eq]');
				if (reader.errors.length > 0) return fail(422, reader.errors);
				const start = (page.number - 1) * page.size;
				if ([eq, contains, civicAddressId, locationId].every(v => v === undefined)) {
					// Unfiltered pages are built alone: the 10,000-number connection pages in O(page size).
					const end = Math.min(start + page.size, children.phoneCount);
					const data = Array.from({length: Math.max(0, end - start)}, (_, n) => children.phoneNumber(start + n));
					return ok(200, {data, meta: pageMeta(children.phoneCount, page)});
				}
				// The scan looks at each number's E.164 text and place only; records are built for the page alone.
				const matches = (k: number) => {
					const number = children.telephoneNumber(k);
					if ((eq !== undefined && number !== eq) || (contains !== undefined && !number.includes(contains))) return false;
					if (civicAddressId === undefined && locationId === undefined) return true;
					const place = children.placementOfK(k);
					return (
						(civicAddressId === undefined || place?.civicAddressId === civicAddressId) &&
						(locationId === undefined || place?.locationId === locationId)
					);
				};
				const matching: number[] = [];
				for (let k = 0; k < children.phoneCount; k++) if (matches(k)) matching.push(k);
				const {data: ks, meta} = pageOf(matching, page);
				return ok(200, {data: ks.map(children.phoneNumber), meta});
			}),
		},
	},
	{
		template: '/external_connections/:id/phone_numbers/:phone_number_id',
		methods: {
			GET: scoped(({children, path}) => {
				const k = children.kOfPhoneNumberId(path.phone_number_id!);
				return k === undefined ? fail(404, [notFound()]) : ok(200, {data: children.phoneNumber(k)});
			}),
			PATCH: scoped(({children, connection, state, path, body}) => {
				const k = children.kOfPhoneNumberId(path.phone_number_id!);
				if (k === undefined) return fail(404, [notFound()]);
				const parsed = parseJsonBody(body);
				if (!parsed.ok) return parsed.response;
				const value = parsed.value;
				if (typeof value !== 'object' || value === null || Array.isArray(value)) {
					return fail(422, [badRequest('The request body must be a JSON object.', {pointer: '/'})]);
				}
				const locationId = (value as {location_id?: unknown}).location_id;
				if (locationId === undefined) return ok(200, {data: children.phoneNumber(k)});
				const pointer = {pointer: '/location_id'};
				if (typeof locationId !== 'string' || !UUID.test(locationId)) {
					return fail(422, [badRequest('location_id must be a location id (a UUID).', pointer)]);
				}
				if (!children.teams) {
					return fail(422, [
						badRequest('Locations belong to Microsoft Teams: only numbers of an Operator Connect connection have one.', pointer),
					]);
				}
				const found = children.location(locationId);
				if (!found)
					return fail(422, [badRequest(`Location ${locationId} is not a location of this connection's civic addresses.`, pointer)]);
				state.changes(connection.index).placements.set(k, {civicAddressId: found.address.id, locationId});
				return ok(200, {data: children.phoneNumber(k)});
			}),
		},
	},
];
