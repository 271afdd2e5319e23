// An embedded Telnyx-compatible API on 127.0.0.1 (node:http only): seeded data, auth, and
// deterministic faults, so the app and its tests never need the real service.
import {randomUUID} from 'node:crypto';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {checkFaultOptions, createFaultPlan, MALFORMED_HTML, MALFORMED_JSON, type Fault, type FaultOptions} from './faults.js';
import {route, type RouteResponse} from './router.js';
import {createChildrenState} from './children-state.js';
import {advanceUploads} from './upload-progress.js';
import {MAX_BODY_BYTES, readBody, unreadBodyHeaders} from './request-body.js';
import {createRequestLog, type RecordedRequest} from './request-log.js';
import {createResponseCache, GZIP_MIN_BYTES} from './response-cache.js';
import {createStore} from './store.js';
import {authenticationFailed, badRequest, errorBody, serviceUnavailable, tooManyRequests, unexpectedError} from './telnyx-errors.js';

export type {FaultOptions} from './faults.js';

export type SandboxOptions = FaultOptions & {
	port?: number;
	count?: number;
	dataSeed?: number;
	apiKey?: string;
	/** POSTed uploads move one status on every this many ms (pending_upload → … → success); unset, they stay. */
	uploadStepMs?: number;
};

export type {RecordedRequest} from './request-log.js';

export type Sandbox = {
	url: string;
	apiKey: string;
	/** status is 0 while unanswered, and stays 0 for hung and reset requests. Keeps the latest 5k-10k. */
	requests: RecordedRequest[];
	clearRequests(): void;
	setFaults(faults: FaultOptions): void;
	close(): Promise<void>;
};

export const DEMO_API_KEY = 'KEY_SANDBOX_EC_TUI_DEMO';
export const DEFAULT_COUNT = 300;
/** How fast the demo's and `ec-tui sandbox`'s uploads move on: a watching list shows each step. */
export const DEFAULT_UPLOAD_STEP_MS = 4000;
export const DEFAULT_DATA_SEED = 20_220_629;
const MAX_COUNT = 10_000_000;

function faultsOf(options: SandboxOptions): FaultOptions {
	const {latencyMs, jitterMs, failRate, rateLimitRate, malformedRate, hangRate, resetRate, rateLimitEvery, seed} = options;
	return {latencyMs, jitterMs, failRate, rateLimitRate, malformedRate, hangRate, resetRate, rateLimitEvery, seed};
}

function checkOptions(options: SandboxOptions): void {
	const {count, port, apiKey} = options;
	if (count !== undefined && !(Number.isInteger(count) && count >= 0 && count <= MAX_COUNT)) {
		throw new RangeError(`count must be an integer between 0 and ${MAX_COUNT}`);
	}
	if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
		throw new RangeError('port must be an integer between 0 and 65535');
	}
	if (apiKey !== undefined && !/^[\x21-\x7e]+$/.test(apiKey)) {
		throw new RangeError('apiKey must be non-empty printable ASCII without spaces');
	}
	checkFaultOptions(options);
}

/** The path without the optional /v2 prefix, and the query as raw deepObject keys (first value wins). */
type Target = {path: string; params: URLSearchParams; query: Record<string, string>};

