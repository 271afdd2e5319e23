// How many pages an export keeps in flight: up to `max`, halved on a 429 (once per wait the server asked for, however
// many requests in flight met the same limit), grown again by one after a window's worth of pages came back without
// one, as TCP recovers from congestion. Pure: the clock is passed in.

export type FetchWindow = {
	/** Pages that may be in flight now. */
	size: number;
	max: number;
	/** No new request starts before this time (ms): the server's Retry-After. */
	pausedUntil: number;
	/** Pages answered since the last change of size. */
	answered: number;
};

export function createWindow(max: number): FetchWindow {
	return {size: max, max, pausedUntil: 0, answered: 0};
}

/** A 429 that asks for `waitMs` at `now`. */
export function rateLimited(window: FetchWindow, now: number, waitMs: number): FetchWindow {
	const fresh = now >= window.pausedUntil;
	return {
		...window,
		size: fresh ? Math.max(1, Math.floor(window.size / 2)) : window.size,
		pausedUntil: Math.max(window.pausedUntil, now + waitMs),
		answered: 0,
	};
}

export function pageAnswered(window: FetchWindow): FetchWindow {
	const answered = window.answered + 1;
	if (answered < window.size || window.size >= window.max) return {...window, answered};
	return {...window, size: window.size + 1, answered: 0};
}
