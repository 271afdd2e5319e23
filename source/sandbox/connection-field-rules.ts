// Field rules shared by create and update: each pushes Telnyx errors, one per problem, pointing at
// its field with a JSON pointer.
import type {TelnyxError} from '../api/types.js';
import {INT32_MAX, isInt32, isUri} from '../api/wire-formats.js';
import {badRequest, invalidUrl, missingParameter, unknownProfile} from './telnyx-errors.js';

export type Json = Record<string, unknown>;
export type KnownProfile = (id: string) => boolean;

const MAX_URL_LENGTH = 2000;

export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function name(pointer: string): string {
	return pointer.slice(1).replaceAll('/', '.');
}

export function checkUrl(value: unknown, pointer: string, nullable: boolean, errors: TelnyxError[]): void {
	if (value === undefined) return;
	if (nullable && (value === null || value === '')) return;
	if (typeof value !== 'string') {
		errors.push(badRequest(`${name(pointer)} must be a string${nullable ? ' or null' : ''}.`, {pointer}));
		return;
	}
	// The spec's format first (what Telnyx's schema validation refuses), then what a webhook needs.
	if (!isUri(value)) {
		const detail = `${name(pointer)} must be a URI (RFC 3986): spaces, control and non-ASCII characters percent-encoded, every % followed by two hex digits.`;
		errors.push(invalidUrl(pointer, detail));
		return;
	}
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (!url || !url.hostname || !/^https?:\/\//i.test(value)) {
		errors.push(invalidUrl(pointer, `${name(pointer)} must be an absolute URL with an http or https scheme, e.g. https://example.com.`));
	} else if (value.length > MAX_URL_LENGTH) {
		errors.push(invalidUrl(pointer, `${name(pointer)} must be at most ${MAX_URL_LENGTH} characters.`));
	}
}

export function checkChannelLimit(value: unknown, pointer: string, errors: TelnyxError[]): void {
	if (value === undefined || value === null) return;
	// The spec says only `integer`: held to int32, as the servers behind it store it, so 1e308 is refused.
	if (typeof value !== 'number' || !isInt32(value) || value < 1) {
		errors.push(badRequest(`${name(pointer)} must be an integer from 1 to ${INT32_MAX}, or null.`, {pointer}));
	}
}

export function checkProfileId(value: unknown, pointer: string, errors: TelnyxError[], known: KnownProfile): void {
	if (value === undefined) {
		errors.push(missingParameter(pointer));
	} else if (typeof value !== 'string' || !/^\d{1,19}$/.test(value)) {
		errors.push(badRequest(`${name(pointer)} must be an outbound voice profile id: a string of digits.`, {pointer}));
	} else if (!known(value)) {
		errors.push(unknownProfile(pointer, value));
	}
}

export function checkCommonFields(body: Json, errors: TelnyxError[]): void {
	if (body['active'] !== undefined && typeof body['active'] !== 'boolean') {
		errors.push(badRequest('active must be a boolean.', {pointer: '/active'}));
	}

	const tags = body['tags'];
	if (tags !== undefined) {
		if (!Array.isArray(tags)) {
			errors.push(badRequest('tags must be an array of strings.', {pointer: '/tags'}));
		} else {
			tags.forEach((tag, index) => {
				if (typeof tag !== 'string') errors.push(badRequest(`tags[${index}] must be a string.`, {pointer: `/tags/${index}`}));
			});
		}
	}

	checkUrl(body['webhook_event_url'], '/webhook_event_url', false, errors);
	checkUrl(body['webhook_event_failover_url'], '/webhook_event_failover_url', true, errors);

	const timeout = body['webhook_timeout_secs'];
	if (timeout !== undefined && timeout !== null) {
		if (!Number.isInteger(timeout) || (timeout as number) < 0 || (timeout as number) > 30) {
			errors.push(badRequest('webhook_timeout_secs must be an integer between 0 and 30, or null.', {pointer: '/webhook_timeout_secs'}));
		}
	}
}
