import type {ApiClient} from '../../api/client.js';
import {useQuery} from '../../data/use-query.js';
import {countLogMessages} from '../../resources/log-messages/api.js';
import {logMessageCountText} from '../../resources/log-messages/count.js';
import {logMessageCountKey} from '../../resources/log-messages/query-keys.js';

/**
 * '3 log messages' for the footer's m, once the one-row request has answered; 'log messages' until then or on a
 * failure. A dismissal anywhere invalidates it, so the detail under the list says the new count when shown again.
 */
export function useLogCount(client: ApiClient, connectionId: string, enabled: boolean): string {
	const count = useQuery(logMessageCountKey(connectionId), signal => countLogMessages(client, connectionId, {signal}), enabled);
	return logMessageCountText(count.status === 'loaded' ? count.value : undefined);
}
