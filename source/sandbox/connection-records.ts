// Builds the record a create makes and the record an update leaves. Unset values are left out,
// never "" or null where the spec's type does not allow it.
import type {CreateExternalConnectionRequest, ExternalConnection} from '../api/types.js';
import {isoSeconds, toConnection, type SandboxRecord, type Traits} from './data.js';

export type UpdateExternalConnectionRequest = {
	active?: boolean;
	tags?: string[];
	webhook_event_url?: string;
	webhook_event_failover_url?: string | null;
	webhook_timeout_secs?: number | null;
	inbound?: {channel_limit?: number | null};
	outbound: {outbound_voice_profile_id: string; channel_limit?: number | null};
};

type Limit = {channel_limit?: number};

/** A given limit replaces the old one, null unsets it, absent keeps it. */
function limit(given: number | null | undefined, old: {channel_limit?: number | null} | undefined): Limit {
	if (given === undefined) return typeof old?.channel_limit === 'number' ? {channel_limit: old.channel_limit} : {};
	return given === null ? {} : {channel_limit: given};
}

/** The same rule for the failover URL, where null is a value the spec allows and "" unsets it. */
function failover(given: string | null | undefined, old: ExternalConnection): Pick<ExternalConnection, 'webhook_event_failover_url'> {
	const value = given === undefined ? old.webhook_event_failover_url : given;
	return value === null || value ? {webhook_event_failover_url: value} : {};
}

export function createdRecord(body: CreateExternalConnectionRequest, id: string, now: Date): {record: SandboxRecord; traits: Traits} {
	const stamp = isoSeconds(now.getTime());
	const external: ExternalConnection = {
		id,
		record_type: 'external_connection',
		external_sip_connection: 'zoom',
		active: body.active ?? true,
		credential_active: false,
		tags: body.tags ?? [],
		...(body.webhook_event_url ? {webhook_event_url: body.webhook_event_url} : {}),
		...failover(body.webhook_event_failover_url, {id}),
		webhook_api_version: '1',
		webhook_timeout_secs: body.webhook_timeout_secs ?? null,
		inbound: limit(body.inbound?.channel_limit, undefined),
		outbound: {...limit(body.outbound.channel_limit, undefined), outbound_voice_profile_id: body.outbound.outbound_voice_profile_id},
		created_at: stamp,
		updated_at: stamp,
	};
	// The create request carries no name; Telnyx-side records still need one for the name filter.
	const name = `Zoom connection ${id.slice(-6)}`;
	return {
		record: {external, connection: toConnection(external, name, 'Latency')},
		traits: {kind: 'zoom', name, createdMs: Date.parse(stamp)},
	};
}

export function updatedRecord(old: SandboxRecord, body: UpdateExternalConnectionRequest, now: Date): SandboxRecord {
	const before = old.external;
	// Spread first so every key keeps its place in the JSON; the URL keys are then set or dropped.
	const external: ExternalConnection = {
		...before,
		active: body.active ?? before.active,
		tags: body.tags ?? before.tags,
		webhook_timeout_secs: body.webhook_timeout_secs === undefined ? before.webhook_timeout_secs : body.webhook_timeout_secs,
		inbound: limit(body.inbound?.channel_limit, before.inbound),
		outbound: {
			...limit(body.outbound.channel_limit, before.outbound),
			outbound_voice_profile_id: body.outbound.outbound_voice_profile_id,
		},
		updated_at: isoSeconds(now.getTime()),
	};
	if (body.webhook_event_url) external.webhook_event_url = body.webhook_event_url;
	const {webhook_event_failover_url: failoverUrl} = failover(body.webhook_event_failover_url, before);
	if (failoverUrl === undefined) delete external.webhook_event_failover_url;
	else external.webhook_event_failover_url = failoverUrl;
	const {connection_name: name = '', anchorsite_override: anchorsite = 'Latency'} = old.connection;
	return {external, connection: toConnection(external, name, anchorsite)};
}
