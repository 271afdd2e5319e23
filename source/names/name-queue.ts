// Which connection names to ask for, and when: the rows on screen, at once for the first screen, then only once
// the cursor has rested, a few requests at a time, pausing when the server says it is rate limiting.
// Pure TS with an injected fetcher and clock, so the scheduling is tested without HTTP, Ink or real time.
import {LruCache} from './lru-cache.js';

/** `name`: connection_name as the server sent it, of whatever type; the view checks it. */
export type NameOutcome = {kind: 'name'; name: unknown} | {kind: 'failed'} | {kind: 'rate-limited'; retryAfterMs: number | undefined};

export type NameFetcher = (id: string, signal: AbortSignal) => Promise<NameOutcome>;

export type Clock = {
	now(): number;
	setTimeout(run: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
};

/** What the list knows of a row's name; undefined while it has not arrived. */
export type NameEntry = {status: 'loaded'; name: unknown} | {status: 'failed'};

export type NameQueueOptions = {
	fetchName: NameFetcher;
	clock?: Clock;
	/** Quiet time after the last move before names are asked for; keys of a held key come faster. */
	restMs?: number;
	maxInFlight?: number;
	/** Names kept for the session. */
	capacity?: number;
	/** The wait after a 429 that did not say how long. */
	defaultRetryAfterMs?: number;
	/** The longest wait a Retry-After can impose, so a wrong header cannot switch names off for the session. */
	maxRetryAfterMs?: number;
	onChange?: () => void;
};

const SYSTEM_CLOCK: Clock = {
	now: () => Date.now(),
	setTimeout: (run, ms) => setTimeout(run, ms),
	clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout),
};

export class NameQueue {
	private readonly fetchName: NameFetcher;
	private readonly clock: Clock;
	private readonly restMs: number;
	private readonly maxInFlight: number;
	private readonly defaultRetryAfterMs: number;
	private readonly maxRetryAfterMs: number;
	private readonly onChange: (() => void) | undefined;
	private readonly names: LruCache<string, NameEntry>;
	private readonly inFlight = new Map<string, AbortController>();
	private wanted: readonly string[] = [];
	private shownKey: string | undefined;
	private resting = true;
	private moves = 0;
	private restTimer: unknown;
	private pausedUntil = 0;
	private pauseTimer: unknown;
	private started = 0;
	private disposed = false;

	constructor(options: NameQueueOptions) {
		this.fetchName = options.fetchName;
		this.clock = options.clock ?? SYSTEM_CLOCK;
		this.restMs = options.restMs ?? 150;
		this.maxInFlight = Math.max(1, options.maxInFlight ?? 4);
		this.defaultRetryAfterMs = options.defaultRetryAfterMs ?? 1000;
		this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
		this.onChange = options.onChange;
		this.names = new LruCache(options.capacity ?? 5000);
	}

	/** Requests started since the queue was made, for tests and the bench. */
	get requestsStarted(): number {
		return this.started;
	}

	get requestsInFlight(): number {
		return this.inFlight.size;
	}

	lookup(id: string): NameEntry | undefined {
		return this.names.get(id);
	}

	/**
	 * The rows on screen and the cursor, on every render. The first screen after a reset is asked for at once;
	 * after that any change (a key moved the cursor or scrolled) waits until nothing has changed for restMs.
	 */
	show(ids: readonly string[], cursor: number): void {
		if (this.disposed) return;
		const key = `${cursor} ${ids.join(' ')}`;
		if (key === this.shownKey) return;
		const first = this.shownKey === undefined || this.wanted.length === 0;
		this.shownKey = key;
		this.wanted = ids;
		if (first && ids.length > 0) this.pump();
		else this.moved();
	}

	/**
	 * A key moved the cursor: names wait until restMs pass without another. Called from the key handler too,
	 * so a key counts from the moment it is read, before it is rendered.
	 */
	moved(): void {
		if (this.disposed) return;
		this.moves++;
		this.resting = false;
		this.clock.clearTimeout(this.restTimer);
		this.restTimer = this.clock.setTimeout(() => {
			// Timers run before pending input is read: after a busy moment the rest timer can fire with keys still
			// waiting. One more turn lets them be read first, and any of them cancels the rest.
			const seen = this.moves;
			this.restTimer = this.clock.setTimeout(() => {
				if (this.moves !== seen) return;
				this.resting = true;
				this.pump();
			}, 0);
		}, this.restMs);
	}

	/** A new list generation (r): names are asked for again, starting with the screen then shown. */
	reset(): void {
		this.abortAll();
		this.names.clear();
		this.wanted = [];
		this.shownKey = undefined;
		this.resting = true;
		this.clock.clearTimeout(this.restTimer);
		this.clock.clearTimeout(this.pauseTimer);
		this.pausedUntil = 0;
		this.onChange?.();
	}

	dispose(): void {
		this.abortAll();
		this.clock.clearTimeout(this.restTimer);
		this.clock.clearTimeout(this.pauseTimer);
		this.disposed = true;
	}

	private pump(): void {
		if (this.disposed || !this.resting || this.clock.now() < this.pausedUntil) return;
		for (const id of this.wanted) {
			if (this.inFlight.size >= this.maxInFlight) return;
			if (!this.inFlight.has(id) && !this.names.has(id)) this.start(id);
		}
	}

	private start(id: string): void {
		const controller = new AbortController();
		this.inFlight.set(id, controller);
		this.started++;
		let request: Promise<NameOutcome>;
		try {
			request = this.fetchName(id, controller.signal);
		} catch {
			request = Promise.resolve({kind: 'failed'});
		}
		request
			.catch((): NameOutcome => ({kind: 'failed'}))
			.then(outcome => {
				// Aborted by a reset or dispose: the answer belongs to a list no longer shown.
				if (controller.signal.aborted || this.disposed) return;
				this.inFlight.delete(id);
				if (outcome.kind === 'rate-limited') this.pause(outcome.retryAfterMs);
				else this.names.set(id, outcome.kind === 'name' ? {status: 'loaded', name: outcome.name} : {status: 'failed'});
				this.onChange?.();
				this.pump();
			});
	}

	// The row that met the 429 stays unasked, so it is asked for again when the pause ends.
	private pause(retryAfterMs: number | undefined): void {
		const waitMs = Math.min(Math.max(0, retryAfterMs ?? this.defaultRetryAfterMs), this.maxRetryAfterMs);
		this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + waitMs);
		this.clock.clearTimeout(this.pauseTimer);
		// The timer ends the pause itself: it can fire a millisecond before the wall clock says the pause is over,
		// and a pump that found the queue still paused would leave these rows unasked for good.
		this.pauseTimer = this.clock.setTimeout(() => {
			this.pausedUntil = 0;
			this.pump();
		}, this.pausedUntil - this.clock.now());
	}

	private abortAll(): void {
		for (const controller of this.inFlight.values()) controller.abort();
		this.inFlight.clear();
	}
}
