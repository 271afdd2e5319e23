// One action over many records: each request sent once, a few at a time, never retried on its own. A 429 slows
// the rest (half as many at once, and a pause for its Retry-After) and counts as a failure the person may retry.
// Stopping sends nothing new; what was in flight still answers. Plain TypeScript: the screen renders its progress.
import {isApiError} from '../api/errors.js';
import {isOutcomeUnknown} from './send-machine.js';

export type BulkResult<T> = {item: T; status: 'done'} | {item: T; status: 'failed' | 'unknown'; error: unknown};

export type BulkProgress = {done: number; failed: number; unknown: number; remaining: number; inFlight: number; stopped: boolean};

export type BulkReport<T> = {results: Array<BulkResult<T>>; unsent: T[]; progress: BulkProgress};

export type BulkRun<T> = {stop: () => void; finished: Promise<BulkReport<T>>};

export const BULK_CONCURRENCY = 4;
// When a 429 gives no Retry-After.
const RATE_LIMIT_PAUSE_MS = 1000;

export function runBulk<T>(
	items: readonly T[],
	send: (item: T) => Promise<unknown>,
	{
		concurrency = BULK_CONCURRENCY,
		onResult,
		sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)),
	}: {concurrency?: number; onResult?: (result: BulkResult<T>, progress: BulkProgress) => void; sleep?: (ms: number) => Promise<void>} = {},
): BulkRun<T> {
	const results: Array<BulkResult<T>> = [];
	let next = 0;
	let inFlight = 0;
	let stopped = false;
	let allowed = Math.max(1, Math.floor(concurrency));
	let pause: Promise<void> | undefined;

	const progress = (): BulkProgress => ({
		done: results.filter(result => result.status === 'done').length,
		failed: results.filter(result => result.status === 'failed').length,
		unknown: results.filter(result => result.status === 'unknown').length,
		remaining: items.length - next,
		inFlight,
		stopped,
	});

	const settle = (result: BulkResult<T>) => {
		results.push(result);
		onResult?.(result, progress());
	};

	const worker = async (slot: number): Promise<void> => {
		while (!stopped && next < items.length) {
			if (pause) await pause;
			// Slowed down by a 429: the slots above the allowance stop taking work.
			if (slot >= allowed || stopped || next >= items.length) return;
			const item = items[next++]!;
			inFlight++;
			try {
				await send(item);
				inFlight--;
				settle({item, status: 'done'});
			} catch (error) {
				inFlight--;
				if (isApiError(error) && error.status === 429) {
					allowed = Math.max(1, Math.floor(allowed / 2));
					pause ??= sleep(error.retryAfterMs ?? RATE_LIMIT_PAUSE_MS).then(() => {
						pause = undefined;
					});
				}
				settle({item, status: isOutcomeUnknown(error) && !(isApiError(error) && error.status === 429) ? 'unknown' : 'failed', error});
			}
		}
	};

	const workers = Array.from({length: Math.min(allowed, items.length)}, (_, slot) => worker(slot));
	const finished = Promise.all(workers).then(() => ({results, unsent: items.slice(next), progress: progress()}));
	return {
		stop() {
			stopped = true;
		},
		finished,
	};
}
