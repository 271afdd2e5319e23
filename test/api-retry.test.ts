import assert from 'node:assert/strict';
import {after, before, beforeEach, test} from 'node:test';
import {createApiClient, type ApiConfig, type RetryNotice} from '../source/api/client.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {MAX_RETRY_AFTER_MS, parseRetryAfter} from '../source/api/retry.js';
import {rejectionWithout} from './helpers/rejection.js';
import {HANG_MS, waitUntil} from './helpers/wait-for.js';

const KEY = 'KEYsecret_zzz_123';
const CREATE = {external_sip_connection: 'zoom', outbound: {outbound_voice_profile_id: '1911630617284445511'}} as const;

let sandbox: Sandbox;

before(async () => {
	sandbox = await startSandbox({port: 0, apiKey: KEY, count: 50});
});
after(() => sandbox.close());
beforeEach(() => {
	sandbox.setFaults({});
	sandbox.clearRequests();
});

function client(config: Partial<ApiConfig> = {}) {
	return createApiClient({baseUrl: `${sandbox.url}/v2`, apiKey: KEY, retryBaseMs: 5, timeoutMs: 2000, ...config});
}

const rejection = rejectionWithout(KEY);

const count = (method: string) => sandbox.requests.filter(r => r.method === method).length;

test('a failing GET is retried the configured number of times, announcing each retry', async () => {
	sandbox.setFaults({failRate: 1});
	const notices: RetryNotice[] = [];
	const error = await rejection(client({retries: 2}).getConnection('1', {onRetry: n => notices.push(n)}));
	assert.equal(error.kind, 'http');
	assert.ok(error.status === 500 || error.status === 503);
	assert.equal(error.retryable, true);
	assert.equal(count('GET'), 3);
	assert.deepEqual(
		notices.map(n => [n.attempt, n.of]),
		[
			[1, 2],
			[2, 2],
		],
	);
	assert.ok(notices.every(n => /^HTTP 50[03]$/.test(n.reason) && n.delayMs > 0));
});

test('backoff doubles per retry, with jitter', async () => {
	sandbox.setFaults({failRate: 1});
	const notices: RetryNotice[] = [];
	await rejection(client({retries: 3, retryBaseMs: 20}).getConnection('1', {onRetry: n => notices.push(n)}));
	const delays = notices.map(n => n.delayMs);
	assert.equal(delays.length, 3);
	[20, 40, 80].forEach((base, i) => {
		const delay = delays[i] ?? 0;
		assert.ok(delay >= base * 0.75 && delay <= base * 1.25, `retry ${i + 1} waited ${delay} ms`);
	});
});

test('a GET that fails once succeeds on the retry', async () => {
	sandbox.setFaults({failRate: 1});
	const {data} = await client().listExternalConnections({pageNumber: 1, pageSize: 5}, {onRetry: () => sandbox.setFaults({})});
	assert.equal(data.length, 5);
	assert.deepEqual(
		sandbox.requests.map(r => r.status),
		[sandbox.requests[0]?.status, 200],
	);
	assert.ok([500, 503].includes(sandbox.requests[0]?.status ?? 0));
});

test('retries: 0 sends exactly one request', async () => {
	sandbox.setFaults({failRate: 1});
	await rejection(client({retries: 0}).getConnection('1'));
	assert.equal(count('GET'), 1);
});

test('429 Retry-After is honoured but capped at maxRetryAfterMs', async () => {
	sandbox.setFaults({rateLimitRate: 1});
	const notices: RetryNotice[] = [];
	const error = await rejection(client({retries: 2, maxRetryAfterMs: 40}).getConnection('1', {onRetry: n => notices.push(n)}));
	assert.equal(error.status, 429);
	assert.equal(error.errors[0]?.code, '10011');
	assert.deepEqual(
		notices.map(n => [n.delayMs, n.reason]),
		[
			[40, 'HTTP 429'],
			[40, 'HTTP 429'],
		],
	);
	// Retry-After: 1 would have meant a delay of 1000 each: the notices say what was waited.
	assert.equal(count('GET'), 3);
});

test('429 Retry-After below the cap is waited out in full', async () => {
	sandbox.setFaults({rateLimitRate: 1});
	const notices: RetryNotice[] = [];
	const started = Date.now();
	const page = await client({retries: 1}).listExternalConnections(
		{pageNumber: 1, pageSize: 1},
		{
			onRetry: n => {
				notices.push(n);
				sandbox.setFaults({});
			},
		},
	);
	assert.equal(page.data.length, 1);
	assert.deepEqual(
		notices.map(n => n.delayMs),
		[1000],
	);
	assert.ok(Date.now() - started >= 950);
});

test('a reset connection on GET is retried, then reported as a network error', async () => {
	sandbox.setFaults({resetRate: 1});
	const notices: RetryNotice[] = [];
	const error = await rejection(client({retries: 2}).getConnection('1', {onRetry: n => notices.push(n)}));
	assert.equal(error.kind, 'network');
	assert.match(error.message, /^Could not reach 127\.0\.0\.1:\d+: connection reset$/);
	assert.equal(count('GET'), 3);
	assert.deepEqual(
		notices.map(n => n.reason),
		['ECONNRESET', 'ECONNRESET'],
	);
});

test('a malformed 200 is not retried and is reported as malformed', async () => {
	sandbox.setFaults({malformedRate: 1});
	for (let i = 0; i < 4; i++) {
		const error = await rejection(client().listExternalConnections({pageNumber: 1, pageSize: 5}));
		assert.equal(error.kind, 'malformed');
		assert.equal(error.retryable, false);
		assert.match(error.message, /^The server sent a response ec-tui could not read \(.+\)$/);
	}
	assert.equal(count('GET'), 4);
});

