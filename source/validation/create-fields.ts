// Validators of the create wizard's fields: each takes the text as typed and states its rule, so the
// wizard can show the rule up front and the very same words under the field when a value breaks it.
import {INT32_MAX, isInt32, isUri} from '../api/wire-formats.js';
import type {Validation} from './result.js';
import {fitsInt64} from '../api/int64-id.js';
import {uriProblem} from './uri-problem.js';

export const PROFILE_ID_RULE = 'Required: digits only, an int64 id of 1 to 19 digits (e.g. 1293384261075731499).';
export const CHANNEL_LIMIT_RANGE = `a whole number from 1 to ${INT32_MAX}`;
export const CHANNEL_LIMIT_RULE = `Optional: ${CHANNEL_LIMIT_RANGE}; leave empty for no limit.`;
export const WEBHOOK_URL_RULE =
	'Optional: an absolute http:// or https:// URL with a host (e.g. https://example.com/hooks), spaces and non-ASCII characters written as %XX.';
export const WEBHOOK_TIMEOUT_RULE = 'Optional: a whole number of seconds from 0 to 30.';
export const TAGS_RULE = 'Optional: comma separated; spaces around tags and empty entries are dropped, repeats sent once.';

/** Ids are kept as strings end to end: a JavaScript number cannot hold every int64. */
export function validateProfileId(text: string): Validation<string> {
	const id = text.trim();
	if (id === '') return {ok: false, message: `An id is needed. ${PROFILE_ID_RULE}`};
	if (!/^\d+$/.test(id)) return {ok: false, message: `Only digits 0-9 are allowed. ${PROFILE_ID_RULE}`};
	if (!fitsInt64(id)) {
		return {ok: false, message: `Too large for an int64 id (at most 9223372036854775807). ${PROFILE_ID_RULE}`};
	}

	return {ok: true, value: id};
}

/** Empty means "no limit": the field is then left out of the request. */
export function validateChannelLimit(text: string): Validation<number | undefined> {
	const trimmed = text.trim();
	if (trimmed === '') return {ok: true, value: undefined};
	const limit = wholeNumber(trimmed);
	// The spec says only `integer`; Telnyx stores an int32, so a larger one would be refused there.
	if (limit === undefined || limit < 1 || !isInt32(limit))
		return {ok: false, message: `"${trimmed}" is not allowed. ${CHANNEL_LIMIT_RULE}`};
	return {ok: true, value: limit};
}

export function validateWebhookUrl(text: string): Validation<string | undefined> {
	const trimmed = text.trim();
	if (trimmed === '') return {ok: true, value: undefined};
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		return {ok: false, message: `Not an absolute URL: it needs a scheme and a host. ${WEBHOOK_URL_RULE}`};
	}

	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return {ok: false, message: `Only http and https URLs are accepted. ${WEBHOOK_URL_RULE}`};
	}

	// The WHATWG parser forgives 'http:///path' and 'https:/example.com'; the text itself must name a host.
	if (url.hostname === '' || !/^https?:\/\/[^/?#]/i.test(trimmed)) {
		return {ok: false, message: `The URL has no host after "//". ${WEBHOOK_URL_RULE}`};
	}
	// The spec's `format: uri`, checked as the conformance test checks it: the WHATWG parser above forgives
	// spaces, non-ASCII and broken % escapes, which Telnyx's schema refuses.
	if (!isUri(trimmed)) return {ok: false, message: `${uriProblem(trimmed)} ${WEBHOOK_URL_RULE}`};
	// Sent as typed (trimmed): URL normalisation would add a trailing slash the user never wrote.
	return {ok: true, value: trimmed};
}

export function validateWebhookTimeout(text: string): Validation<number | undefined> {
	const trimmed = text.trim();
	if (trimmed === '') return {ok: true, value: undefined};
	const seconds = wholeNumber(trimmed);
	if (seconds === undefined || seconds > 30) return {ok: false, message: `"${trimmed}" is not allowed. ${WEBHOOK_TIMEOUT_RULE}`};
	return {ok: true, value: seconds};
}

/** Tags cannot be invalid: every entry survives except blanks and repeats (first spelling wins). */
export function parseTags(text: string): string[] {
	const tags = text
		.split(',')
		.map(tag => tag.trim())
		.filter(tag => tag !== '');
	return [...new Set(tags)];
}

// Digits only, so '-1', '1.5', '1e3' and '+2' are all refused rather than coerced.
function wholeNumber(text: string): number | undefined {
	if (!/^\d+$/.test(text)) return undefined;
	const value = Number(text);
	return Number.isSafeInteger(value) ? value : undefined;
}
