import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {startSandbox, type FaultOptions, type Sandbox} from '../source/sandbox/server.js';
import {HANG_MS, waitUntil} from './helpers/wait-for.js';

type Outcome = {status: number; contentType: string | null; text: string; retryAfter: string | null} | {failed: string};

async function attempt(sandbox: Sandbox, path = '/external_connections?page[size]=1', init: RequestInit = {}): Promise<Outcome> {
	try {
		const response = await fetch(sandbox.url + path, {
			...init,
			headers: {authorization: `Bearer ${sandbox.apiKey}`, ...init.headers},
			signal: init.signal ?? AbortSignal.timeout(2000),
		});
		return {
			status: response.status,
			contentType: response.headers.get('content-type'),
			retryAfter: response.headers.get('retry-after'),
			text: await response.text(),
		};
	} catch (error) {
		return {failed: (error as Error).name};
	}
}

function answered(outcome: Outcome): Exclude<Outcome, {failed: string}> {
	assert.ok(!('failed' in outcome), `expected an answer, got ${JSON.stringify(outcome)}`);
	return outcome;
}

async function statuses(sandbox: Sandbox, n: number): Promise<string[]> {
	const seen: string[] = [];
	for (let i = 0; i < n; i++) {
		const outcome = await attempt(sandbox, undefined, {signal: AbortSignal.timeout(250)});
		seen.push('failed' in outcome ? outcome.failed : String(outcome.status));
	}
	return seen;
}

