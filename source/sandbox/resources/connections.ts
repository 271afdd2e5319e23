// GET /connections/{id}: the high-level view of an external connection.
import {fail, ok} from '../replies.js';
import type {Route} from '../route-types.js';
import {notFound} from '../telnyx-errors.js';

export const connectionRoutes: Route[] = [
	{
		template: '/connections/:id',
		methods: {
			GET({store, path}) {
				const found = store.find(path.id!);
				return found ? ok(200, {data: found.record.connection}) : fail(404, [notFound()]);
			},
		},
	},
];
