// Every field of one outbound voice profile, grouped, for its detail view. `connections_count` is the row
// Enter follows (to the main list of the connections that use the profile).
import type {OutboundVoiceProfile} from '../../api/types.js';
import type {DetailRow} from '../detail-lines.js';
import {clean} from '../../text/sanitize.js';
import {fieldRow, heading, memberRow, timeRow} from '../detail-rows.js';

/** The label of the row that leads to the profile's connections. */
export const CONNECTIONS_ROW = 'connections_count';

/** The count as sent (of every kind of connection), and where Enter leads; `y` copies the count. */
function connectionsRow(count: unknown): DetailRow {
	const row = fieldRow(CONNECTIONS_ROW, count, 'a number');
	return row.kind === 'field' ? {...row, value: clean`${row.value} · Enter: the external connections that use it`} : row;
}

export function profileDetailRows(profile: OutboundVoiceProfile, now: Date): DetailRow[] {
	return [
		heading('Profile'),
		fieldRow('name', profile.name, 'text'),
		fieldRow('id', profile.id, 'text'),
		fieldRow('enabled', profile.enabled, 'yes/no'),
		connectionsRow(profile.connections_count),
		fieldRow('tags', profile.tags, 'a list of text'),
		heading('Limits'),
		fieldRow('concurrent_call_limit', profile.concurrent_call_limit, 'a number'),
		fieldRow('daily_spend_limit', profile.daily_spend_limit, 'text'),
		fieldRow('daily_spend_limit_enabled', profile.daily_spend_limit_enabled, 'yes/no'),
		fieldRow('max_destination_rate', profile.max_destination_rate, 'a number'),
		fieldRow('whitelisted_destinations', profile.whitelisted_destinations, 'a list of text'),
		heading('Plan'),
		fieldRow('traffic_type', profile.traffic_type, 'text'),
		fieldRow('service_plan', profile.service_plan, 'text'),
		fieldRow('usage_payment_method', profile.usage_payment_method, 'text'),
		fieldRow('billing_group_id', profile.billing_group_id, 'text'),
		heading('Call recording'),
		memberRow('call_recording_type', profile.call_recording, 'text'),
		memberRow('call_recording_caller_phone_numbers', profile.call_recording, 'a list of text'),
		memberRow('call_recording_channels', profile.call_recording, 'text'),
		memberRow('call_recording_format', profile.call_recording, 'text'),
		heading('Calling window (UTC)'),
		memberRow('start_time', profile.calling_window, 'text'),
		memberRow('end_time', profile.calling_window, 'text'),
		memberRow('calls_per_cld', profile.calling_window, 'a number'),
		heading('Record'),
		fieldRow('record_type', profile.record_type, 'text'),
		timeRow('created_at', profile.created_at, now),
		timeRow('updated_at', profile.updated_at, now),
	];
}
