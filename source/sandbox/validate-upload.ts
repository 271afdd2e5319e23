// CreateExternalConnectionUploadRequest validation. number_ids name the connection's own numbers by
// phone number id, as the spec says ("Phone number ID from the Telnyx API"); an E.164 number there is
// refused with the way to its id, so code tested here never depends on Telnyx reading one. 413 past 1,000.
import type {TelnyxError} from '../api/types.js';
import type {Children} from './connection-children.js';
import type {Usage} from './seed/uploads.js';
import {UUID} from './seed/uuids.js';
import {E164} from './sub-query.js';
import {badRequest, missingParameter, telnyxError} from './telnyx-errors.js';

const MAX_UPLOAD_NUMBERS = 1000;
const USAGES: readonly Usage[] = ['calling_user_assignment', 'first_party_app_assignment'];

type UploadRequest = {ks: number[]; usages: Usage[]; civicAddressId?: string; locationId?: string};
type UploadCheck = {ok: true; request: UploadRequest} | {ok: false; status: 413 | 422; errors: TelnyxError[]};

function checkUsages(body: Record<string, unknown>, errors: TelnyxError[]): Usage[] {
	const usage = body['usage'];
	if (usage !== undefined && !USAGES.includes(usage as Usage)) {
		errors.push(badRequest(`usage must be one of ${USAGES.join(', ')}.`, {pointer: '/usage'}));
	}
	const additional = body['additional_usages'];
	if (additional !== undefined && !Array.isArray(additional)) {
		errors.push(badRequest('additional_usages must be an array.', {pointer: '/additional_usages'}));
	}
	const extra = Array.isArray(additional) ? additional : [];
	extra.forEach((value, i) => {
		if (!USAGES.includes(value as Usage)) {
			errors.push(badRequest(`additional_usages[${i}] must be one of ${USAGES.join(', ')}.`, {pointer: `/additional_usages/${i}`}));
		}
	});
	// Without either, all supported usages apply (the spec's additional_usages description).
	const chosen = [usage, ...extra].filter((value): value is Usage => USAGES.includes(value as Usage));
	return chosen.length > 0 ? USAGES.filter(u => chosen.includes(u)) : [...USAGES];
}

function checkPlace(body: Record<string, unknown>, children: Children, errors: TelnyxError[]) {
	const civicAddressId = body['civic_address_id'];
	const locationId = body['location_id'];
	if (civicAddressId !== undefined && locationId !== undefined) {
		errors.push(badRequest('Give civic_address_id or location_id, not both.', {pointer: '/location_id'}));
	}
	if (
		civicAddressId !== undefined &&
		(typeof civicAddressId !== 'string' || !UUID.test(civicAddressId) || !children.addresses.some(a => a.id === civicAddressId))
	) {
		errors.push(badRequest("civic_address_id must be the id of one of this connection's civic addresses.", {pointer: '/civic_address_id'}));
	}
	if (locationId !== undefined && (typeof locationId !== 'string' || !UUID.test(locationId) || !children.location(locationId))) {
		errors.push(badRequest("location_id must be the id of one of this connection's locations.", {pointer: '/location_id'}));
	}
	return {civicAddressId: civicAddressId as string | undefined, locationId: locationId as string | undefined};
}

export function validateUpload(body: unknown, children: Children): UploadCheck {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return {ok: false, status: 422, errors: [badRequest('The request body must be a JSON object.', {pointer: '/'})]};
	}
	const fields = body as Record<string, unknown>;
	if (!children.teams) {
		const detail = 'Uploads send numbers to Microsoft Teams: only Operator Connect connections have them.';
		return {ok: false, status: 422, errors: [badRequest(detail, {pointer: '/'})]};
	}
	const ids = fields['number_ids'];
	if (Array.isArray(ids) && ids.length > MAX_UPLOAD_NUMBERS) {
		const detail = `An upload takes at most ${MAX_UPLOAD_NUMBERS} numbers; this one has ${ids.length}. Split it into several uploads.`;
		return {ok: false, status: 413, errors: [telnyxError('10015', 'Payload too large', detail, {pointer: '/number_ids'})]};
	}
	const errors: TelnyxError[] = [];
	const ks: number[] = [];
	if (ids === undefined) errors.push(missingParameter('/number_ids'));
	else if (!Array.isArray(ids) || ids.length === 0) {
		errors.push(badRequest('number_ids must be an array of at least one phone number id.', {pointer: '/number_ids'}));
	} else {
		ids.forEach((id, i) => {
			const pointer = {pointer: `/number_ids/${i}`};
			const k = typeof id === 'string' ? children.kOfPhoneNumberId(id) : undefined;
			if (typeof id !== 'string') errors.push(badRequest(`number_ids[${i}] must be a string.`, pointer));
			else if (E164.test(id)) {
				const detail = `${id} is a telephone number; number_ids takes phone number ids (number_id, as GET …/phone_numbers?filter[phone_number][eq]=${id} gives it).`;
				errors.push(badRequest(detail, pointer));
			} else if (k === undefined) errors.push(badRequest(`${id} is not the number_id of a phone number of this connection.`, pointer));
			else if (ks.includes(k)) errors.push(badRequest(`${id} is in number_ids more than once.`, pointer));
			else ks.push(k);
		});
	}
	const usages = checkUsages(fields, errors);
	const place = checkPlace(fields, children, errors);
	return errors.length > 0 ? {ok: false, status: 422, errors} : {ok: true, request: {ks, usages, ...place}};
}
