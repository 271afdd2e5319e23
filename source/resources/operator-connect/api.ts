// POST /operator_connect/actions/refresh: the account's Operator Connect integration with Microsoft Teams, refreshed
// in the background. Sent once and never retried, as every mutation; its two successes differ by status alone.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import {readObjectBody} from '../read-bodies.js';

/** What the refresh answered: 202 started one, 200 found one running (the spec's examples say so). */
export type RefreshAnswer = {status: number; success?: unknown; message?: unknown};

export const REFRESH_REQUEST = 'POST /v2/operator_connect/actions/refresh (no body)';

export function refreshOperatorConnect(client: ApiClient, o?: RequestOptions): Promise<RefreshAnswer> {
	return client.call(
		{method: 'POST', route: '/operator_connect/actions/refresh', ids: {}, sent: 'refresh the Operator Connect integration'},
		(text, status) => ({...readObjectBody<Record<string, unknown>>(text), status}),
		o,
	);
}
