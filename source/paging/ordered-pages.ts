// The pages of a list, fetched several at a time and handed on in the API's order. Page 1 comes first, alone: its
// meta says how many pages there are. Then up to the window's size (fetch-window.ts) are in flight, never one further
// than the window past the next page to hand on, so what waits in the reorder buffer is bounded by the window, not by
// the list. A 429 halves the window and holds new requests for its Retry-After; the client retries the request itself
// (api/retry.ts: GETs only), and a page still answered 429 after those is asked again once the wait is over, at
// most RATE_LIMITED_ROUNDS times. Without a page count in the meta, pages are read one at a time until a short one.
import type {RequestOptions, RetryNotice} from '../api/client.js';
import {isApiError} from '../api/errors.js';
import type {ListResponse} from '../api/types.js';
import {createWindow, pageAnswered, rateLimited, type FetchWindow} from './fetch-window.js';
import {pause} from './pause.js';

export type FetchPage<Row> = (pageNumber: number, options: RequestOptions) => Promise<ListResponse<Row>>;

/** `lastPage`: how many pages will come, and `totalRows` how many rows the list has, when the first page's meta said. */
export type Page<Row> = {number: number; rows: Row[]; lastPage: number | undefined; totalRows: number | undefined};

export type PagesOptions = {
	pageSize: number;
	/** Pages in flight at most. */
	concurrency: number;
	/** No page past this one is asked for (a --limit); undefined: to the end. */
	maxPages?: number;
	signal: AbortSignal;
};

const RATE_LIMITED_ROUNDS = 3;
// When a 429 came without a Retry-After the client could read.
const DEFAULT_WAIT_MS = 1000;

const isRateLimitNotice = (notice: RetryNotice) => notice.reason === 'HTTP 429';

/** Yields the pages in order; ends early, without an error, once `options.signal` aborts. */
export async function* orderedPages<Row>(fetchPage: FetchPage<Row>, options: PagesOptions): AsyncGenerator<Page<Row>> {
	const stop = new AbortController();
	const abort = () => stop.abort();
	options.signal.addEventListener('abort', abort, {once: true});
	let window: FetchWindow = createWindow(options.concurrency);
	let wake: (() => void) | undefined;
	const changed = () => {
		wake?.();
		wake = undefined;
	};
	stop.signal.addEventListener('abort', changed, {once: true});

	const onRetry = (notice: RetryNotice) => {
		if (isRateLimitNotice(notice)) window = rateLimited(window, Date.now(), notice.delayMs);
	};
	const fetchOne = async (pageNumber: number): Promise<ListResponse<Row>> => {
		for (let round = 0; ; round++) {
			try {
				const page = await fetchPage(pageNumber, {signal: stop.signal, onRetry});
				window = pageAnswered(window);
				return page;
			} catch (error) {
				if (!(isApiError(error) && error.status === 429) || round >= RATE_LIMITED_ROUNDS || stop.signal.aborted) throw error;
				window = rateLimited(window, Date.now(), error.retryAfterMs ?? DEFAULT_WAIT_MS);
				await pause(window.pausedUntil - Date.now(), stop.signal);
			}
		}
	};

	// The requests in flight, each settled (never rejected) once answered or cancelled.
	const running = new Set<Promise<void>>();
	try {
		const first = await fetchOne(1);
		const total = first.meta.total_pages;
		const lastPage = total === undefined ? undefined : Math.max(1, Math.min(total, options.maxPages ?? total));
		const totalRows = first.meta.total_results;
		yield {number: 1, rows: first.data, lastPage, totalRows};
		if (lastPage === undefined) {
			let previous = first.data;
			for (let number = 2; previous.length >= options.pageSize && number <= (options.maxPages ?? Infinity); number++) {
				if (stop.signal.aborted) return;
				previous = (await fetchOne(number)).data;
				yield {number, rows: previous, lastPage, totalRows};
			}
			return;
		}

		const buffered = new Map<number, Row[]>();
		let failure: {error: unknown} | undefined;
		let nextToAsk = 2;
		let nextToYield = 2;
		const ask = (number: number) => {
			const settled = fetchOne(number)
				.then(
					page => void buffered.set(number, page.data),
					(error: unknown) => void (failure ??= {error}),
				)
				.finally(() => {
					running.delete(settled);
					changed();
				});
			running.add(settled);
		};
		while (nextToYield <= lastPage) {
			if (stop.signal.aborted) return;
			if (failure) throw failure.error;
			const rows = buffered.get(nextToYield);
			if (rows) {
				buffered.delete(nextToYield);
				yield {number: nextToYield++, rows, lastPage, totalRows};
				continue;
			}
			const now = Date.now();
			while (nextToAsk <= lastPage && now >= window.pausedUntil && running.size < window.size && nextToAsk - nextToYield < window.size) {
				ask(nextToAsk++);
			}
			const woken = new Promise<void>(resolve => (wake = resolve));
			// Held by a Retry-After with nothing in flight to wake the loop: the end of the wait does.
			await (running.size === 0 && window.pausedUntil > now ? Promise.race([woken, pause(window.pausedUntil - now, stop.signal)]) : woken);
		}
	} finally {
		options.signal.removeEventListener('abort', abort);
		// An early end (a --limit reached, an error, Ctrl+C) cancels what is still in flight, and waits for it to end.
		stop.abort();
		await Promise.allSettled(running);
	}
}
