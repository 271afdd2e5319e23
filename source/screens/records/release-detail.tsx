import React from 'react';
import {getRelease} from '../../resources/releases/api.js';
import {releaseDetailRows} from '../../resources/releases/detail.js';
import {RecordDetail} from '../record-detail/record-detail.js';
import {useRecord} from '../record-detail/use-record.js';
import type {RecordScreenProps} from './record-screen.js';

/** One release: its status and each of its numbers. */
export function ReleaseDetail({client, connectionId, id, width, height, isActive, dispatch, writeToTerminal}: RecordScreenProps) {
	const {record} = useRecord(id, options => getRelease(client, connectionId ?? '', id, options));
	return (
		<RecordDetail
			what="Release"
			id={id}
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
