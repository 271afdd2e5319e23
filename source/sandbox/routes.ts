// Maps an authenticated request to its Telnyx-shaped answer. No sockets here: server.ts sends it.
import type {CreateExternalConnectionRequest, TelnyxError} from '../api/types.js';
import {parseConnectionListQuery} from './list-query.js';
import {listProfiles} from './profile-list.js';
import type {Store} from './store.js';
import {badRequest, errorBody, methodNotAllowed, notFound} from './telnyx-errors.js';
import {validateCreate} from './validate-create.js';

export type RouteRequest = {method: string; path: string; params: URLSearchParams; body: string};
export type RouteResponse = {status: number; body: string; headers?: Record<string, string>};

const ok = (status: number, payload: unknown): RouteResponse => ({status, body: JSON.stringify(payload)});
const fail = (status: number, errors: TelnyxError[]): RouteResponse => ({status, body: errorBody(errors)});

function allow(method: string, allowed: string): RouteResponse {
	return {...fail(405, [methodNotAllowed(method)]), headers: {allow: allowed}};
}

function segmentsOf(path: string): string[] | undefined {
	try {
		return path.split('/').filter(Boolean).map(decodeURIComponent);
	} catch {
		return undefined;
	}
}

function create(store: Store, raw: string): RouteResponse {
	let body: unknown;
	try {
		body = JSON.parse(raw);
	} catch {
		// The spec documents only 422 for a refused create, so malformed JSON is one too.
		return fail(422, [badRequest('The request body is not valid JSON.', {pointer: '/'})]);
	}
	const errors = validateCreate(body);
	if (errors.length > 0) return fail(422, errors);
	return ok(201, {data: store.create(body as CreateExternalConnectionRequest, new Date())});
}

export function route(store: Store, request: RouteRequest): RouteResponse {
	const {method, params} = request;
	const segments = segmentsOf(request.path);
	const [resource, id, extra] = segments ?? [];
	if (!segments || extra !== undefined) return fail(404, [notFound()]);

	if (resource === 'external_connections' && id === undefined) {
		if (method === 'GET') {
			const parsed = parseConnectionListQuery(params);
			return parsed.ok ? ok(200, store.list(parsed.query)) : fail(400, parsed.errors);
		}
		return method === 'POST' ? create(store, request.body) : allow(method, 'GET, POST');
	}
	if ((resource === 'external_connections' || resource === 'connections') && id !== undefined) {
		if (method !== 'GET') return allow(method, 'GET');
		const record = store.find(id);
		if (!record) return fail(404, [notFound()]);
		return ok(200, {data: resource === 'connections' ? record.connection : record.external});
	}
	if (resource === 'outbound_voice_profiles' && id === undefined) {
		if (method !== 'GET') return allow(method, 'GET');
		const listed = listProfiles(params);
		// That spec documents 422 (not 400) for a bad request.
		return listed.ok ? ok(200, listed.page) : fail(422, listed.errors);
	}
	return fail(404, [notFound()]);
}
