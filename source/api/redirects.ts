// A redirect may point anywhere: a create must not be re-sent to it, and a read must not carry the key
// (or trust an answer) from another origin.
import type {PlainResponse} from 'got';
import {ApiError} from './errors.js';

/** got's followRedirect for GETs: only within the origin (scheme, host and port) of the request. */
export function followSameOrigin(response: PlainResponse): boolean {
	const target = redirectTarget(response);
	return target !== undefined && target.origin === new URL(response.url).origin;
}

export function isRedirectStatus(status: number): boolean {
	return status >= 300 && status < 400;
}

/** The redirect ec-tui did not follow, naming its status and target. */
export function redirectError(response: PlainResponse, method: string, host: string): ApiError {
	const status = response.statusCode;
	const target = redirectTarget(response);
	const where = target ? `to ${shorten(target.href)}` : 'without a Location';
	const why = method === 'GET' ? `ec-tui follows redirects only within ${host}` : `ec-tui never re-sends a ${method} to another address`;
	return new ApiError({kind: 'redirect', status, message: `${host} answered ${status}, a redirect ${where}; ${why}`});
}

function redirectTarget(response: PlainResponse): URL | undefined {
	const location = response.headers.location;
	if (!location) return undefined;
	try {
		return new URL(location, response.url);
	} catch {
		return undefined;
	}
}

// A hostile Location can be any length; the origin and the start of the path are what a person checks.
function shorten(text: string): string {
	return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
