// Handlers under /external_connections/{id}/…: the connection is looked up first (404 10005 when
// it does not exist or was deleted) and handed over with everything under it.
import {childrenOf, type Children} from '../connection-children.js';
import {fail, type RouteResponse} from '../replies.js';
import type {Context, Handler} from '../route-types.js';
import type {StoredConnection} from '../store.js';
import {notFound} from '../telnyx-errors.js';

export type Scoped = Context & {connection: StoredConnection; children: Children};

export function scoped(handler: (context: Scoped) => RouteResponse): Handler {
	return context => {
		const connection = context.store.find(context.path.id!);
		if (!connection) return fail(404, [notFound()]);
		return handler({...context, connection, children: childrenOf(context.store, context.state, connection)});
	};
}
