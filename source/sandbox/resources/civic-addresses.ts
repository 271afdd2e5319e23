// /external_connections/{id}/civic_addresses: list (filter by country) and retrieve.
import {fail, ok} from '../replies.js';
import type {Route} from '../route-types.js';
import {notFound} from '../telnyx-errors.js';
import {scoped} from './connection-scope.js';

export const civicAddressRoutes: Route[] = [
	{
		template: '/external_connections/:id/civic_addresses',
		methods: {
			GET: scoped(({children, query}) => {
				// Comma-separated (as the SDK sends it) or repeated. The spec documents no 4xx for this
				// list besides 404, so an unknown country simply matches nothing.
				const raw = [...query.getAll('filter[country]'), ...query.getAll('filter[country][]')];
				const countries = raw.flatMap(value => value.split(',')).map(c => c.trim().toUpperCase());
				const data = children.addresses.filter(a => countries.length === 0 || countries.includes(a.country));
				return ok(200, {data});
			}),
		},
	},
	{
		template: '/external_connections/:id/civic_addresses/:address_id',
		methods: {
			GET: scoped(({children, path}) => {
				const address = children.addresses.find(a => a.id === path.address_id);
				return address ? ok(200, {data: address}) : fail(404, [notFound()]);
			}),
		},
	},
];
