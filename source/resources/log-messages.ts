// Log messages (GET /external_connections/log_messages): a connection's, as a sub-list of its detail
// (filter[external_connection_id]), or every connection's, from the main list. Rows open and dismiss by `id`.
import {listLogMessages} from './log-messages/api.js';
import {logMessageColumns} from './log-messages/columns.js';
import type {LogMessage} from './log-messages/types.js';
import type {Resource} from './resource.js';
import {idRefusal} from './id-refusal.js';

export const logMessages: Resource<LogMessage> = {
	name: 'log-messages',
	titles: ['Log messages', 'Logs', ''],
	plural: 'log messages',
	...logMessageColumns(),
	connectionColumns: logMessageColumns,
	rowKey: row => (typeof row.id === 'string' ? row.id : undefined),
	idRefusal: id => idRefusal('/external_connections/log_messages/{id}', {id}),
	fetchPage: (client, {parentId, pageNumber, pageSize}, options) =>
		listLogMessages(client, {pageNumber, pageSize, ...(parentId !== undefined && {filters: {connectionId: parentId}})}, options),
	can: {open: true, create: false, filter: false},
	emptyText: () => 'No log messages: nothing went wrong, or every message was dismissed.',
};
