// /external_connections/{id}/civic_addresses: list (filter by country) and retrieve.
import {fail, ok} from '../replies.js';
import type {Route} from '../route-types.js';
import {badRequest, notFound} from '../telnyx-errors.js';
import {scoped} from './connection-scope.js';

export const civicAddressRoutes: Route[] = [
	{
		template: '/external_connections/:id/civic_addresses',
		methods: {
			GET: scoped(({children, query}) => {
				// Comma-separated (as the SDK sends it) or repeated. Each item is "the ISO 3166-1 alpha-2 country
				// code (2 characters)": anything else breaks the schema and is refused as a bad request; a
				// well-formed code no address has simply matches nothing.
				const raw = [...query.getAll('filter[country]'), ...query.getAll('filter[country][]')];
				const countries = raw.flatMap(value => value.split(',')).map(c => c.trim().toUpperCase());
				const malformed = countries.filter(country => !/^[A-Z]{2}$/.test(country));
				if (malformed.length > 0) {
					const shown = malformed.map(country => JSON.stringify(country)).join(', ');
					return fail(400, [
						badRequest(`filter[country] takes ISO 3166-1 alpha-2 country codes of 2 letters (got ${shown}).`, {
							parameter: 'filter[country]',
						}),
					]);
				}
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
