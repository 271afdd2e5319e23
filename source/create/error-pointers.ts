// Which wizard step a Telnyx error belongs to, read from its JSON pointer into the request body
// ('/webhook_timeout_secs', '/outbound/outbound_voice_profile_id', '/tags/2', ...).
import type {TelnyxError} from '../api/types.js';
import type {FieldStepId} from './steps.js';

const STEP_BY_PATH: Record<string, FieldStepId> = {
	external_sip_connection: 'external_sip_connection',
	outbound: 'outbound.outbound_voice_profile_id',
	'outbound/outbound_voice_profile_id': 'outbound.outbound_voice_profile_id',
	'outbound/channel_limit': 'outbound.channel_limit',
	active: 'active',
	tags: 'tags',
	webhook_event_url: 'webhook_event_url',
	webhook_event_failover_url: 'webhook_event_failover_url',
	webhook_timeout_secs: 'webhook_timeout_secs',
	inbound: 'inbound',
	'inbound/outbound_voice_profile_id': 'inbound.outbound_voice_profile_id',
	'inbound/channel_limit': 'inbound.channel_limit',
};

/** The step of an error, or undefined when its pointer names nothing the wizard asks for. */
export function stepForError(error: TelnyxError): FieldStepId | undefined {
	const segments = pathSegments(error);
	// Longest known prefix wins: '/tags/2' is the tags step, '/inbound/x' the inbound question.
	for (let length = Math.min(segments.length, 2); length > 0; length--) {
		const step = STEP_BY_PATH[segments.slice(0, length).join('/')];
		if (step) return step;
	}

	return undefined;
}

function pathSegments(error: TelnyxError): string[] {
	const pointer = error.source?.pointer;
	if (pointer !== undefined) {
		// RFC 6901 escapes: '~1' is '/', '~0' is '~'.
		return pointer
			.replace(/^\//, '')
			.split('/')
			.map(segment => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
	}

	// Some errors name a parameter instead ('outbound.channel_limit' or 'outbound[channel_limit]').
	return (error.source?.parameter ?? '').split(/[.[\]]+/).filter(segment => segment !== '');
}
