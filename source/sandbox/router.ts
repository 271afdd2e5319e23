// Maps an authenticated request to its Telnyx-shaped answer through a table of path templates.
// No sockets here: server.ts sends it.
import {civicAddressRoutes} from './resources/civic-addresses.js';
import {connectionRoutes} from './resources/connections.js';
import {externalConnectionRoutes} from './resources/external-connections.js';
import {locationRoutes} from './resources/locations.js';
import {logMessageRoutes} from './resources/log-messages.js';
import {operatorConnectRoutes} from './resources/operator-connect.js';
import {outboundVoiceProfileRoutes} from './resources/outbound-voice-profiles.js';
import {phoneNumberRoutes} from './resources/phone-numbers.js';
import {releaseRoutes} from './resources/releases.js';
import {uploadRoutes} from './resources/uploads.js';
import {fail, type RouteResponse} from './replies.js';
import type {Route, SandboxData} from './route-types.js';
import {methodNotAllowed, notFound} from './telnyx-errors.js';

export type {RouteResponse} from './replies.js';
export type RouteRequest = {method: string; path: string; params: URLSearchParams; body: string};

const ROUTES: Route[] = [
	...externalConnectionRoutes,
	...phoneNumberRoutes,
	...civicAddressRoutes,
	...locationRoutes,
	...uploadRoutes,
	...releaseRoutes,
	...logMessageRoutes,
	...connectionRoutes,
	...outboundVoiceProfileRoutes,
	...operatorConnectRoutes,
];

function segmentsOf(path: string): string[] | undefined {
	try {
		return path.split('/').filter(Boolean).map(decodeURIComponent);
	} catch {
		return undefined;
	}
}

function match(template: string, segments: string[]): {literals: number; path: Record<string, string>} | undefined {
	const parts = template.split('/').filter(Boolean);
	if (parts.length !== segments.length) return undefined;
	const path: Record<string, string> = {};
	let literals = 0;
	for (const [i, part] of parts.entries()) {
		const segment = segments[i]!;
		if (part.startsWith(':')) path[part.slice(1)] = segment;
		else if (part === segment) literals += 2 ** (parts.length - i);
		else return undefined;
	}
	return {literals, path};
}

export function route(data: SandboxData, request: RouteRequest): RouteResponse {
	const segments = segmentsOf(request.path);
	if (!segments) return fail(404, [notFound()]);
	let best: {route: Route; literals: number; path: Record<string, string>} | undefined;
	for (const candidate of ROUTES) {
		const found = match(candidate.template, segments);
		if (found && (!best || found.literals > best.literals)) best = {route: candidate, ...found};
	}
	if (!best) return fail(404, [notFound()]);
	const handler = best.route.methods[request.method];
	if (!handler) {
		const allowed = Object.keys(best.route.methods).join(', ');
		return {...fail(405, [methodNotAllowed(request.method)]), headers: {allow: allowed}};
	}
	return handler({...data, query: request.params, body: request.body, now: new Date(), path: best.path});
}
