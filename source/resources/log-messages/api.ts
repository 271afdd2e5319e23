// Log messages of every external connection of the account (filter by connection or number, paging),
// retrieve one, dismiss one. Their bodies hold `log_messages`, not `data`.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {PageQuery} from '../../api/query.js';
import type {FilterValues, ListResponse} from '../../api/types.js';
import {malformed} from '../../api/validate-response.js';
import {deepObjectQuery} from '../query.js';
import {filterParams} from '../filter-table.js';
import {LOG_MESSAGE_FILTERS} from './filters.js';
import {listUnder, readObjectBody} from '../read-bodies.js';
import type {DismissResult, LogMessage} from './types.js';

const MESSAGE = '/external_connections/log_messages/{id}';
const readList = listUnder<LogMessage>('log_messages');

// The retrieve answer is a list of exactly one.
function readOne(text: string): LogMessage {
	const [message] = readList(text).data;
	if (message === undefined) throw malformed('log_messages is empty');
	return message;
}

/** `filters`: by the keys of LOG_MESSAGE_FILTERS (connectionId among them); unset ones are left out. */
export function logMessagesQuery(q: PageQuery & {filters?: FilterValues}): URLSearchParams {
	return deepObjectQuery(q, filterParams(LOG_MESSAGE_FILTERS, q.filters));
}

export function listLogMessages(
	client: ApiClient,
	q: PageQuery & {filters?: FilterValues},
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
