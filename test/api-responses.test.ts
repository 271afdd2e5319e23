// Responses the sandbox never sends (proxy pages, 403s, wrong shapes, an echoed key) and the exact
// request headers, checked over real HTTP against a bare node:http server.
import assert from 'node:assert/strict';
import {createServer, type IncomingHttpHeaders, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, test} from 'node:test';
import {inspect} from 'node:util';
import packageJson from '../package.json' with {type: 'json'};
import {createApiClient, type ApiClient} from '../source/api/client.js';
import {isApiError, type ApiError} from '../source/api/errors.js';

const KEY = 'KEYsecret_zzz_123';

type Reply = {status: number; body: string; headers?: Record<string, string>};

let server: Server;
let api: ApiClient;
let reply: Reply = {status: 200, body: '{}'};
let seenHeaders: IncomingHttpHeaders = {};

before(async () => {
	server = createServer((req, res) => {
		seenHeaders = req.headers;
		res.writeHead(reply.status, {'content-type': 'application/json', ...reply.headers});
		res.end(reply.body);
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	api = createApiClient({baseUrl: `http://127.0.0.1:${port}/v2`, apiKey: KEY, retries: 0});
});
after(() => {
	server.closeAllConnections();
	server.close();
});

async function failure(next: Reply, call: () => Promise<unknown> = () => api.getConnection('1')): Promise<ApiError> {
	reply = next;
	try {
		await call();
	} catch (error) {
		assert.ok(isApiError(error), `expected an ApiError, got ${inspect(error)}`);
		assert.ok(!inspect(error, {depth: Infinity, showHidden: true}).includes(KEY));
		assert.ok(!String(error.stack).includes(KEY));
		return error;
	}
	assert.fail('expected the call to fail');
}

const page = (data: unknown, meta: unknown) => JSON.stringify({data, meta});
const META = {page_number: 1, page_size: 1, total_pages: 1, total_results: 1};

test('sends Bearer key, ec-tui User-Agent and Accept: application/json', async () => {
	reply = {status: 200, body: JSON.stringify({data: {id: '1'}})};
	await api.getConnection('1');
	assert.equal(seenHeaders.authorization, `Bearer ${KEY}`);
	assert.equal(seenHeaders['user-agent'], `ec-tui/${packageJson.version} (+node ${process.versions.node})`);
	assert.equal(seenHeaders.accept, 'application/json');
});

test('403 says the key lacks permission', async () => {
	const error = await failure({
		status: 403,
		body: JSON.stringify({errors: [{code: '10010', title: 'Not authorized', detail: 'You are not authorized.', source: {pointer: '/'}}]}),
	});
	assert.equal(error.message, '403 Not authorized: You are not authorized. (code 10010) — the API key lacks permission for this');
	assert.deepEqual(error.errors[0]?.source, {pointer: '/'});
});

test('an HTML error page from a proxy gives the status line and no Telnyx errors', async () => {
	const error = await failure({status: 502, body: '<html><body>Bad gateway</body></html>', headers: {'content-type': 'text/html'}});
	assert.equal(error.kind, 'http');
	assert.equal(error.message, '502 Bad Gateway');
	assert.deepEqual(error.errors, []);
	assert.equal(error.retryable, true);
});

test('a 401 without a body still says the key was rejected', async () => {
	const error = await failure({status: 401, body: ''});
	assert.equal(error.message, '401 Unauthorized — the API key was rejected');
});

test('several errors: the first one and a count of the rest; numeric codes become strings', async () => {
	const error = await failure({
		status: 422,
		body: JSON.stringify({
			errors: [
				{code: 10003, title: 'Invalid URL', detail: 'bad url', source: {pointer: '/webhook_event_url'}},
				{code: '10015', title: 'Bad Request'},
				'not an error object',
			],
		}),
	});
	assert.equal(error.message, '422 Invalid URL: bad url (code 10003) (+1 more)');
	assert.deepEqual(
		error.errors.map(e => e.code),
		['10003', '10015'],
	);
});

test('a server that echoes the key gets it redacted', async () => {
	const error = await failure({
		status: 400,
		body: JSON.stringify({errors: [{code: '10015', title: 'Bad Request', detail: `Bearer ${KEY} is odd`}]}),
	});
	assert.equal(error.message, '400 Bad Request: Bearer [redacted] is odd (code 10015)');
	assert.equal(error.errors[0]?.detail, 'Bearer [redacted] is odd');
});

test('only what leaves nothing to show is malformed, with a short reason', async () => {
	const list = () => api.listExternalConnections({pageNumber: 1, pageSize: 1});
	const cases: Array<[string, () => Promise<unknown>, string]> = [
		[page({id: '1'}, META), list, 'data is not a list'],
		[JSON.stringify({meta: META}), list, 'missing data'],
		[page(['1'], META), list, 'data[0] is not an object'],
		[page([{id: 1}], META), list, 'data[0].id is a number, not a string'],
		[page([{id: true}], META), list, 'data[0].id is not a string'],
		// eslint-disable-next-line no-loss-of-precision -- an id sent as a JSON number, which loses its digits: the case under test
		[JSON.stringify({data: {id: 1293384261075731499}}), () => api.getConnection('1'), 'data.id is a number, not a string'],
		[JSON.stringify({data: []}), () => api.getConnection('1'), 'data is not an object'],
		['{"data": {"id": "1"', () => api.getConnection('1'), 'not valid JSON'],
		['', () => api.getConnection('1'), 'empty body'],
		['[1, 2]', () => api.getConnection('1'), 'not a JSON object'],
	];
	for (const [body, call, reason] of cases) {
		const error = await failure({status: 200, body}, call);
		assert.equal(error.kind, 'malformed');
		assert.equal(error.message, `The server sent a response ec-tui could not read (${reason})`);
	}
});

test('what the contract allows is accepted: no meta, partial meta, a record without id, {"data":{}}', async () => {
	const list = () => api.listExternalConnections({pageNumber: 1, pageSize: 2});
	reply = {status: 200, body: JSON.stringify({data: [{id: '1'}, {tags: ['no id']}]})};
	assert.deepEqual(await list(), {data: [{id: '1'}, {tags: ['no id']}], meta: {}});
	reply = {status: 200, body: page([{id: '1'}], {page_number: 1, total_results: 40})};
	assert.deepEqual((await list()).meta, {page_number: 1, total_results: 40});
	reply = {status: 200, body: JSON.stringify({data: {}})};
	assert.deepEqual(await api.getConnection('1'), {});
});

test('a meta field that is not a count is left out, never trusted', async () => {
	const list = () => api.listExternalConnections({pageNumber: 1, pageSize: 1});
	for (const total of [-1, 1.5, 2 ** 53 + 2, '40', null, {}]) {
		reply = {status: 200, body: page([{id: '1'}], {...META, total_results: total})};
		assert.deepEqual((await list()).meta, {page_number: 1, page_size: 1, total_pages: 1}, `total_results ${JSON.stringify(total)}`);
	}
	reply = {status: 200, body: page([{id: '1'}], 'not an object')};
	assert.deepEqual((await list()).meta, {});
});

test('ids stay the strings they were; null channel limits and webhook URLs are accepted', async () => {
	const record = {
		id: '1293384261075731499',
		webhook_event_url: null,
		webhook_event_failover_url: null,
		inbound: {channel_limit: null},
		outbound: {channel_limit: null, outbound_voice_profile_id: '1911630617284445511'},
	};
	reply = {status: 200, body: JSON.stringify({data: record})};
	assert.deepEqual(await api.getExternalConnection('1293384261075731499'), record);
	reply = {status: 200, body: page([record], META)};
	assert.deepEqual((await api.listExternalConnections({pageNumber: 1, pageSize: 1})).data, [record]);
});

test('Retry-After as an HTTP date is read (and capped)', async () => {
	const {port} = server.address() as AddressInfo;
	const retrying = createApiClient({baseUrl: `http://127.0.0.1:${port}/v2`, apiKey: KEY, retries: 1, maxRetryAfterMs: 30});
	const delays: number[] = [];
	const retryAt = new Date(Date.now() + 10_000).toUTCString();
	const error = await failure({status: 503, body: '', headers: {'retry-after': retryAt}}, () =>
		retrying.getConnection('1', {onRetry: notice => delays.push(notice.delayMs)}),
	);
	assert.equal(error.status, 503);
	assert.deepEqual(delays, [30]);
});
