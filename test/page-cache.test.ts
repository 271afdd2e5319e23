import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {PageCache, type FetchedPage, type PageCacheOptions} from '../source/paging/page-cache.js';

type Call = {
	pageNumber: number;
	pageSize: number;
	signal: AbortSignal;
	resolve: (rows?: number[]) => void;
	reject: (error: unknown) => void;
};

// An in-memory list of `total` rows (row i is the number i) whose pages answer only when the test says so.
function fakeList(total: number) {
	const calls: Call[] = [];
	const fetchPage = (pageNumber: number, pageSize: number, signal: AbortSignal) =>
		new Promise<FetchedPage<number>>((resolve, reject) => {
			const start = (pageNumber - 1) * pageSize;
			const rows = Array.from({length: Math.max(0, Math.min(pageSize, total - start))}, (_, i) => start + i);
			signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
			calls.push({
				pageNumber,
				pageSize,
				signal,
				resolve: (override = rows) => resolve({rows: override, total}),
				reject,
			});
		});
	const pending = () => calls.filter(call => !call.signal.aborted);
	const call = (pageNumber: number) => {
		const found = calls.filter(c => c.pageNumber === pageNumber).at(-1);
		assert.ok(found, `page ${pageNumber} was never requested`);
		return found;
	};
	return {calls, fetchPage, pending, call, requested: () => calls.map(c => c.pageNumber)};
}

// Lets settled promises run their handlers.
const settle = () => new Promise<void>(resolve => setImmediate(resolve));

function makeCache(total: number, options: Partial<PageCacheOptions<number>> = {}) {
	const list = fakeList(total);
	let changes = 0;
	const cache = new PageCache<number>({
		pageSize: 10,
		prefetchRows: 0,
		fetchPage: list.fetchPage,
		onChange: () => changes++,
		...options,
	});
	return {cache, list, changes: () => changes};
}

async function load(cache: PageCache<number>, list: ReturnType<typeof fakeList>, pageNumber: number) {
	list.call(pageNumber).resolve();
	await settle();
	assert.equal(cache.pageStatus(pageNumber), 'loaded');
}

describe('PageCache: fetching what the view touches', () => {
	it('fetches page 1 only until the total is known, then the rest of the view', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 24);
		assert.deepEqual(list.requested(), [1]);
		assert.equal(cache.total, undefined);
		assert.equal(cache.rowAt(0), undefined);
		await load(cache, list, 1);
		assert.equal(cache.total, 1000);
		assert.deepEqual(list.requested(), [1, 2, 3]);
		assert.equal(cache.rowAt(5), 5);
		assert.equal(cache.rowAt(15), undefined);
		await load(cache, list, 2);
		await load(cache, list, 3);
		assert.equal(cache.rowAt(24), 24);
		assert.equal(cache.inFlight, 0);
	});

	it('fetches exactly the missing pages covering the view, never one already loading or loaded', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 9);
		await load(cache, list, 1);
		cache.setView(5, 24);
		assert.deepEqual(list.requested(), [1, 2, 3]);
		cache.setView(5, 24);
		cache.setView(15, 34);
		assert.deepEqual(list.requested(), [1, 2, 3, 4]);
		assert.equal(cache.inFlight, 3);
		assert.deepEqual(
			[1, 2, 3, 4, 5].map(p => cache.pageStatus(p)),
			['loaded', 'loading', 'loading', 'loading', 'absent'],
		);
	});

	it('asks with the configured page size and passes a live signal', () => {
		const {cache, list} = makeCache(1000, {pageSize: 250});
		cache.setView(0, 30);
		assert.equal(list.calls[0]!.pageSize, 250);
		assert.equal(list.calls[0]!.signal.aborted, false);
	});

	it('never fetches from rowAt', () => {
		const {cache, list} = makeCache(1000);
		assert.equal(cache.rowAt(500), undefined);
		assert.equal(cache.rowAt(-1), undefined);
		assert.deepEqual(list.calls, []);
	});

	it('fetches nothing past the end, and nothing at all for an empty list', async () => {
		const small = makeCache(15);
		small.cache.setView(0, 39);
		await load(small.cache, small.list, 1);
		assert.deepEqual(small.list.requested(), [1, 2]);
		await load(small.cache, small.list, 2);
		assert.equal(small.cache.rowAt(14), 14);
		assert.equal(small.cache.rowAt(15), undefined);

		const empty = makeCache(0);
		empty.cache.setView(0, 39);
		await load(empty.cache, empty.list, 1);
		empty.cache.setView(0, 39);
		assert.equal(empty.cache.total, 0);
		assert.deepEqual(empty.list.requested(), [1]);
	});

	it('jumping to the end of 100,000 rows fetches only the last page', async () => {
		const {cache, list} = makeCache(100_000, {pageSize: 250, prefetchRows: 50});
		cache.setView(0, 19);
		await load(cache, list, 1);
		cache.setView(99_980, 99_999);
		assert.deepEqual(list.requested(), [1, 400]);
		await load(cache, list, 400);
		assert.equal(cache.rowAt(99_999), 99_999);
	});

	it('accepts a view given backwards or fractional', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 0);
		await load(cache, list, 1);
		cache.setView(29.7, 20.2);
		assert.deepEqual(list.requested(), [1, 3]);
	});
});

