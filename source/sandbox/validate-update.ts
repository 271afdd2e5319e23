// UpdateExternalConnectionRequest validation (full spec): the create rules for each field the update
// schema has, and its one requirement: outbound with its outbound_voice_profile_id. Empty array = valid.
import type {TelnyxError} from '../api/types.js';
import {checkChannelLimit, checkCommonFields, checkProfileId, isObject, type KnownProfile} from './connection-field-rules.js';
import {isKnownProfile} from './profiles.js';
import {badRequest, missingParameter} from './telnyx-errors.js';

export function validateUpdate(body: unknown, known: KnownProfile = isKnownProfile): TelnyxError[] {
	if (!isObject(body)) return [badRequest('The request body must be a JSON object.', {pointer: '/'})];
	const errors: TelnyxError[] = [];
	checkCommonFields(body, errors);

	const outbound = body['outbound'];
	if (outbound === undefined) {
		errors.push(missingParameter('/outbound'));
	} else if (!isObject(outbound)) {
		errors.push(badRequest('outbound must be an object.', {pointer: '/outbound'}));
	} else {
		checkProfileId(outbound['outbound_voice_profile_id'], '/outbound/outbound_voice_profile_id', errors, known);
		checkChannelLimit(outbound['channel_limit'], '/outbound/channel_limit', errors);
	}

	// The update schema's inbound has channel_limit alone: no profile is required there.
	const inbound = body['inbound'];
	if (inbound !== undefined) {
		if (!isObject(inbound)) errors.push(badRequest('inbound must be an object.', {pointer: '/inbound'}));
		else checkChannelLimit(inbound['channel_limit'], '/inbound/channel_limit', errors);
	}
	return errors;
}
