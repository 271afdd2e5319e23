import type {CreateExternalConnectionRequest, UpdateExternalConnectionRequest} from './types.js';

const MAX_LENGTH = 200;

/** A create body in short, for the line printed when a create is interrupted: what tells it apart in the list. */
export function describeCreate(body: CreateExternalConnectionRequest): string {
	const parts: string[] = [body.external_sip_connection];
	if (body.tags?.length) parts.push(`tags ${body.tags.join(',')}`);
	if (body.webhook_event_url) parts.push(`webhook ${body.webhook_event_url}`);
	if (body.outbound.outbound_voice_profile_id) parts.push(`outbound profile ${body.outbound.outbound_voice_profile_id}`);
	if (body.inbound) parts.push(`inbound profile ${body.inbound.outbound_voice_profile_id}`);
	return short(parts.join(' · '));
}

/** An update body in short: the fields it sets, and the profile every update names. */
export function describeUpdate(body: UpdateExternalConnectionRequest): string {
	const fields = Object.entries(body).flatMap(([key, value]) =>
		key === 'outbound' || key === 'inbound' ? Object.keys(value ?? {}).map(inner => `${key}.${inner}`) : [key],
	);
	return short(`sets ${fields.join(', ')}`);
}

function short(text: string): string {
	// Typed or pasted values may hold control characters; stderr is a terminal.
	const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
	return clean.length > MAX_LENGTH ? `${clean.slice(0, MAX_LENGTH - 1)}…` : clean;
}
