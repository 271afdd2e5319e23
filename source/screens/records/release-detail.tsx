import React from 'react';
import {getRelease} from '../../resources/releases/api.js';
import {releaseDetailRows} from '../../resources/releases/detail.js';
import {RecordDetail} from '../record-detail/record-detail.js';
import {useCheckedRecord} from '../record-detail/use-checked-record.js';
import {releases} from '../../resources/releases.js';
import type {RecordScreenProps} from './record-screen.js';

/** One release: its status and each of its numbers. */
export function ReleaseDetail({client, connectionId, id, store, width, height, isActive, dispatch, writeToTerminal}: RecordScreenProps) {
	const refusal = releases.idRefusal(id, connectionId);
	const {record} = useCheckedRecord(store, id, refusal, options => getRelease(client, connectionId ?? '', id, options));
	return (
		<RecordDetail
			what="Release"
			id={id}
			refusal={refusal}
			record={record}
			rows={release => releaseDetailRows(release, new Date())}
			width={width}
			height={height}
			isActive={isActive}
			onBack={() => dispatch({type: 'back'})}
			writeToTerminal={writeToTerminal}
		/>
	);
}