function describe(req: IncomingMessage): Target {
	// Prefixed rather than resolved against a base: a request target such as '//' is not a valid relative URL.
	const url = new URL(`http://127.0.0.1${req.url?.startsWith('/') ? req.url : '/'}`);
	const path = url.pathname === '/v2' ? '/' : url.pathname.replace(/^\/v2\//, '/');
	const query: Record<string, string> = {};
	for (const [key, value] of url.searchParams) if (!(key in query)) query[key] = value;
	return {path, params: url.searchParams, query};
}

function faultResponse(fault: Exclude<Fault, {kind: 'none' | 'hang' | 'reset'}>): RouteResponse {
	switch (fault.kind) {
		case 'fail':
			return {status: fault.status, body: errorBody([fault.status === 500 ? unexpectedError() : serviceUnavailable()])};
		case 'rate-limit':
			return {status: 429, body: errorBody([tooManyRequests()]), headers: {'retry-after': '1'}};
		case 'malformed':
			return fault.body === 'html'
				? {status: 200, body: MALFORMED_HTML, headers: {'content-type': 'text/html; charset=utf-8'}}
				: {status: 200, body: MALFORMED_JSON};
	}
}

type Answer = Omit<RouteResponse, 'body'> & {body: string | Buffer};

/** Whether the client takes gzip (got, fetch and the SDK all do), and not with q=0. */
function acceptsGzip(req: IncomingMessage): boolean {
	return (req.headers['accept-encoding'] ?? '').split(',').some(part => {
		const [coding, ...params] = part.split(';').map(token => token.trim().toLowerCase());
		return coding === 'gzip' && !params.some(param => /^q=0(\.0*)?$/.test(param));
	});
}

function isAuthorized(req: IncomingMessage, apiKey: string): boolean {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
	return match?.[1] === apiKey;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	checkOptions(options);
	const apiKey = options.apiKey ?? DEMO_API_KEY;
	const data = {
		store: createStore(options.count ?? DEFAULT_COUNT, options.dataSeed ?? DEFAULT_DATA_SEED),
		state: createChildrenState(),
	};
	let nextFault = createFaultPlan(faultsOf(options));
	const log = createRequestLog();
	const cache = createResponseCache();
	const timers = new Set<NodeJS.Timeout>();

	const send = (req: IncomingMessage, res: ServerResponse, record: RecordedRequest, response: Answer) => {
		record.status = response.status;
		// Telnyx names each request it answers in x-request-id; the journal keeps it beside a mutation's result.
		res.writeHead(response.status, {
			'content-type': 'application/json',
			'x-request-id': randomUUID(),
			...unreadBodyHeaders(req),
			...response.headers,
		});
		res.end(response.body);
	};

	const later = (delayMs: number, run: () => void) => {
		if (delayMs <= 0) return run();
		const timer = setTimeout(() => {
			timers.delete(timer);
			run();
		}, delayMs);
		timers.add(timer);
	};

	/** Only a request with the key and no fault drawn has its body read; every other is answered without it. */
	const answer = async (req: IncomingMessage, res: ServerResponse, record: RecordedRequest, target: Target, fault: Fault) => {
		if (fault.kind === 'reset') return req.socket.destroy();
		// A hung request is left open; close() destroys its socket with the others.
		if (fault.kind === 'hang') return;
		if (fault.kind !== 'none') return send(req, res, record, faultResponse(fault));
		if (!isAuthorized(req, apiKey)) return send(req, res, record, {status: 401, body: errorBody([authenticationFailed()])});
		const read = await readBody(req);
		if (!read.ok) {
			if (read.reason === 'aborted') return;
			const tooLarge = badRequest(`The request body is larger than ${MAX_BODY_BYTES} bytes.`, {pointer: '/'});
			return send(req, res, record, {status: 413, body: errorBody([tooLarge])});
		}
		log.addBody(record, read.body);
		const method = req.method ?? 'GET';
		const request = {method, path: target.path, params: target.params, body: read.body.toString('utf8')};
		try {
			if (method !== 'GET') {
				// Whatever it changes, no read answered before it is kept.
				cache.clear();
				return send(req, res, record, route(data, request));
			}
			// An upload that moved on by itself changes what reads answer: none kept from before is given.
			if (options.uploadStepMs !== undefined && advanceUploads(data.state, Date.now(), options.uploadStepMs)) cache.clear();
			const cached = cache.get(`${target.path}?${target.params}`, () => route(data, request));
			const zipped = acceptsGzip(req) && cached.body.length >= GZIP_MIN_BYTES;
			const body = zipped ? await cached.gzipped() : cached.body;
			const encoding: Record<string, string> = zipped ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {vary: 'accept-encoding'};
			send(req, res, record, {status: cached.status, body, headers: {...cached.headers, ...encoding}});
		} catch {
			send(req, res, record, {status: 500, body: errorBody([unexpectedError()])});
		}
	};

	const server = createServer((req, res) => {
		const target = describe(req);
		const record = log.add(req.method ?? 'GET', target.path, target.query);
		// Drawn on arrival, so the fault sequence follows request order, not body upload speed.
		const {delayMs, fault} = nextFault();
		later(delayMs, () => void answer(req, res, record, target, fault));
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const {port} = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}`,
		apiKey,
		requests: log.requests,
		clearRequests: log.clear,
		setFaults: faults => {
			nextFault = createFaultPlan(faults);
		},
		close: () =>
			new Promise<void>(resolve => {
				for (const timer of timers) clearTimeout(timer);
				timers.clear();
				server.close(() => resolve());
				// Ends keep-alive and hung sockets too, so close() never waits on a client.
				server.closeAllConnections();
			}),
	};
}
