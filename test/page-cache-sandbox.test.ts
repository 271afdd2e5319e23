// The page cache against the real sandbox over real HTTP: the requests the server sees are the proof.
import {after, before, beforeEach, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import type {ExternalConnection, ListFilters} from '../source/api/types.js';
import {PageCache, type FetchedPage, type PageCacheOptions} from '../source/paging/page-cache.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {waitUntil} from './helpers/wait-for.js';

const PAGE_SIZE = 100;
const SCREEN_ROWS = 20;
const COUNT = 10_000;

let sandbox: Sandbox;
let client: ApiClient;

before(async () => {
	sandbox = await startSandbox({count: COUNT});
	client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retries: 0});
});

after(async () => {
	await sandbox.close();
});

beforeEach(() => {
	sandbox.setFaults({});
	sandbox.clearRequests();
});

// The list pages the server was asked for, in arrival order.
function requestedPages(): number[] {
	return sandbox.requests
		.filter(request => request.method === 'GET' && request.path.endsWith('/external_connections'))
		.map(request => Number(request.query['page[number]']));
}

type Harness = {
	cache: PageCache<ExternalConnection>;
	/** Pages asked for while a live (not aborted) request for the same page was pending: must stay empty. */
	overlaps: number[];
	/** Every fetch the cache started, settled or not. */
	fetches: Array<Promise<unknown>>;
	setFilters(filters: ListFilters): void;
};

function harness(options: Partial<PageCacheOptions<ExternalConnection>> & {ignoreAbort?: boolean} = {}): Harness {
	const live = new Set<number>();
	const overlaps: number[] = [];
	const fetches: Array<Promise<unknown>> = [];
	let filters: ListFilters = {};
	const fetchPage = (pageNumber: number, pageSize: number, signal: AbortSignal): Promise<FetchedPage<ExternalConnection>> => {
		if (live.has(pageNumber)) overlaps.push(pageNumber);
		live.add(pageNumber);
		const done = () => live.delete(pageNumber);
		signal.addEventListener('abort', done);
		const request = client
			.listExternalConnections({pageNumber, pageSize, filters}, options.ignoreAbort ? {} : {signal})
			.then(page => ({rows: page.data, total: page.meta.total_results}))
			.finally(() => {
				if (!signal.aborted) done();
			});
		fetches.push(request.catch(() => undefined));
		return request;
	};
	const cache = new PageCache({pageSize: PAGE_SIZE, prefetchRows: 10, fetchPage, ...options});
	return {cache, overlaps, fetches, setFilters: next => (filters = next)};
}

async function show(cache: PageCache<ExternalConnection>, firstRow: number): Promise<void> {
	cache.setView(firstRow, firstRow + SCREEN_ROWS - 1);
	await waitUntil(() => cache.inFlight === 0, `rows ${firstRow}.. loaded`);
	assert.equal(cache.lastError, undefined);
}

function pagesCovering(firstRow: number, lastRow: number): number[] {
	const pages: number[] = [];
	for (let page = Math.floor(firstRow / PAGE_SIZE) + 1; page <= Math.floor(lastRow / PAGE_SIZE) + 1; page++) pages.push(page);
	return pages;
}

describe('PageCache over the sandbox', () => {
	it('scrolling to row 2,000 asks for the pages touched plus at most one prefetch, then G asks for one more', async () => {
		const {cache, overlaps} = harness();
		const touched = new Set<number>();
		for (let first = 0; first <= 2000; first += SCREEN_ROWS) {
			await show(cache, first);
			for (const page of pagesCovering(first, first + SCREEN_ROWS - 1)) touched.add(page);
			assert.equal(cache.rowAt(first)?.id !== undefined, true, `row ${first} loaded`);
		}
		const pages = requestedPages();
		assert.equal(new Set(pages).size, pages.length, `no page asked twice: ${pages.join(',')}`);
		for (const page of touched) assert.ok(pages.includes(page), `page ${page} fetched`);
		assert.ok(pages.length <= touched.size + 1, `${pages.length} requests for ${touched.size} pages touched`);
		assert.equal(cache.total, COUNT);

		await show(cache, COUNT - SCREEN_ROWS);
		assert.deepEqual(requestedPages().slice(pages.length), [COUNT / PAGE_SIZE]);
		assert.ok(cache.rowAt(COUNT - 1));
		assert.deepEqual(overlaps, []);
	});

	it('refetches a page after it was evicted, once', async () => {
		const {cache, overlaps} = harness({maxResidentPages: 2});
		await show(cache, 0);
		const first = cache.rowAt(0);
		await show(cache, 5000);
		await show(cache, 9000);
		assert.equal(cache.pageStatus(1), 'absent');
		sandbox.clearRequests();
		await show(cache, 0);
		assert.deepEqual(requestedPages(), [1]);
		assert.deepEqual(cache.rowAt(0), first);
		assert.deepEqual(overlaps, []);
	});

	it('never asks for a page twice at once, however fast the view moves', async () => {
		sandbox.setFaults({latencyMs: 50});
		const {cache, overlaps} = harness({maxResidentPages: 2});
		await show(cache, 0);
		for (let round = 0; round < 3; round++) {
			for (let first = 0; first <= 600; first += SCREEN_ROWS) cache.setView(first, first + SCREEN_ROWS - 1);
		}
		await waitUntil(() => cache.inFlight === 0, 'the last view loaded');
		assert.deepEqual(overlaps, []);
		assert.ok(cache.rowAt(600));
	});

	for (const ignoreAbort of [false, true]) {
		it(`drops a slow page's answer after reset (${ignoreAbort ? 'the answer arrives anyway' : 'the request is aborted'})`, async () => {
			const operatorConnect = await client.listExternalConnections({
				pageNumber: 1,
				pageSize: 1,
				filters: {externalSipConnection: 'operator_connect'},
			});
			sandbox.clearRequests();
			sandbox.setFaults({latencyMs: 200});
			const totalsSeen: Array<number | undefined> = [];
			const h = harness({ignoreAbort, onChange: () => totalsSeen.push(h.cache.total)});
			const {cache} = h;
			// Before the total is known the view's own page is asked for: page 51, which the new generation never wants.
			cache.setView(5000, 5000 + SCREEN_ROWS - 1);
			await waitUntil(() => requestedPages().length === 1, 'the slow page reached the server');
			assert.equal(cache.pageStatus(51), 'loading');

			h.setFilters({externalSipConnection: 'operator_connect'});
			cache.reset();
			cache.setView(0, SCREEN_ROWS - 1);
			await Promise.all(h.fetches);
			await waitUntil(() => cache.inFlight === 0, 'the new generation loaded');

			assert.deepEqual(requestedPages(), [51, 1]);
			if (ignoreAbort) {
				assert.deepEqual(
					sandbox.requests.map(request => request.status),
					[200, 200],
					'the stale answer did arrive',
				);
			}
			assert.equal(cache.pageStatus(51), 'absent');
			assert.ok(!totalsSeen.includes(COUNT), `the old generation's total never showed: ${totalsSeen.join(',')}`);
			assert.equal(cache.total, operatorConnect.meta.total_results);
			for (let row = 0; row < Math.min(SCREEN_ROWS, cache.total ?? 0); row++) {
				assert.equal(cache.rowAt(row)?.external_sip_connection, 'operator_connect', `row ${row}`);
			}
			assert.equal(cache.lastError, undefined, 'an aborted request is not an error');
			cache.dispose();
		});
	}
});
