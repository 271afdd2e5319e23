import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {FilteredScan} from '../source/paging/filtered-scan.js';
import type {FetchedPage} from '../source/paging/page-cache.js';

// An upstream list of `total` rows (row i is the number i), answered at once or held until the test says so.
function upstream(total: number, {claim = true, hold = false} = {}) {
	const requests: Array<{pageNumber: number; signal: AbortSignal; answer: () => void; fail: (error: unknown) => void}> = [];
	const fetchUpstream = (pageNumber: number, pageSize: number, signal: AbortSignal) =>
		new Promise<FetchedPage<number>>((resolve, reject) => {
			const start = (pageNumber - 1) * pageSize;
			const rows = Array.from({length: Math.max(0, Math.min(pageSize, total - start))}, (_, i) => start + i);
			const answer = () => resolve({rows, total: claim ? total : undefined});
			signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
			requests.push({pageNumber, signal, answer, fail: reject});
			if (!hold) answer();
		});
	return {fetchUpstream, requests};
}

const never = new AbortController().signal;
const multipleOf7 = (row: number) => row % 7 === 0;

describe('FilteredScan', () => {
	it('answers page N once N pages of matches are found, reading upstream pages only as far as that', async () => {
		const {fetchUpstream, requests} = upstream(1000);
		const scan = new FilteredScan({fetchUpstream, keep: multipleOf7, upstreamPageSize: 50, maxMatches: 10_000});
		const first = await scan.page(1, 10, never);
		assert.deepEqual(first.rows, [0, 7, 14, 21, 28, 35, 42, 49, 56, 63]);
		assert.equal(first.total, undefined, 'the count is not known before the upstream ends');
		// 10 matches need rows up to 63: two upstream pages of 50.
		assert.deepEqual(
			requests.map(r => r.pageNumber),
			[1, 2],
		);
		const second = await scan.page(2, 10, never);
		assert.deepEqual(second.rows, [70, 77, 84, 91, 98, 105, 112, 119, 126, 133]);
		assert.equal(requests.length, 3);
	});

	it('knows the count once the upstream ends, by a short page, or by the total it claims', async () => {
		for (const claim of [true, false]) {
			const {fetchUpstream, requests} = upstream(120, {claim});
			const scan = new FilteredScan({fetchUpstream, keep: multipleOf7, upstreamPageSize: 40, maxMatches: 10_000});
			const page = await scan.page(1, 100, never);
			assert.equal(page.total, 18, 'multiples of 7 below 120');
			assert.equal(page.rows.length, 18);
			// 120 rows are exactly 3 pages: a claimed total ends the scan there, without one an empty 4th page does.
			assert.equal(requests.length, claim ? 3 : 4);
		}
	});

	it('an empty list, or no match at all, is a count of 0', async () => {
		const scan = new FilteredScan({fetchUpstream: upstream(30).fetchUpstream, keep: () => false, upstreamPageSize: 10, maxMatches: 5});
		assert.deepEqual(await scan.page(1, 10, never), {rows: [], total: 0});
	});

	it('stops at maxMatches: the list ends there', async () => {
		const {fetchUpstream, requests} = upstream(100_000);
		const scan = new FilteredScan({fetchUpstream, keep: () => true, upstreamPageSize: 250, maxMatches: 600});
		const last = await scan.page(7, 100, never);
		assert.deepEqual(last, {rows: [], total: 600});
		assert.equal(requests.length, 3, '600 rows in 250-row pages');
		assert.deepEqual((await scan.page(6, 100, never)).rows.at(-1), 599);
	});

	it('pages asked for together share one upstream request at a time', async () => {
		const {fetchUpstream, requests} = upstream(1000, {hold: true});
		const scan = new FilteredScan({fetchUpstream, keep: multipleOf7, upstreamPageSize: 100, maxMatches: 10_000});
		const first = scan.page(1, 10, never);
		const second = scan.page(2, 10, never);
		await Promise.resolve();
		assert.equal(requests.length, 1);
		requests[0]!.answer();
		assert.deepEqual((await first).rows.at(-1), 63);
		await new Promise(resolve => setImmediate(resolve));
		assert.equal(requests.length, 2, 'page 2 needs rows past the first 100');
		requests[1]!.answer();
		assert.deepEqual((await second).rows[0], 70);
	});

	it('a failed upstream page fails the pages waiting for it; asked again, it reads that page again', async () => {
		const {fetchUpstream, requests} = upstream(1000, {hold: true});
		const scan = new FilteredScan({fetchUpstream, keep: multipleOf7, upstreamPageSize: 100, maxMatches: 10_000});
		const failing = scan.page(1, 10, never);
		await Promise.resolve();
		requests[0]!.fail(new Error('503'));
		await assert.rejects(failing, /503/);
		const retried = scan.page(1, 10, never);
		await Promise.resolve();
		assert.deepEqual(
			requests.map(r => r.pageNumber),
			[1, 1],
		);
		requests[1]!.answer();
		assert.equal((await retried).rows.length, 10);
	});

	it('when the last page waiting is aborted, the upstream request is aborted too, and a later page reads on', async () => {
		const {fetchUpstream, requests} = upstream(1000, {hold: true});
		const scan = new FilteredScan({fetchUpstream, keep: multipleOf7, upstreamPageSize: 100, maxMatches: 10_000});
		const controller = new AbortController();
		const waiting = scan.page(1, 10, controller.signal);
		await Promise.resolve();
		controller.abort();
		await assert.rejects(waiting, {name: 'AbortError'});
		assert.equal(requests[0]!.signal.aborted, true, 'nobody waits: the upstream request goes');
		const again = scan.page(1, 10, never);
		await Promise.resolve();
		assert.equal(requests.length, 2);
		assert.equal(requests[1]!.pageNumber, 1, 'the aborted page is read again');
		requests[1]!.answer();
		assert.equal((await again).rows.length, 10);
	});

	it('a page aborted while another still waits leaves the upstream request to it', async () => {
		const {fetchUpstream, requests} = upstream(1000, {hold: true});
		const scan = new FilteredScan({fetchUpstream, keep: multipleOf7, upstreamPageSize: 100, maxMatches: 10_000});
		const controller = new AbortController();
		const leaving = scan.page(1, 10, controller.signal);
		const staying = scan.page(1, 10, never);
		await Promise.resolve();
		controller.abort();
		await assert.rejects(leaving, {name: 'AbortError'});
		assert.equal(requests[0]!.signal.aborted, false);
		requests[0]!.answer();
		assert.equal((await staying).rows.length, 10);
	});
});
