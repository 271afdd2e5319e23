// Log messages of every external connection of the account (filter by connection or number, paging),
// retrieve one, dismiss one. Their bodies hold `log_messages`, not `data`.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {PageQuery} from '../../api/query.js';
import type {ListResponse} from '../../api/types.js';
import {malformed} from '../../api/validate-response.js';
import {deepObjectQuery} from '../query.js';
import {listUnder, readObjectBody} from '../read-bodies.js';
import type {DismissResult, LogMessage, LogMessageFilters} from './types.js';

const MESSAGE = '/external_connections/log_messages/{id}';
const readList = listUnder<LogMessage>('log_messages');

// The retrieve answer is a list of exactly one.
function readOne(text: string): LogMessage {
	const [message] = readList(text).data;
	if (message === undefined) throw malformed('log_messages is empty');
	return message;
}

export function logMessagesQuery(q: PageQuery & {filters?: LogMessageFilters}): URLSearchParams {
	const filters = q.filters ?? {};
	return deepObjectQuery(q, [
		['filter[external_connection_id]', filters.connectionId],
		['filter[telephone_number][eq]', filters.telephoneNumberEq],
		['filter[telephone_number][contains]', filters.telephoneNumberContains],
	]);
}

export function listLogMessages(
	client: ApiClient,
	q: PageQuery & {filters?: LogMessageFilters},
	o?: RequestOptions,
): Promise<ListResponse<LogMessage>> {
	return client.call({method: 'GET', route: '/external_connections/log_messages', ids: {}, searchParams: logMessagesQuery(q)}, readList, o);
}

export function getLogMessage(client: ApiClient, messageId: string, o?: RequestOptions): Promise<LogMessage> {
	return client.call({method: 'GET', route: MESSAGE, ids: {id: messageId}}, readOne, o);
}

/** Dismisses the message for good (later reads answer 404); sent once. */
export function dismissLogMessage(client: ApiClient, messageId: string, o?: RequestOptions): Promise<DismissResult> {
	return client.call(
		{method: 'DELETE', route: MESSAGE, ids: {id: messageId}, sent: `dismiss log message ${messageId}`},
		readObjectBody<DismissResult>,
		o,
	);
}

/** How many log messages a connection has: one request of one row, its meta's total (undefined when the server left it out). */
export async function countLogMessages(client: ApiClient, connectionId: string, o?: RequestOptions): Promise<number | undefined> {
	const page = await listLogMessages(client, {pageNumber: 1, pageSize: 1, filters: {connectionId}}, o);
	return page.meta.total_results;
}
