// /external_connections/log_messages: list (filter by connection or number, paging), retrieve,
// dismiss. LogMessage has no id in the spec while these paths take one: each message carries an
// `id` (an int64 string, like every other id here), which the schema allows as an extra property.
import {logMessagesOf} from '../connection-children.js';
import {fail, ok} from '../replies.js';
import type {Context, Route} from '../route-types.js';
import {ACCOUNT_MESSAGES, decodeLogMessageId, logMessageAt, logMessageCount, logMessageId, type LogMessage} from '../seed/log-messages.js';
import {isLargeConnection} from '../seed/phone-numbers.js';
import {pageMeta} from '../paging.js';
import {QueryReader} from '../sub-query.js';
import {notFound} from '../telnyx-errors.js';

const ACCOUNT = -1;

function countOf({store}: Context, connection: number): number {
	if (connection === ACCOUNT) return ACCOUNT_MESSAGES;
	if (connection >= store.count) return 0;
	return logMessageCount(connection, store.seed, isLargeConnection(connection, store.count));
}

/** The messages of a connection (or the account) by k, dismissed or not, and the number each names. */
function messagesOf(context: Context, connection: number): ReturnType<typeof logMessagesOf> {
	if (connection !== ACCOUNT) return logMessagesOf(context.store, connection);
	const messageAt = (k: number) => logMessageAt(ACCOUNT, k, context.store.seed, {});
	return {messageAt, numberAt: k => messageAt(k).meta.telephone_number};
}

/** The message an id names, if it exists, is not dismissed and its connection is still there. */
function find(context: Context, id: string): LogMessage | undefined {
	const decoded = decodeLogMessageId(id, context.store.seed);
	if (!decoded || context.state.dismissed.has(id)) return undefined;
	const {connection, k} = decoded;
	if (connection !== ACCOUNT && !context.store.isLive(connection)) return undefined;
	return k < countOf(context, connection) ? messagesOf(context, connection).messageAt(k) : undefined;
}

function* sources(context: Context, connectionFilter: string | undefined): Iterable<number> {
	if (connectionFilter === 'null') {
		yield ACCOUNT;
		return;
	}
	if (connectionFilter !== undefined) {
		const found = context.store.find(connectionFilter);
		if (found) yield found.index;
		return;
	}
	yield* context.store.indexes();
	yield ACCOUNT;
}

export const logMessageRoutes: Route[] = [
	{
		template: '/external_connections/log_messages',
		methods: {
			GET(context) {
				const reader = new QueryReader(context.query);
				const page = reader.page();
				const connectionFilter = reader.text('filter[external_connection_id]');
				const eq = reader.e164('filter[telephone_number][eq]', true);
				const contains = reader.digits('filter[telephone_number][contains]');
				if (reader.errors.length > 0) return fail(422, reader.errors);
				const byNumber = eq !== undefined || contains !== undefined;
				const matchesNumber = (number: string | undefined) => {
					if (eq === 'null') return number === undefined;
					if (eq !== undefined && number !== eq) return false;
					return contains === undefined || (number ?? '').includes(contains.replace(/^\+/, ''));
				};
				const start = (page.number - 1) * page.size;
				const messages: LogMessage[] = [];
				let matched = 0;
				for (const connection of sources(context, connectionFilter)) {
					const count = countOf(context, connection);
					let ofConnection: ReturnType<typeof messagesOf> | undefined;
					for (let k = 0; k < count; k++) {
						// An id is worked out only once something has been dismissed.
						const {dismissed} = context.state;
						if (dismissed.size > 0 && dismissed.has(logMessageId(connection, k, context.store.seed))) continue;
						// A number filter looks at the number a message names; only a message on the page is built.
						if (byNumber && !matchesNumber((ofConnection ??= messagesOf(context, connection)).numberAt(k))) continue;
						if (matched >= start && messages.length < page.size)
							messages.push((ofConnection ??= messagesOf(context, connection)).messageAt(k));
						matched++;
					}
				}
				return ok(200, {log_messages: messages, meta: pageMeta(matched, page)});
			},
		},
	},
	{
		template: '/external_connections/log_messages/:id',
		methods: {
			GET(context) {
				const message = find(context, context.path.id!);
				return message ? ok(200, {log_messages: [message]}) : fail(404, [notFound()]);
			},
			DELETE(context) {
				const message = find(context, context.path.id!);
				if (!message) return fail(404, [notFound()]);
				context.state.dismissed.add(message.id);
				return ok(200, {success: true});
			},
		},
	},
];
