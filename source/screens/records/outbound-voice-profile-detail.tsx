import React from 'react';
import type {OutboundVoiceProfile} from '../../api/types.js';
import {externalConnections} from '../../resources/external-connections.js';
import {CONNECTIONS_ROW, profileDetailRows} from '../../resources/outbound-voice-profiles/detail.js';
import {connectionsOfProfile} from '../../resources/outbound-voice-profiles/filters.js';
import {RecordDetail} from '../record-detail/record-detail.js';
import {useRecord} from '../record-detail/use-record.js';
import {findOutboundVoiceProfile} from '../../resources/outbound-voice-profiles/find.js';
import type {RecordScreenProps} from './record-screen.js';

/**
 * One outbound voice profile: its list row (the spec has no retrieve; findOutboundVoiceProfile), every field;
 * Enter on connections_count opens the main list's connections that use it.
 */
export function OutboundVoiceProfileDetail({client, id, store, width, height, isActive, dispatch, writeToTerminal}: RecordScreenProps) {
	const {record} = useRecord(id, options =>
		findOutboundVoiceProfile(client, id, store.find(id) as OutboundVoiceProfile | undefined, options),
	);
	const links = new Map([
		[CONNECTIONS_ROW, () => dispatch({type: 'openFiltered', resource: externalConnections.name, filters: connectionsOfProfile(id)})],
	]);
	return (
		<RecordDetail
			what="Outbound voice profile"
			id={id}
			record={record}
			rows={profile => profileDetailRows(profile, new Date())}
			links={links}
			width={width}
			height={height}
			isActive={isActive}
			onBack={() => dispatch({type: 'back'})}
			writeToTerminal={writeToTerminal}
		/>
	);
}
