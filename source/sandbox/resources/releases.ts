// /external_connections/{id}/releases: list (filters, paging) and retrieve.
import {fail, ok} from '../replies.js';
import type {Route} from '../route-types.js';
import {RELEASE_STATUSES} from '../seed/releases.js';
import {pageOf, QueryReader} from '../sub-query.js';
import {notFound} from '../telnyx-errors.js';
import {scoped} from './connection-scope.js';

const digitsOf = (number: string) => number.replace(/^\+/, '');

export const releaseRoutes: Route[] = [
	{
		template: '/external_connections/:id/releases',
		methods: {
			GET: scoped(({children, query}) => {
				const reader = new QueryReader(query);
				const page = reader.page();
				const statuses = reader.list('filter[status][eq]', RELEASE_STATUSES);
				const civicAddressId = reader.text('filter[civic_address_id][eq]');
				const locationId = reader.text('filter[location_id][eq]');
				const eq = reader.e164('filter[phone_number][eq]');
				const contains = reader.digits('filter[phone_number][contains]');
				if (reader.errors.length > 0) return fail(422, reader.errors);
				const releases = children
					.releases()
					.filter(
						({release, ...place}) =>
							(!statuses || statuses.includes(release.status)) &&
							(civicAddressId === undefined || place.civicAddressId === civicAddressId) &&
							(locationId === undefined || place.locationId === locationId) &&
							(eq === undefined || release.telephone_numbers.some(n => n.phone_number === eq)) &&
							(contains === undefined || release.telephone_numbers.some(n => n.phone_number.includes(digitsOf(contains)))),
					)
					.map(({release}) => release);
				return ok(200, pageOf(releases, page));
			}),
		},
	},
	{
		template: '/external_connections/:id/releases/:release_id',
		methods: {
			GET: scoped(({children, path}) => {
				const found = children.releases().find(({release}) => release.ticket_id === path.release_id);
				return found ? ok(200, {data: found.release}) : fail(404, [notFound()]);
			}),
		},
	},
];
