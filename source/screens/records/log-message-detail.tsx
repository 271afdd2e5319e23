import React, {useState} from 'react';
import {dismissLogMessage, getLogMessage} from '../../resources/log-messages/api.js';
import {logMessageDetailRows} from '../../resources/log-messages/detail.js';
import {explainDismissGone} from '../../resources/log-messages/explain.js';
import {LOG_MESSAGES} from '../../resources/log-messages/query-keys.js';
import {useQueryCache} from '../../data/use-query.js';
import type {DismissResult} from '../../resources/log-messages/types.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {isApiError} from '../../api/errors.js';
import {showField} from '../../components/wire-value.js';
import {ConfirmPrompt} from '../confirm/index.js';
import {RecordDetail} from '../record-detail/record-detail.js';
import {SendingStatus, sendingStatusLines} from '../record-detail/sending-status.js';
import {useCheckedRecord} from '../record-detail/use-checked-record.js';
import {logMessages} from '../../resources/log-messages.js';
import {logMessageLinks} from '../../resources/log-messages/links.js';
import {externalConnections} from '../../resources/external-connections.js';
import {phoneNumbers} from '../../resources/phone-numbers.js';
import {useSendOnce} from '../record-detail/use-send-once.js';
import type {RecordScreenProps} from './record-screen.js';

/** One log message: every field; d dismisses it after a confirmation (Cancel first), and its row leaves the list in place. */
export function LogMessageDetail({client, id, store, width, height, isActive, dispatch, writeToTerminal}: RecordScreenProps) {
	const refusal = logMessages.idRefusal(id, undefined);
	const {record} = useCheckedRecord(store, id, refusal, options => getLogMessage(client, id, options));
	const [confirming, setConfirming] = useState(false);
	const {state, send} = useSendOnce<DismissResult>(isActive);
	const queries = useQueryCache();
	const links = record.status === 'loaded' ? logMessageLinks(record.value) : {};
	const {connectionId, numberDigits} = links;

	const dismiss = () => {
		setConfirming(false);
		send(`DELETE log message ${id}`, () => dismissLogMessage(client, id), {
			onSent() {
				// The row goes in place, the cursor on its neighbour; then back to the list.
				const row = store.removeRow(id);
				queries.invalidate(LOG_MESSAGES);
				dispatch({type: 'back'});
				if (row !== undefined) dispatch({type: 'rowRemoved', row});
			},
			async readBack() {
				try {
					await getLogMessage(client, id);
					return ownText('the message is still there: the dismissal did not go through.');
				} catch (error) {
					if (isApiError(error) && error.kind === 'http' && error.status === 404) {
						const row = store.removeRow(id);
						queries.invalidate(LOG_MESSAGES);
						if (row !== undefined) dispatch({type: 'rowRemoved', row});
						return ownText('the message is gone: the dismissal went through.');
					}
					throw error;
				}
			},
		});
	};

	return (
		<RecordDetail
			what="Log message"
			id={id}
			refusal={refusal}
			record={record}
			rows={logMessageDetailRows}
			width={width}
			height={height}
			isActive={isActive}
			onBack={() => dispatch({type: 'back'})}
			writeToTerminal={writeToTerminal}
			actions={{
				...(state.status !== 'sending' && {dismiss: () => setConfirming(true)}),
				...(connectionId !== undefined && {
					openConnection: () => dispatch({type: 'link', resource: externalConnections.name, id: connectionId}),
				}),
				...(connectionId !== undefined &&
					numberDigits !== undefined && {
						openNumber: () =>
							dispatch({
								type: 'link',
								resource: externalConnections.name,
								id: connectionId,
								list: {resource: phoneNumbers.name, filters: {phoneNumberEq: `+${numberDigits}`}},
							}),
					}),
			}}
			status={
				<SendingStatus
					state={state}
					width={width}
					explain={explainDismissGone}
					again={ownText('d asks again before sending: a new press, once you have read the above.')}
					done={() => ownText('Dismissed')}
				/>
			}
			statusLines={sendingStatusLines(state)}
			panel={
				confirming && record.status === 'loaded' ? (
					<ConfirmPrompt
						title={cleanText(`Dismiss log message ${id}`)}
						question={ownText('Dismiss this message for good? It is gone from every later read.')}
						lines={[
							{text: clean`${showField(record.value.code, 'text')} · ${showField(record.value.title, 'text')}`},
							{text: cleanText(`Sends DELETE /external_connections/log_messages/${id}, once.`), dim: true},
						]}
						cancelLabel={ownText('Cancel')}
						confirmLabel={ownText('Dismiss')}
						width={width}
						isActive={isActive}
						onConfirm={dismiss}
						onCancel={() => setConfirming(false)}
					/>
				) : undefined
			}
		/>
	);
}
