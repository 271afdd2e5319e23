import type {TelnyxError} from './types.js';

/**
 * 'redirect': a 3xx that ec-tui did not follow (any for a POST, another origin's for a GET). 'invalid-id': an id
 * that the contract would not produce, refused before any request was made (source/api/routes.ts). 'read-only': a
 * mutation refused in read-only mode, and 'journal': one whose journal line could not be written; neither was sent.
 */
export type ApiErrorKind = 'http' | 'redirect' | 'network' | 'timeout' | 'malformed' | 'aborted' | 'invalid-id' | 'read-only' | 'journal';

export type ApiErrorInit = {
	kind: ApiErrorKind;
	message: string;
	status?: number;
	errors?: TelnyxError[];
	retryAfterMs?: number;
};

/** The request an error answers, as a command's error line names it: `GET /v2/external_connections` (no query). */
export type FailedRequest = {method: string; path: string};

/**
 * The only error the API client throws. It carries copies of plain values, never got's error,
 * request or options objects: those hold the Authorization header.
 */
export class ApiError extends Error {
	override name = 'ApiError';
	readonly kind: ApiErrorKind;
	readonly status?: number;
	/** Telnyx `errors[]` of the response body; empty when there was none. */
	readonly errors: TelnyxError[];
	/** Whether trying the same request again later may succeed: network, timeout, 408, 429, 5xx. */
	readonly retryable: boolean;
	/** How long the server asked to wait (its Retry-After), for a caller that did not retry, such as the name queue. */
	readonly retryAfterMs?: number;
	/** Set by the client once the request was built: an id refused before that has none. */
	request?: FailedRequest;

	constructor(init: ApiErrorInit) {
		super(init.message);
		this.kind = init.kind;
		this.status = init.status;
		this.errors = init.errors ?? [];
		this.retryable = isRetryableKind(init.kind, init.status);
		if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
	}
}

/** Kinds of error raised before anything was sent: whatever they say, nothing happened at the server. */
export function isNotSent(kind: string): boolean {
	return kind === 'invalid-id' || kind === 'read-only' || kind === 'journal';
}

export function isApiError(error: unknown): error is ApiError {
	return error instanceof ApiError;
}

function isRetryableKind(kind: ApiErrorKind, status: number | undefined): boolean {
	if (kind === 'network' || kind === 'timeout') return true;
	if (kind !== 'http' || status === undefined) return false;
	return status === 408 || status === 429 || status >= 500;
}

/** The message less a leading status, for a view whose heading already shows it ('Error 500' + 'Internal Server Error'). */
export function messageAfterStatus(error: ApiError): string {
	const prefix = `${error.status} `;
	return error.status !== undefined && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
