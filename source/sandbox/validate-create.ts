// CreateExternalConnectionRequest validation: a pure function from a parsed body to Telnyx errors,
// one per problem, each pointing at its field with a JSON pointer. Empty array = valid.
import type {TelnyxError} from '../api/types.js';
import {checkChannelLimit, checkCommonFields, checkProfileId, isObject, type Json, type KnownProfile} from './connection-field-rules.js';
import {isKnownProfile} from './profiles.js';
import {badRequest, missingParameter} from './telnyx-errors.js';

function checkDirection(body: Json, key: 'inbound' | 'outbound', errors: TelnyxError[], known: KnownProfile): void {
	const value = body[key];
	const pointer = `/${key}`;
	if (value === undefined) {
		if (key === 'outbound') errors.push(missingParameter(pointer));
		return;
	}
	if (!isObject(value)) {
		errors.push(badRequest(`${key} must be an object.`, {pointer}));
		return;
	}
	checkProfileId(value['outbound_voice_profile_id'], `${pointer}/outbound_voice_profile_id`, errors, known);
	checkChannelLimit(value['channel_limit'], `${pointer}/channel_limit`, errors);
}

export function validateCreate(body: unknown, known: KnownProfile = isKnownProfile): TelnyxError[] {
	if (!isObject(body)) return [badRequest('The request body must be a JSON object.', {pointer: '/'})];
	const errors: TelnyxError[] = [];

	const sip = body['external_sip_connection'];
	if (sip === undefined) {
		errors.push(missingParameter('/external_sip_connection'));
	} else if (sip === 'operator_connect') {
		errors.push(
			badRequest("Operator Connect connections are created by Telnyx, not through the API: external_sip_connection must be 'zoom'.", {
				pointer: '/external_sip_connection',
			}),
		);
	} else if (sip !== 'zoom') {
		errors.push(badRequest("external_sip_connection must be 'zoom'.", {pointer: '/external_sip_connection'}));
	}

	checkCommonFields(body, errors);
	checkDirection(body, 'outbound', errors, known);
	checkDirection(body, 'inbound', errors, known);
	return errors;
}
