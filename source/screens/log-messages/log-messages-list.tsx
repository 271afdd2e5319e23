import React from 'react';
import type {ApiClient} from '../../api/client.js';
import {showField} from '../../components/wire-value.js';
import {useQueryCache} from '../../data/use-query.js';
import {useBindings} from '../../input/use-keys.js';
import type {ListOverlay} from '../../navigation/routes.js';
import {dismissLogMessage} from '../../resources/log-messages/api.js';
import {LOG_MESSAGES} from '../../resources/log-messages/query-keys.js';
import type {LogMessage} from '../../resources/log-messages/types.js';
import {logMessages} from '../../resources/log-messages.js';
import {planEach} from '../../resources/bulk-plan.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {BulkScreen} from '../bulk/bulk-screen.js';
import {rowsToActOn} from '../bulk/rows-to-act-on.js';
import {ResourceList} from '../resource-list/resource-list.js';

type ListProps = React.ComponentProps<typeof ResourceList>;

export type LogMessagesListProps = ListProps & {client: ApiClient; height: number; overlay?: ListOverlay | undefined};

const messageName = (message: LogMessage) =>
	clean`${showField(message.code, 'text')} ${showField(message.title, 'text')} · ${showField(message.meta?.telephone_number, 'text')}`;

/** Log messages (a connection's, or every one's): the generic list, where Space marks messages and d dismisses the marked ones. */
export function LogMessagesList({client, height, overlay, ...list}: LogMessagesListProps): React.JSX.Element {
	const queries = useQueryCache();
	const dismissing = overlay?.name === 'dismiss' ? (overlay.rows as LogMessage[]) : undefined;
	const bound = useBindings(
		'logMessagesList',
		{
			dismissMarked() {
				const under = list.store.rowAt(list.list.cursor);
				const messages = rowsToActOn(list);
				if (messages.length === 0) return;
				// The rows above the cursor may go: it stays on its message, wherever that ends up.
				const key = under === undefined ? undefined : logMessages.rowKey(under as LogMessage);
				if (key !== undefined) list.dispatch({type: 'keep', id: key});
				list.dispatch({type: 'overlay', overlay: {name: 'dismiss', rows: messages}});
			},
		},
		list.isActive && overlay === undefined && !list.markingAll,
	);

	if (dismissing) {
		const plan = planEach<LogMessage>(dismissing, message => {
			const reason = logMessages.idRefusal(typeof message.id === 'string' ? message.id : '', undefined);
			return reason === undefined ? undefined : cleanText(reason);
		});
		return (
			<BulkScreen<LogMessage>
				place={list.place}
				path={[ownText('External connections'), ownText('log messages'), ownText('dismiss')]}
				title={ownText('Dismiss log messages · DELETE, one per message')}
				items={plan.send}
				name={messageName}
				request={ownText('DELETE /external_connections/log_messages/{id}')}
				refused={plan.refused}
				send={async message => {
					const id = message.id!;
					await dismissLogMessage(client, id);
					// The row goes in place, the cursor on its neighbour.
					const row = list.store.removeRow(id);
					if (row !== undefined) list.dispatch({type: 'rowRemoved', row});
				}}
				width={list.width}
				height={height}
				isActive={list.isActive}
				onClose={sent => {
					list.dispatch({type: 'overlayClosed', sent});
					if (sent) queries.invalidate(LOG_MESSAGES);
				}}
			/>
		);
	}
	return <ResourceList {...list} extraBound={[bound]} />;
}
