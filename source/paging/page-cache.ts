// A lazy, sparse, random-access cache of list pages: it fetches only the pages the screen needs,
// keeps a bounded number of them, and drops every response that no longer matches what it asked for.
// Pure TS with an injected fetcher, so the paging logic is tested without HTTP or Ink.

/** `total`: what the server claims, or undefined when it did not say; the cache checks it against the rows. */
export type FetchedPage<T> = {rows: T[]; total: number | undefined};

export type PageFetcher<T> = (pageNumber: number, pageSize: number, signal: AbortSignal) => Promise<FetchedPage<T>>;

export type PageCacheOptions<T> = {
	pageSize: number;
	fetchPage: PageFetcher<T>;
	/** Pages kept (loaded, loading or failed) beyond those the view needs; default 8. */
	maxResidentPages?: number;
	/** Rows beyond either edge of the view whose pages are fetched ahead; default min(pageSize, 50). */
	prefetchRows?: number;
	onChange?: () => void;
};

export type PageStatus = 'absent' | 'loading' | 'loaded' | 'error';

/** 'missing': its page came back without it, so only a reload can bring it. */
export type RowState = 'loaded' | 'loading' | 'missing' | 'failed';

/** What the header can say of the count: still coming, known, or not coming until a retry. */
export type TotalState = 'loading' | 'known' | 'failed';

/** More connections than any account holds: a claim past it is not a count (page numbers would be absurd). */
export const MAX_PLAUSIBLE_TOTAL = 1_000_000_000;

type Entry<T> = {status: 'loading'; controller: AbortController} | {status: 'loaded'; rows: T[]} | {status: 'error'; error: unknown};

type View = {firstRow: number; lastRow: number};

const DEFAULT_MAX_RESIDENT_PAGES = 8;

export class PageCache<T> {
	readonly pageSize: number;
	private readonly fetchPage: PageFetcher<T>;
	private readonly maxResidentPages: number;
	private readonly prefetchRows: number;
	private readonly onChange: (() => void) | undefined;
	private pages = new Map<number, Entry<T>>();
	private view: View | undefined;
	private knownTotal: number | undefined;
	/** Sequence of the request whose answer set knownTotal: an older answer arriving late does not override it. */
	private totalFrom = 0;
	private requests = 0;
	private changes = 0;
	private disposed = false;

	constructor(options: PageCacheOptions<T>) {
		if (!Number.isInteger(options.pageSize) || options.pageSize < 1) {
			throw new RangeError(`pageSize must be a positive integer, got ${options.pageSize}`);
		}
		this.pageSize = options.pageSize;
		this.fetchPage = options.fetchPage;
		this.maxResidentPages = Math.max(1, Math.floor(options.maxResidentPages ?? DEFAULT_MAX_RESIDENT_PAGES));
		this.prefetchRows = Math.max(0, Math.floor(options.prefetchRows ?? Math.min(options.pageSize, 50)));
		this.onChange = options.onChange;
	}

	get total(): number | undefined {
		return this.knownTotal;
	}

	/** The failure of a page still held; derived, so one page loading cannot hide another's failure. */
	get totalState(): TotalState {
		if (this.knownTotal !== undefined) return 'known';
		return this.inFlight === 0 && this.lastError !== undefined ? 'failed' : 'loading';
	}

	get lastError(): unknown {
		let failure: unknown;
		for (const entry of this.pages.values()) if (entry.status === 'error') failure = entry.error;
		return failure;
	}

	get version(): number {
		return this.changes;
	}

	get inFlight(): number {
		let count = 0;
		for (const entry of this.pages.values()) if (entry.status === 'loading') count++;
		return count;
	}

	rowAt(index: number): T | undefined {
		if (!Number.isInteger(index) || index < 0) return undefined;
		if (this.knownTotal !== undefined && index >= this.knownTotal) return undefined;
		const entry = this.pages.get(this.pageOf(index));
		return entry?.status === 'loaded' ? entry.rows[index % this.pageSize] : undefined;
	}

	rowState(index: number): RowState {
		if (!Number.isInteger(index) || index < 0) return 'missing';
		if (this.knownTotal !== undefined && index >= this.knownTotal) return 'missing';
		const entry = this.pages.get(this.pageOf(index));
		if (entry?.status === 'error') return 'failed';
		if (entry?.status !== 'loaded') return 'loading';
		return index % this.pageSize < entry.rows.length ? 'loaded' : 'missing';
	}

	pageStatus(pageNumber: number): PageStatus {
		return this.pages.get(pageNumber)?.status ?? 'absent';
	}

