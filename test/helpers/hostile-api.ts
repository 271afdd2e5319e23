// A Telnyx look-alike on loopback that serves one payload kind's records (test/helpers/hostile-records.ts)
// under /v2 for every resource the app reads, answers every mutation with an error body of the same kind, and
// records each request as it arrived; the mutations that answer where they came from may succeed instead, their
// bodies of the same kind. A test can make it fail the mutations it picks instead: a 500 (its body
// hostile too), a reset, a 307 to another path, or a hang it ends itself.
import {createServer, type ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import type {PayloadKind} from './payload-kinds.js';
import {hostileRecords, IDS, type HostileRecords} from './hostile-records.js';

export type HostileRequest = {method: string; path: string};
export type HostileFault = 500 | 'reset' | 307 | 'hang';
export const HOSTILE_FAULTS: HostileFault[] = [500, 'reset', 307, 'hang'];

export type HostileApi = {
	/** The base URL to give the app: ends in /v2. */
	url: string;
	apiKey: string;
	records: HostileRecords;
	requests: HostileRequest[];
	/** Every path a request may go to: the resources of the ids served, each encoded as one segment. */
	allowedPaths: ReadonlySet<string>;
	/** Fails every mutation with `fault` from now on; undefined answers them with a hostile 422 again. */
	failMutations: (fault: HostileFault | undefined) => void;
	/** Ends every hanging request with a reset. */
	releaseHangs: () => void;
	close: () => Promise<void>;
};

const MUTATIONS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const KEY = 'KEY-hostile-tests';

type Answer = {status: number; body: unknown};

const page = (data: unknown[]) => ({data, meta: {page_number: 1, page_size: 250, total_pages: 1, total_results: data.length}});

/** The answer to a GET of `path` (without /v2), or undefined when nothing is there. */
function read(records: HostileRecords, path: string, query: URLSearchParams): Answer | undefined {
	const ok = (body: unknown) => ({status: 200, body});
	const under = `/external_connections/${IDS.connection}`;
	const find = (list: Array<Record<string, any>>, key: string, prefix: string) =>
		list.find(record => typeof record[key] === 'string' && path === `${prefix}/${encodeURIComponent(record[key])}`);
	if (path === '/external_connections') return ok(page(records.connections));
	if (path === '/outbound_voice_profiles') return ok(page(records.profiles));
	if (path === '/external_connections/log_messages') {
		const {data, meta} = page(records.messages);
		return ok({log_messages: data, meta});
	}
	const message = find(records.messages, 'id', '/external_connections/log_messages');
	if (message) return ok({log_messages: [message]});
	const connection = records.connections.find(record => path === `/external_connections/${encodeURIComponent(record.id)}`);
	if (connection) return ok({data: records.connection(connection.id)});
	const info = records.connections.find(record => path === `/connections/${encodeURIComponent(record.id)}`);
	if (info) return ok({data: records.connectionInfo(info.id)});
	// A number looked up by its E.164 number (as an upload does) is found: a hostile record of that number.
	const asked = query.get('filter[phone_number][eq]');
	if (path === `${under}/phone_numbers` && asked) return ok(page([{...records.numbers[0], telephone_number: asked}]));
	if (path === `${under}/phone_numbers`) return ok(page(records.numbers));
	if (path === `${under}/civic_addresses`) return ok({data: records.addresses});
	if (path === `${under}/uploads`) return ok(page(records.uploads));
	if (path === `${under}/uploads/status`) return ok({data: {pending_numbers_count: 2, pending_orders_count: 1}});
	if (path === `${under}/releases`) return ok(page(records.releases));
	const record =
		find(records.numbers, 'number_id', `${under}/phone_numbers`) ??
		find(records.addresses, 'id', `${under}/civic_addresses`) ??
		find(records.uploads, 'ticket_id', `${under}/uploads`) ??
		find(records.releases, 'ticket_id', `${under}/releases`);
	return record ? ok({data: record}) : undefined;
}

/**
 * A success for the mutations that answer on the screen they came from (a number moved, an emergency address set,
 * an upload retried, rechecked or made), with the kind's records; undefined for the others.
 */
function success(records: HostileRecords, method: string, path: string): Answer | undefined {
	const under = `/external_connections/${IDS.connection}`;
	if (method === 'PATCH' && path.startsWith(`${under}/phone_numbers/`)) return {status: 200, body: {data: records.numbers.at(-1)}};
	if (method === 'PATCH' && path.startsWith(`${under}/locations/`)) return {status: 200, body: records.location};
	if (method === 'POST' && /^\/external_connections\/\d+\/uploads\/[^/]+\/retry$/.test(path)) {
		return {status: 202, body: {data: records.uploads.at(-1)}};
	}
	if (method === 'POST' && path === `${under}/uploads/refresh`) return {status: 200, body: {success: true}};
	if (method === 'POST' && path === `${under}/uploads`) return {status: 202, body: records.uploadCreated};
	return undefined;
}

function allowedPaths(records: HostileRecords): Set<string> {
	const under = `/external_connections/${IDS.connection}`;
	// A dot segment or an empty one names no record, however it is encoded: URL resolution drops it.
	const encoded = (ids: unknown[]) =>
		ids.filter((id): id is string => typeof id === 'string' && !['', '.', '..'].includes(id)).map(id => encodeURIComponent(id));
	const connections = encoded(records.connections.map(record => record.id));
	return new Set([
		'/external_connections',
		'/external_connections/log_messages',
		'/outbound_voice_profiles',
		...connections.flatMap(id => [`/external_connections/${id}`, `/connections/${id}`]),
		...['phone_numbers', 'civic_addresses', 'uploads', 'uploads/status', 'uploads/refresh', 'releases'].map(part => `${under}/${part}`),
		...encoded(records.ids.numbers).map(id => `${under}/phone_numbers/${id}`),
		...encoded(records.ids.addresses).map(id => `${under}/civic_addresses/${id}`),
		...encoded(records.addresses.flatMap(address => address.locations.map((location: {id: unknown}) => location.id))).map(
			id => `${under}/locations/${id}`,
		),
		...encoded(records.ids.uploads).flatMap(id => [`${under}/uploads/${id}`, `${under}/uploads/${id}/retry`]),
		...encoded(records.ids.releases).map(id => `${under}/releases/${id}`),
		...encoded(records.ids.messages).map(id => `/external_connections/log_messages/${id}`),
	]);
}

/** `succeed`: the mutations that answer where they came from succeed, with the kind's records (the rest fail with 422). */
export async function startHostileApi(kind: PayloadKind, options: {succeed?: boolean} = {}): Promise<HostileApi> {
	const records = hostileRecords(kind);
	const requests: HostileRequest[] = [];
	const hanging = new Set<Socket>();
	let fault: HostileFault | undefined;
	// Bodies of megabytes (the 100,000-character kind) are serialized once each.
	const serialized = new Map<unknown, string>();
	const send = (response: ServerResponse, {status, body}: Answer, headers: Record<string, string> = {}) => {
		let text = serialized.get(body);
		if (text === undefined) serialized.set(body, (text = JSON.stringify(body)));
		response.writeHead(status, {'content-type': 'application/json', ...headers});
		response.end(text);
	};
	const server = createServer((incoming, response) => {
		const [raw = '/', search = ''] = (incoming.url ?? '/').split('?');
		const method = incoming.method ?? 'GET';
		// Only what follows /v2 is a Telnyx path: anything else is recorded as it came, and fails the path check.
		const path = raw.startsWith('/v2/') ? raw.slice(3) : raw;
		requests.push({method, path});
		incoming.resume();
		incoming.on('end', () => {
			if (incoming.headers.authorization !== `Bearer ${KEY}`) {
				send(response, {status: 401, body: records.errors});
				return;
			}
			if (!MUTATIONS.has(method)) {
				send(response, read(records, path, new URLSearchParams(search)) ?? {status: 404, body: records.errors});
				return;
			}
			if (fault === 'reset') incoming.socket.destroy();
			else if (fault === 'hang') hanging.add(incoming.socket);
			else if (fault === 307) send(response, {status: 307, body: records.errors}, {location: '/v2/elsewhere'});
			else
				send(
					response,
					(fault === undefined && options.succeed && success(records, method, path)) || {status: fault ?? 422, body: records.errors},
				);
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	const releaseHangs = () => {
		for (const socket of hanging) socket.destroy();
		hanging.clear();
	};
	return {
		url: `http://127.0.0.1:${port}/v2`,
		apiKey: KEY,
		records,
		requests,
		allowedPaths: allowedPaths(records),
		failMutations: next => {
			fault = next;
		},
		releaseHangs,
		close: () =>
			new Promise(resolve => {
				releaseHangs();
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
