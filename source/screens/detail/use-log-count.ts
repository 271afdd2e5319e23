import type {ApiClient} from '../../api/client.js';
import {countLogMessages} from '../../resources/log-messages/api.js';
import {logMessageCountText} from '../../resources/log-messages/count.js';
import {useRecord} from '../record-detail/use-record.js';

/** '3 log messages' for the footer's m, once the one-row request has answered; 'log messages' until then or on a failure. */
export function useLogCount(client: ApiClient, connectionId: string, enabled: boolean): string {
	const {record} = useRecord(enabled ? connectionId : '', options =>
		enabled ? countLogMessages(client, connectionId, options) : Promise.resolve(undefined),
	);
	return logMessageCountText(record.status === 'loaded' ? record.value : undefined);
}