	setView(firstRow: number, lastRow: number): void {
		if (this.disposed) return;
		const first = Math.max(0, Math.floor(Math.min(firstRow, lastRow)));
		const last = Math.max(first, Math.floor(Math.max(firstRow, lastRow)));
		this.view = {firstRow: first, lastRow: last};
		if (this.plan()) this.changed();
	}

	retry(): void {
		if (this.disposed) return;
		// Failed pages become absent again: those in view are fetched now, the others when scrolled to.
		let changed = false;
		for (const [pageNumber, entry] of this.pages) {
			if (entry.status === 'error') {
				this.pages.delete(pageNumber);
				changed = true;
			}
		}
		if (this.plan() || changed) this.changed();
	}

	/** The index of the first loaded row `matches` accepts, looking only at the pages held. */
	findRow(matches: (row: T) => boolean): number | undefined {
		for (const [pageNumber, entry] of this.pages) {
			if (entry.status !== 'loaded') continue;
			const offset = entry.rows.findIndex(matches);
			if (offset >= 0) return (pageNumber - 1) * this.pageSize + offset;
		}
		return undefined;
	}

	/** Every loaded row held, at most the resident pages' worth. */
	heldRows(): T[] {
		return [...this.pages.values()].flatMap(entry => (entry.status === 'loaded' ? entry.rows : []));
	}

	/** Puts `row` where row `index` was (an edit's answer); false when that row is not held. */
	replaceRow(index: number, row: T): boolean {
		const pageNumber = this.pageOf(index);
		const entry = this.pages.get(pageNumber);
		if (this.disposed || entry?.status !== 'loaded' || index % this.pageSize >= entry.rows.length) return false;
		const rows = entry.rows.slice();
		rows[index % this.pageSize] = row;
		this.pages.set(pageNumber, {status: 'loaded', rows});
		this.changed();
		return true;
	}

	/**
	 * Takes row `index` out (a delete's answer): the count drops by one and every held row after it moves up
	 * one place, each page taking the first row of the next. A page whose new last row is not held (the next
	 * page is absent, loading or failed) is dropped, and so is a request in flight at or after the row (its
	 * answer may be from either side of the delete): the ones in view are fetched again, nothing else.
	 * `index` undefined: the row is not held, so where the shift starts is unknown and every page is dropped.
	 */
	removeRow(index: number | undefined): void {
		if (this.disposed || this.knownTotal === undefined || this.knownTotal === 0) return;
		if (index !== undefined && (!Number.isInteger(index) || index < 0 || index >= this.knownTotal)) return;
		this.knownTotal -= 1;
		// Answers to requests sent before the delete may count the row still: only later ones may set the count.
		this.totalFrom = this.requests;
		const first = index === undefined ? 1 : this.pageOf(index);
		const affected = [...this.pages.keys()].filter(pageNumber => pageNumber >= first).sort((a, b) => a - b);
		const before = new Map(this.pages);
		for (const pageNumber of affected) {
			const entry = before.get(pageNumber)!;
			if (entry.status === 'error') continue;
			const next = before.get(pageNumber + 1);
			const expected = Math.max(0, Math.min(this.pageSize, this.knownTotal - (pageNumber - 1) * this.pageSize));
			if (entry.status === 'loading' || index === undefined) {
				if (entry.status === 'loading') entry.controller.abort();
				this.pages.delete(pageNumber);
				continue;
			}
			const rows = entry.rows.slice();
			if (pageNumber === first) rows.splice(index % this.pageSize, 1);
			else rows.shift();
			if (next?.status === 'loaded' && next.rows.length > 0 && rows.length < expected) rows.push(next.rows[0]!);
			if (rows.length < expected) this.pages.delete(pageNumber);
			else this.pages.set(pageNumber, {status: 'loaded', rows});
		}
		this.plan();
		this.changed();
	}

	reset(): void {
		if (this.disposed) return;
		this.abortAll();
		this.pages = new Map();
		this.knownTotal = undefined;
		this.totalFrom = 0;
		// The caller sets the view of the new generation; fetching for the old one would be wasted.
		this.view = undefined;
		this.changed();
	}

	dispose(): void {
		this.abortAll();
		this.pages = new Map();
		this.view = undefined;
		this.disposed = true;
	}

	/** Starts the fetches the view needs and evicts what it no longer needs; true when anything changed. */
	private plan(): boolean {
		if (!this.view) return false;
		const wanted = this.wantedPages(this.view);
		let changed = false;
		for (const pageNumber of wanted) {
			if (!this.pages.has(pageNumber)) {
				this.start(pageNumber);
				changed = true;
			}
		}
		return this.evict(wanted) || changed;
	}

