// The name queue's fetcher over the API client: one GET /connections/{id}, never retried (a name is cheap to
// lose, and a held key must never stack retries), a 429 handed back with its Retry-After.
import type {ApiClient} from '../api/client.js';
import {isApiError} from '../api/errors.js';
import {routeIdRefusal} from '../api/routes.js';
import type {NameFetcher} from './name-queue.js';

export function nameFetcher(client: ApiClient): NameFetcher {
	return async (id, signal) => {
		// The id is an external connection's (int64): one the contract would not produce gets no request.
		if (routeIdRefusal('/external_connections/{id}', {id})) return {kind: 'failed'};
		try {
			const connection: Record<string, unknown> = await client.getConnection(id, {signal, retries: 0});
			return {kind: 'name', name: connection['connection_name']};
		} catch (error) {
			if (isApiError(error) && error.status === 429) return {kind: 'rate-limited', retryAfterMs: error.retryAfterMs};
			return {kind: 'failed'};
		}
	};
}
