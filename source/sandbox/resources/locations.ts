// PATCH /external_connections/{id}/locations/{location_id}: a location's static emergency address,
// picked from the connection's civic addresses. 202 while numbers at the location still have
// uploads in flight (their orders are re-processed), 200 otherwise; 422 once one was accepted.
import {seededAcceptedLocation} from '../seed/civic-addresses.js';
import {fail, ok, parseJsonBody} from '../replies.js';
import type {Route} from '../route-types.js';
import {badRequest, missingParameter, notFound, telnyxError} from '../telnyx-errors.js';
import {UUID} from '../seed/uuids.js';
import {scoped} from './connection-scope.js';

const IN_FLIGHT = new Set(['pending_upload', 'pending', 'in_progress']);

export const locationRoutes: Route[] = [
	{
		template: '/external_connections/:id/locations/:location_id',
		methods: {
			PATCH: scoped(({children, connection, state, store, path, body}) => {
				const found = children.location(path.location_id!);
				if (!found) return fail(404, [notFound()]);
				const parsed = parseJsonBody(body);
				if (!parsed.ok) return parsed.response;
				const value = parsed.value as {static_emergency_address_id?: unknown} | null;
				if (typeof value !== 'object' || value === null || Array.isArray(value)) {
					return fail(422, [badRequest('The request body must be a JSON object.', {pointer: '/'})]);
				}
				const addressId = value.static_emergency_address_id;
				const pointer = {pointer: '/static_emergency_address_id'};
				if (addressId === undefined) return fail(422, [missingParameter('/static_emergency_address_id')]);
				if (typeof addressId !== 'string' || !UUID.test(addressId)) {
					return fail(422, [badRequest('static_emergency_address_id must be a civic address id (a UUID).', pointer)]);
				}
				if (!children.addresses.some(a => a.id === addressId)) {
					return fail(422, [badRequest(`Civic address ${addressId} is not an address of this connection.`, pointer)]);
				}
				const changes = state.changes(connection.index);
				if (changes.emergencyAddresses.has(found.location.id) || seededAcceptedLocation(found.location, store.seed)) {
					return fail(422, [
						telnyxError(
							'10015',
							'Location already has an accepted emergency address',
							'Microsoft Teams already accepted an emergency address for this location, and an accepted address cannot be replaced through the API.',
							{pointer: '/static_emergency_address_id'},
						),
					]);
				}
				changes.emergencyAddresses.set(found.location.id, addressId);
				const inFlight = children.uploadPlans().some(p => p.locationId === found.location.id && IN_FLIGHT.has(p.status));
				const data = {accepted_address_suggestions: false, location_id: found.location.id, static_emergency_address_id: addressId};
				return ok(inFlight ? 202 : 200, {data});
			}),
		},
	},
];
