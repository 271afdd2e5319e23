import React, {useState} from 'react';
import {Text} from 'ink';
import {useWatch, useWatchByDefault} from '../../hooks/use-watch.js';
import {watchLabel} from '../../data/watch-schedule.js';
import {isInFlight} from '../../resources/uploads/in-flight.js';
import {truncate} from '../../text/format.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {getUpload, retryUpload} from '../../resources/uploads/api.js';
import {uploadDetailRows} from '../../resources/uploads/detail.js';
import {explainNothingToRetry, explainStillInProgress} from '../../resources/uploads/explain.js';
import type {Upload} from '../../resources/uploads/types.js';
import {RecordDetail} from '../record-detail/record-detail.js';
import {SendingStatus, sendingStatusLines} from '../record-detail/sending-status.js';
import {useCheckedRecord} from '../record-detail/use-checked-record.js';
import {uploads} from '../../resources/uploads.js';
import {usePlaces} from '../record-detail/use-places.js';
import {useSendOnce} from '../record-detail/use-send-once.js';
import type {RecordScreenProps} from './record-screen.js';
import {showField} from '../../components/wire-value.js';

const explainRetry = (error: unknown) => explainStillInProgress(error, 'retry', new Date()) ?? explainNothingToRetry(error);

/** One upload: its numbers and their statuses, places by name; t retries it (once), and its row shows the answer in place. */
export function UploadDetail({client, connectionId, id, store, width, height, isActive, dispatch, writeToTerminal}: RecordScreenProps) {
	const connection = connectionId ?? '';
	const refusal = uploads.idRefusal(id, connectionId);
	const {record, replace} = useCheckedRecord(store, id, refusal, options => getUpload(client, connection, id, options));
	const places = usePlaces(client, connectionId);
	const {state, send} = useSendOnce<Upload>(isActive);
	const show = (upload: Upload) => {
		replace(upload);
		store.replaceRow(id, upload);
	};
	const watchByDefault = useWatchByDefault();
	const [watching, setWatching] = useState(watchByDefault);
	const current = record.status === 'loaded' ? record.value : undefined;
	const inFlight = isInFlight(current);
	// Read again while it is on its way to Teams, until its status is final: the detail and its list row change in place.
	const watchDelay = useWatch(watching && inFlight && isActive && state.status !== 'sending', async signal => {
		const upload = await getUpload(client, connection, id, {signal});
		const changed = JSON.stringify(upload) !== JSON.stringify(current);
		if (changed) show(upload);
		return changed ? 'changed' : 'same';
	});

	const retry = () =>
		send(`POST retry of upload ${id}`, () => retryUpload(client, connection, id), {
			onSent: show,
			async readBack() {
				const upload = await getUpload(client, connection, id);
				show(upload);
				return clean`the upload is now ${upload.status === undefined ? ownText('(status not given)') : showField(upload.status, 'text')}`;
			},
		});

	return (
		<RecordDetail
			what="Upload"
			id={id}
			refusal={refusal}
			record={record}
			rows={upload => uploadDetailRows(upload, places)}
			width={width}
			height={height}
			isActive={isActive}
			onBack={() => dispatch({type: 'back'})}
			writeToTerminal={writeToTerminal}
			actions={{
				...(state.status !== 'sending' && {retryUpload: retry}),
				...(inFlight && {watchUpload: () => setWatching(on => !on)}),
			}}
			status={
				<>
					{inFlight ? (
						<Text color="cyan">
							{truncate(
								watchDelay === undefined
									? ownText('Pending at Microsoft Teams · watch off: w reads its status again on its own')
									: clean`Pending at Microsoft Teams · ${cleanText(watchLabel(watchDelay))}: its status is read again on its own`,
								width,
							)}
						</Text>
					) : null}
					<SendingStatus
						state={state}
						width={width}
						explain={explainRetry}
						done={upload =>
							clean`Retry started: ${upload.status === undefined ? ownText('status not given') : showField(upload.status, 'text')}`
						}
						again={ownText('t sends the retry again: a new press, once you have read the above.')}
					/>
				</>
			}
			statusLines={sendingStatusLines(state) + (inFlight ? 1 : 0)}
		/>
	);
}
