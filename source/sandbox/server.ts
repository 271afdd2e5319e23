// An embedded Telnyx-compatible API on 127.0.0.1 (node:http only): seeded data, auth, and
// deterministic faults, so the app and its tests never need the real service.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {
	checkFaultOptions,
	createFaultPlan,
	MALFORMED_HTML,
	MALFORMED_JSON,
	type Fault,
	type FaultDecision,
	type FaultOptions,
} from './faults.js';
import {route, type RouteResponse} from './router.js';
import {createChildrenState} from './children-state.js';
import {createStore} from './store.js';
import {authenticationFailed, badRequest, errorBody, serviceUnavailable, tooManyRequests, unexpectedError} from './telnyx-errors.js';

export type {FaultOptions} from './faults.js';

export type SandboxOptions = FaultOptions & {
	port?: number;
	count?: number;
	dataSeed?: number;
	apiKey?: string;
};

/** `body` is the request body as sent, when there was one. */
export type RecordedRequest = {method: string; path: string; query: Record<string, string>; status: number; body?: string};

export type Sandbox = {
	url: string;
	apiKey: string;
	/** status is 0 while unanswered, and stays 0 for hung and reset requests. Keeps the latest 10k-20k. */
	requests: RecordedRequest[];
	clearRequests(): void;
	setFaults(faults: FaultOptions): void;
	close(): Promise<void>;
};

export const DEMO_API_KEY = 'KEY_SANDBOX_EC_TUI_DEMO';
export const DEFAULT_COUNT = 300;
export const DEFAULT_DATA_SEED = 20_220_629;
const MAX_COUNT = 10_000_000;
const MAX_BODY_BYTES = 1_000_000;
// The demo runs the sandbox inside the app's process for as long as the app runs: past this many
// entries the oldest half of the log is dropped so it cannot grow without bound.
const MAX_RECORDED = 20_000;

function faultsOf(options: SandboxOptions): FaultOptions {
	const {latencyMs, jitterMs, failRate, rateLimitRate, malformedRate, hangRate, resetRate, seed} = options;
	return {latencyMs, jitterMs, failRate, rateLimitRate, malformedRate, hangRate, resetRate, seed};
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
function describe(req: IncomingMessage): {path: string; params: URLSearchParams; query: Record<string, string>} {
	// Prefixed rather than resolved against a base: a request target such as '//' is not a valid relative URL.
	const url = new URL(`http://127.0.0.1${req.url?.startsWith('/') ? req.url : '/'}`);
	const path = url.pathname === '/v2' ? '/' : url.pathname.replace(/^\/v2\//, '/');
	const query: Record<string, string> = {};
	for (const [key, value] of url.searchParams) if (!(key in query)) query[key] = value;
	return {path, params: url.searchParams, query};
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
	return new Promise(resolve => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= MAX_BODY_BYTES) chunks.push(chunk);
		});
		req.on('end', () => resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined));
		req.on('error', () => resolve(undefined));
	});
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
	const requests: RecordedRequest[] = [];
	const timers = new Set<NodeJS.Timeout>();

	const send = (res: ServerResponse, record: RecordedRequest, response: RouteResponse) => {
		record.status = response.status;
		res.writeHead(response.status, {'content-type': 'application/json', ...response.headers});
		res.end(response.body);
	};

	const answer = (
		req: IncomingMessage,
		res: ServerResponse,
		record: RecordedRequest,
		params: URLSearchParams,
		body: string | undefined,
		{fault}: FaultDecision,
	) => {
		if (fault.kind === 'reset') {
			req.socket.destroy();
			return;
		}
		// A hung request is left open; close() destroys its socket with the others.
		if (fault.kind === 'hang') return;
		if (fault.kind !== 'none') return send(res, record, faultResponse(fault));
		if (!isAuthorized(req, apiKey)) return send(res, record, {status: 401, body: errorBody([authenticationFailed()])});
		if (body === undefined) {
			const tooLarge = badRequest('The request body is too large.', {pointer: '/'});
			return send(res, record, {status: 413, body: errorBody([tooLarge])});
		}
		try {
			send(res, record, route(data, {method: req.method ?? 'GET', path: record.path, params, body}));
		} catch {
			send(res, record, {status: 500, body: errorBody([unexpectedError()])});
		}
	};

	const server = createServer(async (req, res) => {
		const {path, params, query} = describe(req);
		const record: RecordedRequest = {method: req.method ?? 'GET', path, query, status: 0};
		if (requests.length >= MAX_RECORDED) requests.splice(0, MAX_RECORDED / 2);
		requests.push(record);
		// Drawn on arrival, so the fault sequence follows request order, not body upload speed.
		const decision = nextFault();
		const body = await readBody(req);
		if (body) record.body = body;
		if (decision.delayMs <= 0) return answer(req, res, record, params, body, decision);
		const timer = setTimeout(() => {
			timers.delete(timer);
			answer(req, res, record, params, body, decision);
		}, decision.delayMs);
		timers.add(timer);
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
		requests,
		clearRequests: () => {
			requests.length = 0;
		},
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