describe('PageCache: prefetch', () => {
	it('fetches the next page when it starts within prefetchRows after the view', async () => {
		const {cache, list} = makeCache(1000, {prefetchRows: 5});
		cache.setView(0, 3);
		await load(cache, list, 1);
		assert.deepEqual(list.requested(), [1]);
		cache.setView(1, 4);
		assert.deepEqual(list.requested(), [1], 'page 2 starts 6 rows after row 4');
		cache.setView(2, 5);
		assert.deepEqual(list.requested(), [1, 2], 'page 2 starts 5 rows after row 5');
	});

	it('fetches the previous page when it ends within prefetchRows before the view', async () => {
		const {cache, list} = makeCache(1000, {prefetchRows: 5});
		cache.setView(0, 0);
		await load(cache, list, 1);
		cache.setView(55, 55);
		assert.deepEqual(list.requested(), [1, 6, 7], 'page 7 starts 5 rows after row 55, page 5 ends 6 before');
		cache.setView(54, 54);
		assert.deepEqual(list.requested(), [1, 6, 7, 5], 'page 5 ends 5 rows before row 54');
	});

	it('reaches several pages when prefetchRows spans them, and stops at the end', async () => {
		const {cache, list} = makeCache(35, {prefetchRows: 100});
		cache.setView(0, 4);
		await load(cache, list, 1);
		assert.deepEqual(list.requested(), [1, 2, 3, 4]);
	});

	it('defaults to min(pageSize, 50) rows', async () => {
		const {cache, list} = makeCache(10_000, {pageSize: 100, prefetchRows: undefined});
		cache.setView(0, 49);
		await load(cache, list, 1);
		assert.deepEqual(list.requested(), [1], 'page 2 starts 51 rows after row 49');
		cache.setView(0, 50);
		assert.deepEqual(list.requested(), [1, 2]);
	});
});

