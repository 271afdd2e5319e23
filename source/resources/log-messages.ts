// Log messages (GET /external_connections/log_messages): a connection's, as a sub-list of its detail
// (filter[external_connection_id]), or every connection's, from the main list. Rows open and dismiss by `id`.
import {listLogMessages} from './log-messages/api.js';
import {logMessageColumns} from './log-messages/columns.js';
import type {LogMessage} from './log-messages/types.js';
import type {Resource} from './resource.js';
import {idRefusal} from './id-refusal.js';
import {LOG_MESSAGE_FILTERS} from './log-messages/filters.js';

export const logMessages: Resource<LogMessage> = {
	name: 'log-messages',
	titles: ['Log messages', 'Logs', ''],
	plural: 'log messages',
	...logMessageColumns(),
	connectionColumns: logMessageColumns,
	rowKey: row => (typeof row.id === 'string' ? row.id : undefined),
	idRefusal: id => idRefusal('/external_connections/log_messages/{id}', {id}),
	// Under a connection, its id is the connection filter whatever the form held.
	fetchPage: (client, {parentId, pageNumber, pageSize, filters}, options) =>
		listLogMessages(
			client,
			{pageNumber, pageSize, filters: parentId === undefined ? filters : {...filters, connectionId: parentId}},
			options,
		),
	can: {open: true, create: false, mark: true},
	filters: LOG_MESSAGE_FILTERS,
	emptyText: filtered =>
		filtered === undefined
			? 'No log messages: nothing went wrong, or every message was dismissed.'
			: `No log messages match ${filtered}. Press x to clear the filters.`,
};
