import {createContext, useContext, useEffect, useRef, useState} from 'react';
import {isApiError} from '../api/errors.js';
import {nextWatchDelay, WATCH_FIRST_MS, type WatchOutcome} from '../data/watch-schedule.js';
import {useKeyDispatcher} from '../input/input-provider.js';

/** Whether a screen starts watching (--no-watch: no); its w key turns the watch on and off. */
export const WatchByDefault = createContext(true);

export const useWatchByDefault = (): boolean => useContext(WatchByDefault);

// A key within this long holds the next read back: a held key (or a burst of typing) is never raced by a poll.
const KEY_QUIET_MS = 1000;

/**
 * Reads a screen's pending items again on their own while `enabled`: one read at a time, the next scheduled after
 * the last answered (backing off while nothing changes, honouring Retry-After), none while keys arrive, and none
 * once the screen goes or nothing is pending. Returns the delay before the next read, for the header.
 */
export function useWatch(enabled: boolean, read: (signal: AbortSignal) => Promise<'changed' | 'same'>): number | undefined {
	const keys = useKeyDispatcher();
	const [delayMs, setDelayMs] = useState(WATCH_FIRST_MS);
	const latestRead = useRef(read);
	useEffect(() => {
		latestRead.current = read;
	});

	useEffect(() => {
		if (!enabled) return;
		const controller = new AbortController();
		let timer: ReturnType<typeof setTimeout> | undefined;
		let delay = WATCH_FIRST_MS;
		const schedule = (ms: number) => {
			timer = setTimeout(tick, ms);
		};
		const tick = () => {
			const sinceKey = performance.now() - keys.lastKeyAt();
			if (sinceKey < KEY_QUIET_MS) return schedule(KEY_QUIET_MS - sinceKey);
			latestRead.current(controller.signal).then(
				outcome => settle({kind: outcome}),
				(error: unknown) =>
					settle({kind: 'failed', ...(isApiError(error) && error.retryAfterMs !== undefined && {retryAfterMs: error.retryAfterMs})}),
			);
		};
		const settle = (outcome: WatchOutcome) => {
			if (controller.signal.aborted) return;
			delay = nextWatchDelay(delay, outcome);
			setDelayMs(delay);
			schedule(delay);
		};
		setDelayMs(delay);
		schedule(delay);
		return () => {
			controller.abort();
			clearTimeout(timer);
		};
	}, [enabled, keys]);

	return enabled ? delayMs : undefined;
}