describe('PageCache: eviction', () => {
	it('keeps resident pages bounded however far the view scrolls, farthest first', async () => {
		const {cache, list} = makeCache(100_000, {maxResidentPages: 4});
		for (let first = 0; first < 2000; first += 10) {
			cache.setView(first, first + 9);
			const pageNumber = first / 10 + 1;
			await load(cache, list, pageNumber);
			const resident = [...Array(pageNumber).keys()].filter(i => cache.pageStatus(i + 1) !== 'absent');
			assert.ok(resident.length <= 4, `${resident.length} pages resident at page ${pageNumber}`);
		}
		assert.deepEqual(
			[197, 198, 199, 200].map(p => cache.pageStatus(p)),
			['loaded', 'loaded', 'loaded', 'loaded'],
		);
		assert.equal(cache.pageStatus(196), 'absent');
		assert.equal(cache.rowAt(0), undefined);
	});

	it('evicts the page farthest from the view, on either side', async () => {
		const {cache, list} = makeCache(1000, {maxResidentPages: 3});
		for (const pageNumber of [1, 10, 5]) {
			cache.setView((pageNumber - 1) * 10, (pageNumber - 1) * 10 + 9);
			await load(cache, list, pageNumber);
		}
		cache.setView(60, 69);
		assert.equal(cache.pageStatus(1), 'absent', 'page 1 is 6 pages away, page 10 only 3');
		assert.deepEqual(
			[5, 7, 10].map(p => cache.pageStatus(p)),
			['loaded', 'loading', 'loaded'],
		);
	});

	it('never evicts a page the view needs, even beyond the bound', async () => {
		const {cache, list} = makeCache(1000, {maxResidentPages: 2});
		cache.setView(0, 0);
		await load(cache, list, 1);
		cache.setView(0, 49);
		assert.deepEqual(
			[1, 2, 3, 4, 5].map(p => cache.pageStatus(p)),
			['loaded', 'loading', 'loading', 'loading', 'loading'],
		);
	});

	it('aborts an evicted page in flight, ignores its late answer, and refetches on return', async () => {
		const {cache, list} = makeCache(1000, {maxResidentPages: 1});
		cache.setView(0, 9);
		await load(cache, list, 1);
		cache.setView(100, 109);
		const first = list.call(11);
		cache.setView(500, 509);
		assert.equal(first.signal.aborted, true);
		assert.equal(cache.pageStatus(11), 'absent');
		first.resolve();
		await settle();
		assert.equal(cache.rowAt(100), undefined);
		assert.equal(cache.lastError, undefined, 'an aborted fetch is not an error');
		cache.setView(100, 109);
		assert.equal(list.requested().filter(p => p === 11).length, 2);
		await load(cache, list, 11);
		assert.equal(cache.rowAt(100), 100);
	});
});

describe('PageCache: generations', () => {
	it('reset aborts requests in flight and drops pages, total and errors', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 9);
		await load(cache, list, 1);
		cache.setView(10, 29);
		list.call(2).reject(new Error('boom'));
		await settle();
		assert.ok(cache.lastError);
		const inFlight = list.call(3);
		cache.reset();
		assert.equal(inFlight.signal.aborted, true);
		assert.equal(cache.total, undefined);
		assert.equal(cache.lastError, undefined);
		assert.equal(cache.inFlight, 0);
		assert.deepEqual(
			[1, 2, 3].map(p => cache.pageStatus(p)),
			['absent', 'absent', 'absent'],
		);
	});

	it('reset waits for the next view before fetching', () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 9);
		cache.reset();
		assert.equal(list.calls.length, 1);
		cache.setView(0, 9);
		assert.equal(list.calls.length, 2);
	});

	it('drops a stale response that arrives after reset, even one that ignores its signal', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 9);
		const old = list.call(1);
		cache.reset();
		cache.setView(0, 9);
		const fresh = list.calls[1]!;
		old.resolve([-1, -2, -3]);
		await settle();
		assert.equal(cache.pageStatus(1), 'loading');
		assert.equal(cache.rowAt(0), undefined);
		fresh.resolve();
		await settle();
		assert.equal(cache.rowAt(0), 0);
	});

	it('drops a stale failure after reset too', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 9);
		const old = list.call(1);
		cache.reset();
		old.reject(new Error('late'));
		await settle();
		assert.equal(cache.lastError, undefined);
	});

	it('keeps the total of the latest answer', async () => {
		const totals = [1000, 990];
		const cache = new PageCache<number>({
			pageSize: 10,
			prefetchRows: 0,
			fetchPage: async pageNumber => ({rows: Array.from({length: 10}, () => pageNumber), total: totals[pageNumber - 1]!}),
		});
		cache.setView(0, 0);
		await settle();
		assert.equal(cache.total, 1000);
		cache.setView(10, 10);
		await settle();
		assert.equal(cache.total, 990);
	});

	it('dispose aborts everything and stays silent', async () => {
		const {cache, list, changes} = makeCache(1000);
		cache.setView(0, 9);
		const before = changes();
		cache.dispose();
		assert.equal(list.calls[0]!.signal.aborted, true);
		list.calls[0]!.resolve();
		await settle();
		cache.setView(100, 109);
		cache.retry();
		cache.reset();
		assert.equal(changes(), before);
		assert.equal(list.calls.length, 1);
	});
});

