// When a watched screen reads its pending items again: soon after something changed, then less and less often
// while nothing does, and never sooner than a Retry-After or a 409 "still in progress" asks. Pure, so the backoff
// is tested without a clock.
export const WATCH_FIRST_MS = 5000;
export const WATCH_MAX_MS = 60_000;

export type WatchOutcome = {kind: 'changed'} | {kind: 'same'} | {kind: 'failed'; retryAfterMs?: number};

export function nextWatchDelay(currentMs: number, outcome: WatchOutcome): number {
	if (outcome.kind === 'changed') return WATCH_FIRST_MS;
	const backedOff = Math.min(WATCH_MAX_MS, currentMs * 2);
	if (outcome.kind === 'same') return backedOff;
	return Math.max(backedOff, Math.min(WATCH_MAX_MS * 5, outcome.retryAfterMs ?? 0));
}

/** The header's '↻ 5 s', '↻ 1 min'. */
export function watchLabel(delayMs: number): string {
	const seconds = Math.round(delayMs / 1000);
	return seconds < 60 ? `↻ ${seconds} s` : `↻ ${Math.round(seconds / 60)} min`;
}