test('a hung GET times out per attempt, is retried, then reports kind timeout', async () => {
	sandbox.setFaults({hangRate: 1});
	const notices: RetryNotice[] = [];
	const error = await rejection(client({retries: 1, timeoutMs: 150}).getConnection('1', {onRetry: n => notices.push(n)}));
	assert.equal(error.kind, 'timeout');
	assert.equal(error.retryable, true);
	assert.match(error.message, /^The request to 127\.0\.0\.1:\d+ timed out after 0\.15 s$/);
	assert.deepEqual(
		notices.map(n => n.reason),
		['timed out'],
	);
	assert.equal(count('GET'), 2);
});

test('POST is never retried: not on 500, not on a reset, not on a timeout', async () => {
	const notices: RetryNotice[] = [];
	const onRetry = (n: RetryNotice) => notices.push(n);

	sandbox.setFaults({failRate: 1});
	assert.equal((await rejection(client().createExternalConnection(CREATE, {onRetry}))).kind, 'http');
	assert.equal(count('POST'), 1);

	sandbox.clearRequests();
	sandbox.setFaults({resetRate: 1});
	assert.equal((await rejection(client().createExternalConnection(CREATE, {onRetry}))).kind, 'network');
	assert.equal(count('POST'), 1);

	sandbox.clearRequests();
	sandbox.setFaults({hangRate: 1});
	assert.equal((await rejection(client({timeoutMs: 1000}).createExternalConnection(CREATE, {onRetry}))).kind, 'timeout');
	// A busy machine may hand the sandbox the request after the client gave up on it.
	await waitUntil(() => count('POST') > 0, 'the timed-out POST to arrive');
	assert.equal(count('POST'), 1);

	sandbox.clearRequests();
	sandbox.setFaults({rateLimitRate: 1});
	assert.equal((await rejection(client().createExternalConnection(CREATE, {onRetry}))).status, 429);
	assert.equal(count('POST'), 1);

	assert.deepEqual(notices, []);
});

test('aborting a hung request stops it promptly with kind aborted', async () => {
	sandbox.setFaults({hangRate: 1});
	const controller = new AbortController();
	// Aborted once the sandbox holds the request, so it is not still on its way when the next test counts.
	void waitUntil(() => count('GET') === 1, 'the hung GET to arrive').then(() => controller.abort());
	// Without the abort it would end at the timeout, as kind timeout.
	const error = await rejection(client({timeoutMs: HANG_MS}).getConnection('1', {signal: controller.signal}));
	assert.equal(error.kind, 'aborted');
	assert.equal(error.retryable, false);
	assert.equal(count('GET'), 1);
});

test('aborting during a retry wait cancels the pending retry', async () => {
	sandbox.setFaults({failRate: 1});
	const controller = new AbortController();
	const started = Date.now();
	// A retry wait far longer than any machine takes to abort: ending well before it means it was cancelled.
	const error = await rejection(
		client({retryBaseMs: 4 * HANG_MS, getDeadlineMs: 8 * HANG_MS}).getConnection('1', {
			signal: controller.signal,
			onRetry: () => setTimeout(() => controller.abort(), 20),
		}),
	);
	assert.equal(error.kind, 'aborted');
	assert.ok(Date.now() - started < 2 * HANG_MS);
	assert.equal(count('GET'), 1);
});

test('aborting from inside onRetry skips the retry', async () => {
	sandbox.setFaults({failRate: 1});
	const controller = new AbortController();
	const error = await rejection(
		client({retryBaseMs: 5000}).getConnection('1', {signal: controller.signal, onRetry: () => controller.abort()}),
	);
	assert.equal(error.kind, 'aborted');
	assert.equal(count('GET'), 1);
});

test('an already aborted signal sends nothing', async () => {
	const error = await rejection(client().getConnection('1', {signal: AbortSignal.abort()}));
	assert.equal(error.kind, 'aborted');
	assert.equal(sandbox.requests.length, 0);
});

test('a request may lower the retry limit: retries 0 sends a failing GET once', async () => {
	sandbox.setFaults({failRate: 1});
	const notices: RetryNotice[] = [];
	const error = await rejection(client({retries: 3}).getConnection('1', {retries: 0, onRetry: n => notices.push(n)}));
	assert.equal(error.kind, 'http');
	assert.equal(count('GET'), 1);
	assert.deepEqual(notices, []);
});

test('a 429 not retried carries the Retry-After the server asked for', async () => {
	sandbox.setFaults({rateLimitRate: 1});
	const error = await rejection(client().getConnection('1', {retries: 0}));
	assert.equal(error.status, 429);
	assert.equal(error.retryAfterMs, 1000);
	assert.equal(count('GET'), 1);
});

test('Retry-After reads seconds or an HTTP date, and nothing else', () => {
	const now = Date.parse('2026-01-01T00:00:00Z');
	assert.equal(parseRetryAfter('2', now), 2000);
	assert.equal(parseRetryAfter('0.5', now), 500);
	assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:03 GMT', now), 3000);
	assert.equal(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now), 0);
	assert.equal(parseRetryAfter('-1', now), undefined);
	assert.equal(parseRetryAfter('soon', now), undefined);
	assert.equal(parseRetryAfter(undefined, now), undefined);
});

test('Retry-After is bounded: an absurd wait reads as a day, never as a time that cannot be shown', () => {
	const now = Date.parse('2026-01-01T00:00:00Z');
	for (const header of ['1e300', '86401', '9'.repeat(400), 'Fri, 31 Dec 9999 23:59:59 GMT']) {
		assert.equal(parseRetryAfter(header, now), MAX_RETRY_AFTER_MS, header);
	}
	assert.equal(parseRetryAfter('86400', now), MAX_RETRY_AFTER_MS);
	assert.equal(parseRetryAfter('Infinity', now), undefined);
});