describe('PageCache: errors and retry', () => {
	it('records a failure, does not retry it on its own, and retry refetches the view', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 9);
		const failure = new Error('503');
		list.call(1).reject(failure);
		await settle();
		assert.equal(cache.pageStatus(1), 'error');
		assert.equal(cache.lastError, failure);
		cache.setView(0, 9);
		cache.setView(0, 5);
		assert.equal(list.calls.length, 1);
		cache.retry();
		assert.equal(cache.lastError, undefined);
		assert.equal(cache.pageStatus(1), 'loading');
		assert.equal(list.calls.length, 2);
		await load(cache, list, 1);
		assert.equal(cache.rowAt(3), 3);
	});

	it('retry leaves failed pages outside the view for when they are scrolled to', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 0);
		await load(cache, list, 1);
		cache.setView(0, 19);
		list.call(2).reject(new Error('x'));
		await settle();
		cache.setView(0, 9);
		cache.retry();
		assert.equal(cache.pageStatus(2), 'absent');
		assert.equal(list.calls.length, 2);
		cache.setView(10, 19);
		assert.equal(cache.pageStatus(2), 'loading');
	});

	it('a page that loads after another failed does not hide that failure', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 0);
		await load(cache, list, 1);
		cache.setView(0, 29);
		const failure = new Error('x');
		list.call(2).reject(failure);
		await settle();
		assert.equal(cache.lastError, failure);
		await load(cache, list, 3);
		assert.equal(cache.pageStatus(2), 'error');
		assert.equal(cache.lastError, failure, 'the banner stays while page 2 is failed');
		cache.retry();
		assert.equal(cache.lastError, undefined);
		assert.equal(cache.pageStatus(2), 'loading');
	});

	it('a fetcher that throws synchronously is recorded as an error', async () => {
		const error = new Error('sync');
		const cache = new PageCache<number>({
			pageSize: 10,
			fetchPage: () => {
				throw error;
			},
		});
		cache.setView(0, 9);
		await settle();
		assert.equal(cache.pageStatus(1), 'error');
		assert.equal(cache.lastError, error);
	});

	it('rejects a page size that is not a positive integer', () => {
		for (const pageSize of [0, -1, 2.5, Number.NaN]) {
			assert.throws(() => new PageCache<number>({pageSize, fetchPage: async () => ({rows: [], total: 0})}), RangeError);
		}
	});
});

describe('PageCache: version and onChange', () => {
	it('increments on every observable change and notifies each time', async () => {
		const {cache, list, changes} = makeCache(1000);
		const seen: number[] = [cache.version];
		const step = () => {
			assert.ok(cache.version > seen.at(-1)!, 'version moved');
			assert.equal(changes(), cache.version, 'one notification per change');
			seen.push(cache.version);
		};
		cache.setView(0, 9);
		step();
		await load(cache, list, 1);
		step();
		cache.setView(10, 19);
		step();
		list.call(2).reject(new Error('x'));
		await settle();
		step();
		cache.retry();
		step();
		cache.reset();
		step();
	});

	it('stays put when nothing observable changes', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 9);
		await load(cache, list, 1);
		const version = cache.version;
		cache.setView(0, 9);
		cache.setView(2, 7);
		cache.retry();
		assert.equal(cache.version, version);
	});
});

// A fetcher whose answers the test writes: rows as given and any claimed total, answered at once.
function scripted(answers: Record<number, {rows: number; total: unknown}>) {
	const requested: number[] = [];
	const cache = new PageCache<number>({
		pageSize: 10,
		prefetchRows: 0,
		fetchPage: async pageNumber => {
			requested.push(pageNumber);
			const answer = answers[pageNumber] ?? {rows: 0, total: undefined};
			const start = (pageNumber - 1) * 10;
			return {rows: Array.from({length: answer.rows}, (_, i) => start + i), total: answer.total as number | undefined};
		},
	});
	return {cache, requested};
}

