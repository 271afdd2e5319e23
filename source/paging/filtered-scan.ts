// A list filtered by something its API cannot filter on (the connections that use a profile): the upstream
// pages are read in order, one at a time, and only the rows `keep` accepts are held. Page N of the filtered
// list answers once N pages of matches are found or the upstream has run out, so the first screen shows as
// soon as it is full, and the rest is read only as the cursor goes down. Pure TS with an injected fetcher.
import type {FetchedPage, PageFetcher} from './page-cache.js';

export type FilteredScanOptions<T> = {
	fetchUpstream: PageFetcher<T>;
	keep: (row: T) => boolean;
	/** Rows per upstream request: the API's largest page, so a scan takes as few requests as it can. */
	upstreamPageSize: number;
	/**
	 * Matches held at most: the page cache keeps a few pages, but a scan must keep every match it found (the
	 * upstream cannot be asked for "the 5,000th match"), so the list ends here rather than grow without bound.
	 */
	maxMatches: number;
};

export class FilteredScan<T> {
	readonly #options: FilteredScanOptions<T>;
	#matches: T[] = [];
	#nextUpstream = 1;
	#done = false;
	/** The upstream request in flight, shared by every page waiting for it. */
	#running: Promise<void> | undefined;
	#controller = new AbortController();
	#waiting = 0;

	constructor(options: FilteredScanOptions<T>) {
		this.#options = options;
	}

	/** Page `pageNumber` of the matches; `total` is known once the upstream has run out. */
	async page(pageNumber: number, pageSize: number, signal: AbortSignal): Promise<FetchedPage<T>> {
		const wanted = pageNumber * pageSize;
		this.#waiting++;
		try {
			while (!this.#done && this.#matches.length < wanted) await untilAborted(this.#step(), signal);
		} finally {
			this.#waiting--;
			// Nobody waits any more (the list was left, or scrolled away): the upstream request goes too.
			if (this.#waiting === 0 && signal.aborted) this.stop();
		}
		return {rows: this.#matches.slice(wanted - pageSize, wanted), total: this.#done ? this.#matches.length : undefined};
	}

	/** Aborts the upstream request in flight; a later page asks again from where the scan stopped. */
	stop(): void {
		this.#controller.abort();
		this.#controller = new AbortController();
		this.#running = undefined;
	}

	#step(): Promise<void> {
		if (this.#running) return this.#running;
		const run = this.#readNext(this.#controller.signal);
		this.#running = run;
		const clear = () => {
			if (this.#running === run) this.#running = undefined;
		};
		run.then(clear, clear);
		return run;
	}

	async #readNext(signal: AbortSignal): Promise<void> {
		const {fetchUpstream, keep, upstreamPageSize, maxMatches} = this.#options;
		const pageNumber = this.#nextUpstream;
		const {rows, total} = await fetchUpstream(pageNumber, upstreamPageSize, signal);
		// An answer to a stopped scan is dropped: the next step reads the same page again.
		if (signal.aborted || pageNumber !== this.#nextUpstream) return;
		const read = Array.isArray(rows) ? rows : [];
		for (const row of read) if (keep(row)) this.#matches.push(row);
		this.#nextUpstream++;
		// Rows outrank words, as in the page cache: a short page ends the list whatever the total claims.
		const claimedEnd = total !== undefined && Number.isSafeInteger(total) && pageNumber * upstreamPageSize >= total;
		if (read.length < upstreamPageSize || claimedEnd || this.#matches.length >= maxMatches) {
			this.#done = true;
			this.#matches.length = Math.min(this.#matches.length, maxMatches);
		}
	}
}

/** `work`, or the abort of `signal`, whichever comes first; the work itself goes on for the others waiting on it. */
function untilAborted(work: Promise<void>, signal: AbortSignal): Promise<void> {
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise((resolve, reject) => {
		const onAbort = () => reject(signal.reason);
		signal.addEventListener('abort', onAbort, {once: true});
		work.then(
			() => {
				signal.removeEventListener('abort', onAbort);
				resolve();
			},
			(error: unknown) => {
				signal.removeEventListener('abort', onAbort);
				reject(error);
			},
		);
	});
}
