// What one request may cost whatever the server does, and which mutations are still unanswered,
// over real HTTP against a bare node:http server.
import assert from 'node:assert/strict';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, beforeEach, test} from 'node:test';
import {inspect} from 'node:util';
import {createApiClient, type ApiConfig, type RetryNotice} from '../source/api/client.js';
import {inFlightMutations, interruptedLine} from '../source/api/in-flight.js';
import {classifySubmitError} from '../source/create/submit-failure.js';
import type {CreateExternalConnectionRequest} from '../source/api/types.js';
import {rejectionWithout} from './helpers/rejection.js';

const KEY = 'KEYsecret_bounds_77';
const CREATE: CreateExternalConnectionRequest = {
	external_sip_connection: 'zoom',
	tags: ['team-a', 'eu'],
	webhook_event_url: 'https://hooks.example.com/a',
	outbound: {outbound_voice_profile_id: '1911630617284445511'},
};

let server: Server;
let baseUrl: string;
let handle: (req: IncomingMessage, res: ServerResponse) => void;
let hits: string[] = [];

before(async () => {
	server = createServer((req, res) => {
		req.resume();
		hits.push(req.method ?? '');
		handle(req, res);
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
after(() => {
	server.closeAllConnections();
	server.close();
});
beforeEach(() => {
	hits = [];
});

const api = (config: Partial<ApiConfig> = {}) => createApiClient({baseUrl, apiKey: KEY, retryBaseMs: 1, ...config});
const answer =
	(status: number, body = '{}') =>
	(_req: IncomingMessage, res: ServerResponse) => {
		res.writeHead(status, {'content-type': 'application/json'});
		res.end(body);
	};
const hang = () => {};

const rejection = rejectionWithout(KEY);

test('a GET with no answer gives up at its overall deadline, retries included', async () => {
	handle = hang;
	const started = Date.now();
	const error = await rejection(api({getDeadlineMs: 600, retries: 3}).getConnection('1'));
	const elapsed = Date.now() - started;
	assert.equal(error.kind, 'timeout');
	assert.match(error.message, /got no answer within 0\.6 s \(1 attempt\)/);
	// At its deadline, not before; how long after depends on how busy the machine is, and the message says which.
	assert.ok(elapsed >= 550, `gave up after ${elapsed} ms`);
});

test('no retry starts that could not end before the deadline; each notice says the time left', async () => {
	handle = answer(503);
	const notices: RetryNotice[] = [];
	const error = await rejection(
		api({getDeadlineMs: 500, retries: 3, retryBaseMs: 200}).getConnection('1', {onRetry: n => notices.push(n)}),
	);
	assert.equal(error.status, 503, 'the last real answer is what is reported');
	// Backoff 200 ms (±25 %) fits in 500 ms; the next, 400 ms, would not.
	assert.deepEqual(hits, ['GET', 'GET']);
	assert.equal(notices.length, 1);
	// The time left when the notice was given: under the whole deadline, however busy the machine.
	assert.ok(notices[0]!.deadlineInMs > 0 && notices[0]!.deadlineInMs < 500, `notice ${inspect(notices[0])}`);
});

test('a body larger than the cap is cut off with a clear error, not read into a string', async () => {
	handle = (_req, res) => {
		res.writeHead(200, {'content-type': 'application/json'});
		const chunk = Buffer.alloc(64 * 1024, 0x20);
		const write = () => {
			while (res.write(chunk));
			res.once('drain', write);
		};
		res.on('close', () => res.removeAllListeners('drain'));
		write();
	};
	const error = await rejection(api({maxBodyBytes: 1024 * 1024, retries: 3}).getConnection('1'));
	assert.equal(error.kind, 'malformed');
	assert.equal(error.message, `The response from ${new URL(baseUrl).host} is larger than 1 MB; ec-tui stopped reading it`);
	assert.deepEqual(hits, ['GET'], 'not retried');
});

test('the default cap is 32 MB and a Content-Length above it is refused before the body arrives', async () => {
	handle = (_req, res) => {
		res.writeHead(200, {'content-type': 'application/json', 'content-length': String(600 * 1024 * 1024)});
		res.write('{"data":');
	};
	const error = await rejection(api().getConnection('1'));
	assert.match(error.message, /is larger than 32 MB; ec-tui stopped reading it$/);
});

test('a body just under the cap is read', async () => {
	const body = JSON.stringify({data: {id: '7', tags: ['x'.repeat(1000 * 1024)]}});
	handle = answer(200, body);
	assert.equal((await api({maxBodyBytes: 1024 * 1024}).getConnection('7')).id, '7');
});

for (const status of [500, 502, 503, 504]) {
	test(`a create answered ${status} is sent once and its outcome is unknown`, async () => {
		handle = answer(status);
		const error = await rejection(api({retries: 3}).createExternalConnection(CREATE));
		assert.deepEqual(hits, ['POST']);
		const failure = classifySubmitError({kind: error.kind, status: error.status, errors: error.errors, message: error.message});
		assert.equal(failure.kind, 'unknown-outcome');
	});
}

test('a create in flight is recorded with what was sent, and forgotten once answered', async () => {
	let release: () => void = () => {};
	handle = (_req, res) => {
		release = () => answer(201, JSON.stringify({data: {id: '9'}}))(_req, res);
	};
	const before = inFlightMutations.list().length;
	const pending = api().createExternalConnection(CREATE);
	const recorded = inFlightMutations.list().at(-1);
	assert.deepEqual(recorded, {
		method: 'POST',
		path: '/v2/external_connections',
		sent: 'zoom · tags team-a,eu · webhook https://hooks.example.com/a · outbound profile 1911630617284445511',
	});
	while (hits.length === 0) await new Promise(resolve => setTimeout(resolve, 5));
	release();
	await pending;
	assert.equal(inFlightMutations.list().length, before);
});

test('a create cut off by the person stays recorded, and the exit line says what to check without the key', async () => {
	handle = hang;
	const controller = new AbortController();
	const before = inFlightMutations.list().length;
	const pending = api().createExternalConnection(CREATE, {signal: controller.signal});
	while (hits.length === 0) await new Promise(resolve => setTimeout(resolve, 5));
	controller.abort();
	assert.equal((await rejection(pending)).kind, 'aborted');
	const mutations = inFlightMutations.list();
	assert.equal(mutations.length, before + 1);
	const line = interruptedLine(mutations.slice(before));
	assert.equal(
		line,
		'ec-tui: interrupted before an answer to POST /v2/external_connections (zoom · tags team-a,eu · webhook https://hooks.example.com/a · outbound profile 1911630617284445511): it may have been applied. Check the list before sending it again.',
	);
	assert.ok(!line.includes(KEY));
});

test('a create that fails with an answer is forgotten', async () => {
	handle = answer(422, JSON.stringify({errors: [{code: '10015', title: 'Bad Request'}]}));
	const before = inFlightMutations.list().length;
	await rejection(api().createExternalConnection(CREATE));
	assert.equal(inFlightMutations.list().length, before);
});

test('nothing in flight: no exit line', () => {
	assert.equal(interruptedLine([]), undefined);
});