describe('PageCache: pagination inconsistent on its own terms heals', () => {
	it('a short page ends the list there, whatever total it claims', async () => {
		const {cache} = scripted({1: {rows: 10, total: 1000}, 2: {rows: 4, total: 1000}});
		cache.setView(0, 9);
		await settle();
		assert.equal(cache.total, 1000);
		cache.setView(10, 19);
		await settle();
		assert.equal(cache.total, 14);
		assert.equal(cache.rowState(13), 'loaded');
		assert.equal(cache.rowState(14), 'missing');
	});

	it('an empty page ends the list before it; its rows are missing, not loading, and it is not fetched again', async () => {
		const {cache, requested} = scripted({1: {rows: 10, total: 1000}});
		cache.setView(0, 0);
		await settle();
		cache.setView(990, 999);
		await settle();
		assert.deepEqual(requested, [1, 100]);
		assert.equal(cache.total, 11, 'page 1 was full: one more row may exist');
		cache.setView(1, 10);
		assert.equal(cache.rowState(10), 'loading');
		await settle();
		assert.deepEqual(requested, [1, 100, 2]);
		assert.equal(cache.total, 10, 'page 2 came back empty too');
		assert.equal(cache.rowState(9), 'loaded');
		cache.setView(0, 9);
		await settle();
		assert.deepEqual(requested, [1, 100, 2]);
	});

	it('an empty first page is an empty list', async () => {
		const {cache} = scripted({1: {rows: 0, total: 25}});
		cache.setView(0, 9);
		await settle();
		assert.equal(cache.total, 0);
	});

	it('without a total the count is what arrived plus a row, and grows as pages come', async () => {
		const {cache, requested} = scripted({1: {rows: 10, total: undefined}, 2: {rows: 10, total: undefined}, 3: {rows: 3, total: undefined}});
		cache.setView(0, 9);
		await settle();
		assert.equal(cache.total, 11);
		assert.equal(cache.rowState(10), 'loading');
		cache.setView(10, 19);
		await settle();
		assert.equal(cache.total, 21);
		cache.setView(20, 29);
		await settle();
		assert.equal(cache.total, 23);
		assert.deepEqual(requested, [1, 2, 3]);
	});

	for (const claim of [-5, 12.5, Number.NaN, 2 ** 60, '40', null, 1_000_000_001]) {
		it(`a claimed total of ${String(claim)} counts as none, never as a blank list`, async () => {
			const {cache} = scripted({1: {rows: 10, total: claim}});
			cache.setView(0, 9);
			await settle();
			assert.equal(cache.total, 11);
			assert.equal(cache.rowAt(0), 0);
		});
	}

	it('a total the rows contradict counts as none', async () => {
		const {cache} = scripted({1: {rows: 10, total: 1000}, 3: {rows: 10, total: 5}});
		cache.setView(0, 0);
		await settle();
		cache.setView(20, 29);
		await settle();
		assert.equal(cache.total, 31);
	});

	it('the newest total wins, and a row its page came back without is missing until a reload', async () => {
		const answers: Record<number, {rows: number; total: unknown}> = {1: {rows: 10, total: 1000}, 2: {rows: 3, total: 1000}};
		const {cache, requested} = scripted(answers);
		cache.setView(10, 12);
		await settle();
		assert.equal(cache.total, 13, 'page 2 was short');
		cache.setView(0, 9);
		await settle();
		assert.equal(cache.total, 1000, 'page 1, newer, claims 1000 and is full');
		assert.equal(cache.rowState(12), 'loaded');
		assert.equal(cache.rowState(13), 'missing');
		assert.equal(cache.rowState(25), 'loading');
		answers[2] = {rows: 10, total: 1000};
		cache.reset();
		cache.setView(10, 19);
		await settle();
		assert.deepEqual(requested, [2, 1, 2]);
		assert.equal(cache.rowState(13), 'loaded');
	});

	it('an older request answered late does not override a newer total', async () => {
		const {cache, list} = makeCache(1000, {maxResidentPages: 8});
		cache.setView(0, 0);
		await load(cache, list, 1);
		cache.setView(10, 10);
		cache.setView(20, 20);
		list.call(3).resolve();
		await settle();
		assert.equal(cache.total, 1000);
		list.call(2).resolve([10, 11, 12]);
		await settle();
		assert.equal(cache.total, 1000, 'page 2 left before page 3 did: its short answer is older');
		assert.equal(cache.rowState(13), 'missing');
	});

	it('after a failed first page the total is failed, not loading; a retry makes it loading again', async () => {
		const {cache, list} = makeCache(30);
		cache.setView(0, 9);
		assert.equal(cache.totalState, 'loading');
		list.call(1).reject(new Error('503'));
		await settle();
		assert.equal(cache.totalState, 'failed');
		assert.equal(cache.rowState(0), 'failed');
		cache.retry();
		assert.equal(cache.totalState, 'loading');
		await load(cache, list, 1);
		assert.equal(cache.totalState, 'known');
	});
});