describe('sandbox faults', () => {
	let sandbox: Sandbox;
	before(async () => {
		sandbox = await startSandbox({count: 30});
	});
	after(() => sandbox.close());

	it('answers failRate requests with Telnyx 500s and 503s, POST included, without side effects', async () => {
		sandbox.setFaults({failRate: 1, seed: 1});
		const codes = new Set<number>();
		for (let i = 0; i < 12; i++) {
			const outcome = answered(await attempt(sandbox));
			codes.add(outcome.status);
			assert.equal(outcome.contentType, 'application/json');
			const [error] = JSON.parse(outcome.text).errors;
			assert.equal(error.code, '10007');
			assert.ok(error.title === 'Unexpected error' || error.title === 'Service unavailable');
		}
		assert.deepEqual([...codes].sort(), [500, 503]);
		const body = JSON.stringify({external_sip_connection: 'zoom', outbound: {outbound_voice_profile_id: '1911630617284445511'}});
		const post = answered(await attempt(sandbox, '/external_connections', {method: 'POST', body}));
		assert.ok(post.status >= 500);
		sandbox.setFaults({});
		assert.equal(JSON.parse(answered(await attempt(sandbox)).text).meta.total_results, 30);
	});

	it('answers rateLimitRate requests with 429, Retry-After: 1 and a Telnyx body, before auth', async () => {
		sandbox.setFaults({rateLimitRate: 1});
		const outcome = answered(await attempt(sandbox, '/nope', {headers: {authorization: 'Bearer wrong'}}));
		assert.equal(outcome.status, 429);
		assert.equal(outcome.retryAfter, '1');
		assert.equal(JSON.parse(outcome.text).errors[0].code, '10011');
		assert.equal(JSON.parse(outcome.text).errors[0].title, 'Too many requests');
		sandbox.setFaults({});
	});

	it('answers every Nth request with 429 and Retry-After: 1 when rateLimitEvery is N', async () => {
		sandbox.setFaults({rateLimitEvery: 3});
		assert.deepEqual(await statuses(sandbox, 9), ['200', '200', '429', '200', '200', '429', '200', '200', '429']);
		const outcome = answered(await attempt(sandbox));
		assert.equal(outcome.status, 200);
		sandbox.setFaults({rateLimitEvery: 1});
		assert.equal(answered(await attempt(sandbox)).retryAfter, '1');
		sandbox.setFaults({});
		assert.throws(() => sandbox.setFaults({rateLimitEvery: 0}), /rateLimitEvery must be an integer of 1 or more/);
	});

	it('answers malformedRate requests with a 200 that is HTML or truncated JSON', async () => {
		sandbox.setFaults({malformedRate: 1, seed: 3});
		const kinds = new Set<string>();
		for (let i = 0; i < 12; i++) {
			const outcome = answered(await attempt(sandbox));
			assert.equal(outcome.status, 200);
			assert.throws(() => JSON.parse(outcome.text));
			kinds.add(outcome.contentType?.startsWith('text/html') ? 'html' : 'json');
			if (outcome.contentType === 'application/json') assert.match(outcome.text, /^\{"data":/);
		}
		assert.deepEqual([...kinds].sort(), ['html', 'json']);
		sandbox.setFaults({});
	});

	it('destroys the socket for resetRate requests and records them unanswered', async () => {
		sandbox.setFaults({resetRate: 1});
		sandbox.clearRequests();
		const outcome = await attempt(sandbox);
		assert.deepEqual(outcome, {failed: 'TypeError'});
		assert.equal(sandbox.requests.at(-1)?.status, 0);
		sandbox.setFaults({});
	});

	it('never answers hangRate requests', async () => {
		sandbox.setFaults({hangRate: 1});
		const outcome = await attempt(sandbox, undefined, {signal: AbortSignal.timeout(100)});
		assert.deepEqual(outcome, {failed: 'TimeoutError'});
		sandbox.setFaults({});
		answered(await attempt(sandbox));
	});

	it('adds latency and jitter', async () => {
		sandbox.setFaults({latencyMs: 120, jitterMs: 40, seed: 9});
		const started = performance.now();
		assert.equal(answered(await attempt(sandbox)).status, 200);
		assert.ok(performance.now() - started >= 115);
		sandbox.setFaults({});
	});

	it('repeats the same fault sequence for the same seed', async () => {
		const mix: FaultOptions = {failRate: 0.2, rateLimitRate: 0.2, malformedRate: 0.2, hangRate: 0.1, resetRate: 0.1, seed: 42};
		sandbox.setFaults(mix);
		const first = await statuses(sandbox, 25);
		sandbox.setFaults(mix);
		assert.deepEqual(await statuses(sandbox, 25), first);
		for (const kind of ['200', '429', 'TimeoutError', 'TypeError']) assert.ok(first.includes(kind), `${kind} in ${first.join()}`);
		assert.ok(first.includes('500') || first.includes('503'));

		const other = await startSandbox({count: 30, ...mix});
		try {
			assert.deepEqual(await statuses(other, 25), first);
			other.setFaults({...mix, seed: 43});
			assert.notDeepEqual(await statuses(other, 25), first);
		} finally {
			await other.close();
		}
		sandbox.setFaults({});
	});

	it('rejects rates outside 0..1', async () => {
		assert.throws(() => sandbox.setFaults({failRate: 1.5}), RangeError);
		await assert.rejects(startSandbox({hangRate: -0.1}), RangeError);
	});
});

describe('sandbox close', () => {
	it('ends hung and delayed requests promptly', async () => {
		const sandbox = await startSandbox({hangRate: 1});
		const hung = attempt(sandbox, undefined, {signal: AbortSignal.timeout(10_000)});
		await waitUntil(() => sandbox.requests.length === 1, 'the hung request arrived');
		sandbox.setFaults({latencyMs: 60_000});
		const delayed = attempt(sandbox, undefined, {signal: AbortSignal.timeout(10_000)});
		await waitUntil(() => sandbox.requests.length === 2, 'the delayed request arrived');
		const started = performance.now();
		await sandbox.close();
		assert.ok(performance.now() - started < HANG_MS, 'well before the 60 s the requests would otherwise hold');
		assert.deepEqual(await hung, {failed: 'TypeError'});
		assert.deepEqual(await delayed, {failed: 'TypeError'});
	});
});
