import {HTTPError, TimeoutError, type RequestError} from 'got';

// Idempotent reads only: a create sent twice would make two connections.
export const RETRY_METHODS = ['GET'] as const;
export const RETRY_STATUS_CODES = [408, 429, 500, 502, 503, 504];
// 'socket hang up' arrives as ECONNRESET.
export const RETRY_ERROR_CODES = ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE'];

export type RetryPolicy = {baseMs: number; maxRetryAfterMs: number};

/**
 * Delay before retry number `attempt` (1-based): the server's Retry-After when it sent one, capped so
 * a large value cannot freeze the UI, else exponential backoff (base, 2×base, 4×base…) with ±25 % jitter
 * so many clients do not retry in step. Never 0: got reads 0 as "do not retry".
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, policy: RetryPolicy): number {
	if (retryAfterMs !== undefined && retryAfterMs > 0) return Math.max(1, Math.min(retryAfterMs, policy.maxRetryAfterMs));
	const exponential = policy.baseMs * 2 ** (attempt - 1);
	return Math.max(1, Math.round(exponential * (0.75 + Math.random() * 0.5)));
}

/** A short human reason for a retry notice, e.g. 'HTTP 503', 'timed out', 'ECONNRESET'. */
export function retryReason(error: RequestError): string {
	if (error instanceof HTTPError) return `HTTP ${error.response.statusCode}`;
	if (error instanceof TimeoutError) return 'timed out';
	return error.code;
}

// The longest wait a server is taken at its word for: `1e300` seconds would make every time shown from it NaN.
export const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/**
 * A Retry-After header (seconds, or an HTTP date) as milliseconds from `now`, at most MAX_RETRY_AFTER_MS;
 * undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
	if (header === undefined || header.trim() === '') return undefined;
	// Digits too many for a number are still a wait in seconds: the longest there is.
	const seconds = /^\s*\d+\s*$/.test(header) ? Math.min(Number(header), MAX_RETRY_AFTER_MS / 1000) : Number(header);
	if (Number.isFinite(seconds)) return seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
	const at = Date.parse(header);
	return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}
