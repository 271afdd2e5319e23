// POST /operator_connect/actions/refresh: the account's asynchronous refresh of its Operator Connect integration
// with Microsoft Teams. 202 starts one; while it runs, a second call starts nothing and answers 200, as the spec's
// two examples say. The spec gives the operation no request body, so whatever is sent is left unread.
import {ok} from '../replies.js';
import type {Route} from '../route-types.js';

/** How long a refresh runs in the sandbox: long enough to be seen "already in progress" by a second press. */
export const OPERATOR_CONNECT_REFRESH_SECONDS = 30;

export const operatorConnectRoutes: Route[] = [
	{
		template: '/operator_connect/actions/refresh',
		methods: {
			POST({state, now}) {
				if (now.getTime() < state.operatorConnectRefreshUntil) {
					return ok(200, {success: true, message: 'Operator connect refresh already in progress'});
				}
				state.operatorConnectRefreshUntil = now.getTime() + OPERATOR_CONNECT_REFRESH_SECONDS * 1000;
				return ok(202, {success: true, message: 'Operator connect refresh started'});
			},
		},
	},
];
