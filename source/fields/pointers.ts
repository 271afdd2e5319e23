// Which field a Telnyx error belongs to, read from its JSON pointer into the request body
// ('/webhook_timeout_secs', '/outbound/outbound_voice_profile_id', '/tags/2', ...).
import type {TelnyxError} from '../api/types.js';
import {operationFields} from './connection-fields.js';
import type {Field, Operation} from './field.js';

/** The field of an error, or undefined when its pointer names nothing the operation's form asks for. */
export function fieldForError(error: TelnyxError, operation: Operation): Field | undefined {
	const segments = pathSegments(error);
	const fields = operationFields(operation);
	// Longest field path that starts the pointer: '/tags/2' is tags, '/inbound/x' the inbound question.
	for (let length = segments.length; length > 0; length--) {
		const prefix = segments.slice(0, length).join('.');
		const exact = fields.find(field => field.id === prefix);
		if (exact) return exact;
		// A pointer at an object ('/outbound') is its fields' concern: the required one first.
		const inside = fields.filter(field => field.id.startsWith(`${prefix}.`));
		const chosen = inside.find(field => !field[operation]!.optional) ?? inside[0];
		if (chosen) return chosen;
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
			.filter(segment => segment !== '')
			.map(segment => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
	}

	// Some errors name a parameter instead ('outbound.channel_limit' or 'outbound[channel_limit]').
	return (error.source?.parameter ?? '').split(/[.[\]]+/).filter(segment => segment !== '');
}