	private wantedPages({firstRow, lastRow}: View): number[] {
		const total = this.knownTotal;
		// Until the first answer says how many rows exist, ask for one page only.
		if (total === undefined) return [this.pageOf(firstRow)];
		if (total === 0 || firstRow >= total) return [];
		const last = Math.min(lastRow, total - 1);
		const from = this.pageOf(Math.max(0, firstRow - this.prefetchRows));
		const to = this.pageOf(Math.min(total - 1, last + this.prefetchRows));
		const pages: number[] = [];
		for (let pageNumber = from; pageNumber <= to; pageNumber++) pages.push(pageNumber);
		return pages;
	}

	// Bounds memory: keeps every wanted page (a contiguous run), then the nearest others up to maxResidentPages in all.
	private evict(wanted: number[]): boolean {
		if (this.pages.size <= this.maxResidentPages) return false;
		const low = wanted[0] ?? 1;
		const high = wanted.at(-1) ?? low;
		const distance = (pageNumber: number) => (pageNumber < low ? low - pageNumber : pageNumber > high ? pageNumber - high : 0);
		const candidates = [...this.pages.keys()].filter(pageNumber => distance(pageNumber) > 0).sort((a, b) => distance(b) - distance(a));
		let changed = false;
		for (const pageNumber of candidates) {
			if (this.pages.size <= this.maxResidentPages) break;
			const entry = this.pages.get(pageNumber);
			if (entry?.status === 'loading') entry.controller.abort();
			this.pages.delete(pageNumber);
			changed = true;
		}
		return changed;
	}

	private start(pageNumber: number): void {
		const controller = new AbortController();
		const entry: Entry<T> = {status: 'loading', controller};
		const sequence = ++this.requests;
		this.pages.set(pageNumber, entry);
		// The entry object is the request's identity: once it is replaced or removed (evicted, reset), the answer is stale.
		const isCurrent = () => !this.disposed && this.pages.get(pageNumber) === entry && !controller.signal.aborted;
		let request: Promise<FetchedPage<T>>;
		try {
			request = this.fetchPage(pageNumber, this.pageSize, controller.signal);
		} catch (error) {
			request = Promise.reject(error);
		}
		request.then(
			page => {
				if (!isCurrent()) return;
				const rows = Array.isArray(page.rows) ? page.rows.slice(0, this.pageSize) : [];
				this.pages.set(pageNumber, {status: 'loaded', rows});
				if (sequence > this.totalFrom) {
					this.totalFrom = sequence;
					this.knownTotal = this.totalAfter(pageNumber, rows.length, page.total);
				}
				this.plan();
				this.changed();
			},
			(error: unknown) => {
				if (!isCurrent()) return;
				this.pages.set(pageNumber, {status: 'error', error});
				this.changed();
			},
		);
	}

	/**
	 * The count once page `pageNumber` came back with `count` rows and the server claimed `claimed`: the
	 * newest answer wins, but rows outrank words. A short page ends the list there; an empty one ends it
	 * before it; a claim that is not a plausible count, or that the rows contradict, counts as none, and
	 * then the count is what arrived plus one row, whose page is fetched when it comes into view.
	 */
	private totalAfter(pageNumber: number, count: number, claimed: number | undefined): number {
		const start = (pageNumber - 1) * this.pageSize;
		if (count > 0 && count < this.pageSize) return start + count;
		if (count === 0) return pageNumber === 1 ? 0 : (this.arrivedBelow(pageNumber) ?? start);
		const end = start + count;
		const plausible = claimed !== undefined && Number.isSafeInteger(claimed) && claimed >= end && claimed <= MAX_PLAUSIBLE_TOTAL;
		return plausible ? claimed : Math.max(end + 1, this.arrivedBelow(Number.POSITIVE_INFINITY) ?? 0);
	}

	/** The count the loaded pages before `pageNumber` show: the last one's end, plus a row when it is full and unknown pages follow it. */
	private arrivedBelow(pageNumber: number): number | undefined {
		let highest: number | undefined;
		for (const [number, entry] of this.pages) {
			if (entry.status === 'loaded' && number < pageNumber && entry.rows.length > 0 && (highest === undefined || number > highest))
				highest = number;
		}
		if (highest === undefined) return undefined;
		const entry = this.pages.get(highest) as {rows: T[]};
		const end = (highest - 1) * this.pageSize + entry.rows.length;
		return entry.rows.length === this.pageSize && highest < pageNumber - 1 ? end + 1 : end;
	}

	private abortAll(): void {
		for (const entry of this.pages.values()) if (entry.status === 'loading') entry.controller.abort();
	}

	private pageOf(rowIndex: number): number {
		return Math.floor(rowIndex / this.pageSize) + 1;
	}

	private changed(): void {
		this.changes++;
		if (!this.disposed) this.onChange?.();
	}
}