describe('PageCache: rows changed in place', () => {
	// Rows 0..24 on screen of 1,000: pages 1-3 held, page 4 not.
	async function heldPages() {
		const made = makeCache(1000);
		made.cache.setView(0, 24);
		await load(made.cache, made.list, 1);
		await load(made.cache, made.list, 2);
		await load(made.cache, made.list, 3);
		return made;
	}

	it('a removed row: later rows move up a place across held pages, the count drops, nothing held is fetched again', async () => {
		const {cache, list} = await heldPages();
		const before = list.calls.length;
		cache.removeRow(5);
		assert.equal(cache.total, 999);
		assert.deepEqual([cache.rowAt(4), cache.rowAt(5), cache.rowAt(9), cache.rowAt(10), cache.rowAt(19)], [4, 6, 10, 11, 20]);
		assert.deepEqual([cache.pageStatus(1), cache.pageStatus(2)], ['loaded', 'loaded']);
		// Page 3 would need row 30 (page 4, never fetched) as its last: it is dropped, and fetched again as it is in view.
		assert.deepEqual(list.requested().slice(before), [3]);
		list.call(3).resolve(Array.from({length: 10}, (_, i) => 21 + i));
		await settle();
		assert.equal(cache.rowAt(20), 21);
	});

	it('the last row of the list: the count drops and the shorter last page stays', async () => {
		const {cache, list} = makeCache(25);
		cache.setView(0, 24);
		await load(cache, list, 1);
		await load(cache, list, 2);
		await load(cache, list, 3);
		const before = list.calls.length;
		cache.removeRow(24);
		assert.equal(cache.total, 24);
		assert.equal(cache.rowAt(23), 23);
		assert.equal(cache.rowAt(24), undefined);
		assert.equal(list.calls.length, before, 'nothing fetched');
	});

	it('a request in flight at or after the row is asked again; one before it cannot bring the old count back', async () => {
		const {cache, list} = makeCache(1000);
		cache.setView(0, 24);
		await load(cache, list, 1);
		const early = list.call(2);
		const late = list.call(3);
		cache.removeRow(25);
		assert.ok(late.signal.aborted);
		assert.notEqual(list.call(3), late, 'page 3 asked again');
		assert.equal(early.signal.aborted, false, 'page 2 is before the row: its rows are still right');
		// The fake server still counts 1,000; a request sent before the delete may too.
		early.resolve();
		await settle();
		assert.equal(cache.total, 999);
	});

	it('a row that is not held: every held page is dropped, and only those in view are fetched again', async () => {
		const {cache, list} = await heldPages();
		cache.setView(0, 9);
		const before = list.calls.length;
		cache.removeRow(undefined);
		assert.equal(cache.total, 999);
		assert.deepEqual(list.requested().slice(before), [1]);
	});

	it('ignores a row out of range, or a list whose count is unknown', async () => {
		const {cache} = await heldPages();
		cache.removeRow(1000);
		cache.removeRow(-1);
		assert.equal(cache.total, 1000);
		const unknown = makeCache(10).cache;
		unknown.removeRow(0);
		assert.equal(unknown.total, undefined);
	});

	it('replaceRow swaps one held row; findRow finds held rows only', async () => {
		const {cache} = await heldPages();
		assert.equal(
			cache.findRow(row => row === 17),
			17,
		);
		assert.equal(
			cache.findRow(row => row === 500),
			undefined,
		);
		assert.equal(cache.replaceRow(17, -17), true);
		assert.deepEqual([cache.rowAt(16), cache.rowAt(17), cache.rowAt(18)], [16, -17, 18]);
		assert.equal(cache.replaceRow(500, 1), false);
	});
});
