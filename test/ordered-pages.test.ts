// The export's page reader against the sandbox over HTTP: pages in the API's order whatever order they arrive in,
// never more in flight or waiting than the window, every row once under a 429 every fifth request, and a clean stop.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {createApiClient, type ApiClient, type RequestOptions} from '../source/api/client.js';
import {orderedPages, type Page} from '../source/paging/ordered-pages.js';
import {externalConnections} from '../source/resources/index.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import type {ExternalConnection} from '../source/api/types.js';
import {startJsonServer} from './helpers/json-server.js';

const COUNT = 1000;
const PAGE_SIZE = 50;

/** The resource's own fetcher, counting what is in flight and how far past the next page to hand on it asks. */
function countingFetch(client: ApiClient) {
	const stats = {inFlight: 0, mostInFlight: 0, asked: [] as number[], handedOn: 1, furthestAhead: 0};
	const fetch = async (pageNumber: number, options: RequestOptions) => {
		stats.asked.push(pageNumber);
		stats.furthestAhead = Math.max(stats.furthestAhead, pageNumber - stats.handedOn);
		stats.inFlight++;
		stats.mostInFlight = Math.max(stats.mostInFlight, stats.inFlight);
		try {
			return await externalConnections.fetchPage(client, {parentId: undefined, pageNumber, pageSize: PAGE_SIZE, filters: {}}, options);
		} finally {
			stats.inFlight--;
		}
	};
	return {fetch, stats};
}

async function collect(
	pages: AsyncGenerator<Page<ExternalConnection>>,
	stats?: {handedOn: number},
): Promise<Array<Page<ExternalConnection>>> {
	const seen: Array<Page<ExternalConnection>> = [];
	for await (const page of pages) {
		seen.push(page);
		if (stats) stats.handedOn = page.number + 1;
	}
	return seen;
}

describe('ordered pages', () => {
	let sandbox: Sandbox;
	let client: ApiClient;
	let expected: string[];
	before(async () => {
		sandbox = await startSandbox({count: COUNT});
		client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
		const whole = await externalConnections.fetchPage(client, {parentId: undefined, pageNumber: 1, pageSize: 250, filters: {}}, {});
		expected = [];
		for (let page = 1; page <= 4; page++) {
			const {data} = await externalConnections.fetchPage(client, {parentId: undefined, pageNumber: page, pageSize: 250, filters: {}}, {});
			expected.push(...data.map(row => row.id));
		}
		assert.equal(whole.meta.total_results, COUNT);
	});
	after(() => sandbox.close());

	it('hands on every page in order, at most the window in flight or ahead, while answers arrive out of order', async () => {
		sandbox.setFaults({latencyMs: 5, jitterMs: 40, seed: 7});
		const {fetch, stats} = countingFetch(client);
		const pages = await collect(orderedPages(fetch, {pageSize: PAGE_SIZE, concurrency: 8, signal: new AbortController().signal}), stats);
		sandbox.setFaults({});
		assert.deepEqual(
			pages.map(page => page.number),
			Array.from({length: COUNT / PAGE_SIZE}, (_, i) => i + 1),
		);
		assert.deepEqual(
			pages.flatMap(page => page.rows.map(row => row.id)),
			expected,
		);
		assert.equal(pages[0]!.lastPage, COUNT / PAGE_SIZE);
		assert.equal(pages[0]!.totalRows, COUNT);
		assert.equal(stats.asked.length, COUNT / PAGE_SIZE, 'each page asked for once');
		assert.equal(stats.mostInFlight, 8);
		assert.ok(stats.furthestAhead <= 8, `asked ${stats.furthestAhead} pages past the next to hand on`);
	});

	it('loses and repeats no row when every fifth request is answered 429', async () => {
		sandbox.setFaults({rateLimitEvery: 5});
		sandbox.clearRequests();
		const {fetch, stats} = countingFetch(client);
		const pages = await collect(orderedPages(fetch, {pageSize: PAGE_SIZE, concurrency: 8, signal: new AbortController().signal}), stats);
		sandbox.setFaults({});
		const ids = pages.flatMap(page => page.rows.map(row => row.id));
		assert.equal(new Set(ids).size, ids.length, 'no row twice');
		assert.deepEqual(ids, expected);
		const limited = sandbox.requests.filter(request => request.status === 429).length;
		assert.ok(limited >= 4, `${limited} answers were 429`);
		assert.equal(sandbox.requests.filter(request => request.status === 200).length, COUNT / PAGE_SIZE);
	});

	it('asks for no page past --limit, and for none after an abort', async () => {
		const {fetch, stats} = countingFetch(client);
		const limited = await collect(
			orderedPages(fetch, {pageSize: PAGE_SIZE, concurrency: 8, maxPages: 3, signal: new AbortController().signal}),
		);
		assert.deepEqual(
			limited.map(page => page.number),
			[1, 2, 3],
		);
		assert.deepEqual(stats.asked.sort(), [1, 2, 3]);

		sandbox.setFaults({latencyMs: 20});
		const stop = new AbortController();
		const counting = countingFetch(client);
		const seen: number[] = [];
		for await (const page of orderedPages(counting.fetch, {pageSize: PAGE_SIZE, concurrency: 4, signal: stop.signal})) {
			seen.push(page.number);
			if (page.number === 3) stop.abort();
		}
		sandbox.setFaults({});
		assert.deepEqual(seen, [1, 2, 3]);
		const askedAtAbort = counting.stats.asked.length;
		assert.equal(counting.stats.inFlight, 0, 'what was in flight was cancelled');
		assert.ok(askedAtAbort <= 3 + 4, `${askedAtAbort} pages asked`);
	});

	it('stops where an early end leaves it: nothing stays in flight', async () => {
		sandbox.setFaults({latencyMs: 20});
		const {fetch, stats} = countingFetch(client);
		for await (const page of orderedPages(fetch, {pageSize: PAGE_SIZE, concurrency: 8, signal: new AbortController().signal})) {
			if (page.number === 2) break;
		}
		sandbox.setFaults({});
		assert.equal(stats.inFlight, 0);
	});

	it('gives up with the error of a page that fails, after the client retried it', async () => {
		sandbox.setFaults({failRate: 1});
		const retrying = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retryBaseMs: 1});
		const {fetch} = countingFetch(retrying);
		await assert.rejects(
			collect(orderedPages(fetch, {pageSize: PAGE_SIZE, concurrency: 8, signal: new AbortController().signal})),
			(error: Error & {status?: number}) => error.status === 500 || error.status === 503,
		);
		sandbox.setFaults({});
	});
});

it('reads one page at a time until a short one when the meta gives no page count', async () => {
	const rows = Array.from({length: 7}, (_, i) => ({id: String(i + 1)}));
	const server = await startJsonServer(({query}) => {
		const number = Number(query.get('page[number]'));
		const size = Number(query.get('page[size]'));
		return {status: 200, body: {data: rows.slice((number - 1) * size, number * size)}};
	});
	try {
		const client = createApiClient({baseUrl: server.url, apiKey: server.apiKey});
		const fetch = (pageNumber: number, options: RequestOptions) =>
			externalConnections.fetchPage(client, {parentId: undefined, pageNumber, pageSize: 3, filters: {}}, options);
		const pages = await collect(orderedPages(fetch, {pageSize: 3, concurrency: 8, signal: new AbortController().signal}));
		assert.deepEqual(
			pages.map(page => page.rows.map(row => row.id)),
			[['1', '2', '3'], ['4', '5', '6'], ['7']],
		);
		assert.equal(server.requests.length, 3);
	} finally {
		await server.close();
	}
});
