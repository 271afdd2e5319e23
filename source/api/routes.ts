// Every path ec-tui sends a request to, as the spec writes it, with the format the spec gives each of its
// parameters (test/api-routes.test.ts reads both spec files and checks this table against them). A path
// is built here and nowhere else: an id that fails its format never becomes a request.
import {ApiError} from './errors.js';
import {idProblem, pathSegmentProblem, type IdFormat} from './path-ids.js';

export const ROUTES = {
	'/external_connections': {},
	'/external_connections/{id}': {id: 'int64'},
	'/connections/{id}': {id: 'text'},
	'/outbound_voice_profiles': {},
	'/external_connections/{id}/phone_numbers': {id: 'int64'},
	'/external_connections/{id}/phone_numbers/{phone_number_id}': {id: 'int64', phone_number_id: 'text'},
	'/external_connections/{id}/civic_addresses': {id: 'int64'},
	'/external_connections/{id}/civic_addresses/{address_id}': {id: 'int64', address_id: 'uuid'},
	// The spec gives `id` here `format: uuid`, against every other path's int64 `id` and the connection's own
	// id (IntId): the connection's id is an int64, so it is checked as one.
	'/external_connections/{id}/locations/{location_id}': {id: 'int64', location_id: 'uuid'},
	'/external_connections/{id}/releases': {id: 'int64'},
	'/external_connections/{id}/releases/{release_id}': {id: 'int64', release_id: 'uuid'},
	'/external_connections/{id}/uploads': {id: 'int64'},
	'/external_connections/{id}/uploads/status': {id: 'int64'},
	'/external_connections/{id}/uploads/refresh': {id: 'int64'},
	'/external_connections/{id}/uploads/{ticket_id}': {id: 'int64', ticket_id: 'uuid'},
	'/external_connections/{id}/uploads/{ticket_id}/retry': {id: 'int64', ticket_id: 'uuid'},
	'/external_connections/log_messages': {},
	'/external_connections/log_messages/{id}': {id: 'int64'},
	'/operator_connect/actions/refresh': {},
} as const satisfies Record<string, Record<string, IdFormat>>;

export type Route = keyof typeof ROUTES;
/** The ids a route's parameters take, by the spec's names. */
export type RouteIds<R extends Route> = {readonly [Name in keyof (typeof ROUTES)[R]]: string};

/** The first id of `ids` that fails its parameter's format: its name, its value and why. */
export type IdRefusal = {name: string; id: unknown; problem: string};

export function routeIdRefusal<R extends Route>(route: R, ids: RouteIds<R>): IdRefusal | undefined {
	const formats: Record<string, IdFormat> = ROUTES[route];
	const given = ids as Record<string, unknown>;
	for (const [name, format] of Object.entries(formats)) {
		const problem = idProblem(format, given[name]);
		if (problem) return {name, id: given[name], problem};
	}
	return undefined;
}

// Long ids are shortened in messages: the record shows all of it.
const SHOWN_ID_LENGTH = 24;

/** What a screen and the error say for an id that fails (outside text: sanitize it before drawing). */
export function describeIdRefusal({id}: IdRefusal): string {
	const text = typeof id === 'string' ? id : String(id);
	const shown = text.length > SHOWN_ID_LENGTH ? `${text.slice(0, SHOWN_ID_LENGTH - 1)}…` : text;
	// What it means first: a narrow terminal cuts the end of the line.
	return `Nothing can be sent for this record: its id "${shown}" is not a valid Telnyx id.`;
}

/**
 * The path of `route` with `ids` in place, each one segment (percent-encoded): `/external_connections/1/phone_numbers`.
 * Throws an ApiError of kind 'invalid-id' for an id that fails its format, and for any empty or dot segment.
 */
export function buildPath<R extends Route>(route: R, ids: RouteIds<R>): string {
	const refusal = routeIdRefusal(route, ids);
	if (refusal) throw invalidIdError(refusal);
	const given = ids as Record<string, string>;
	const segments = route
		.slice(1)
		.split('/')
		.map(part => (part.startsWith('{') ? given[part.slice(1, -1)]! : part));
	for (const segment of segments) {
		const problem = pathSegmentProblem(segment);
		if (problem) throw invalidIdError({name: route, id: segment, problem});
	}
	return `/${segments.map(segment => encodeURIComponent(segment)).join('/')}`;
}

/**
 * The request's URL: `path` appended to the base URL's path by concatenation, never resolved against it.
 * Whatever URL parsing then does, the path must come out exactly as built, or nothing is sent.
 */
export function requestUrl(baseUrl: string, path: string): URL {
	const base = new URL(baseUrl);
	const basePath = base.pathname.replace(/\/+$/, '');
	const url = new URL(`${base.origin}${basePath}${path}`);
	if (url.pathname !== `${basePath}${path}` || url.search !== '' || url.hash !== '') {
		throw invalidIdError({name: 'path', id: path, problem: `resolves to ${url.pathname}${url.search}${url.hash}`});
	}
	return url;
}

function invalidIdError(refusal: IdRefusal): ApiError {
	return new ApiError({kind: 'invalid-id', message: describeIdRefusal(refusal)});
}
