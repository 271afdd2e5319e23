import {HTTPError, RequestError, TimeoutError} from 'got';
import {ApiError, type ApiErrorInit} from './errors.js';
import {describeHttpError, parseTelnyxErrors} from './telnyx-errors.js';
import {parseRetryAfter} from './retry.js';

export type ErrorContext = {
	host: string;
	apiKey: string;
	/** Per-event timeouts (ms) the client configured, to say which limit was hit. */
	timeouts: Record<'connect' | 'response' | 'request', number>;
	signal?: AbortSignal;
};

const NETWORK_REASONS: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset',
	EPIPE: 'connection closed while sending',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'DNS lookup failed',
	ENETUNREACH: 'network unreachable',
	EHOSTUNREACH: 'host unreachable',
};

/**
 * Turns any failure into an ApiError built from copied plain values only, with the API key scrubbed
 * from every string in case a server or library echoes it back.
 */
export function toApiError(error: unknown, context: ErrorContext): ApiError {
	if (error instanceof ApiError) return error;
	const init = classify(error, context);
	return new ApiError(redact(init, context.apiKey));
}

function classify(error: unknown, context: ErrorContext): ApiErrorInit {
	if (context.signal?.aborted || (error instanceof RequestError && error.code === 'ERR_ABORTED')) {
		return {kind: 'aborted', message: `The request to ${context.host} was cancelled`};
	}
	if (error instanceof HTTPError) {
		const {statusCode, body} = error.response;
		const errors = parseTelnyxErrors(typeof body === 'string' ? body : '');
		const retryAfterMs = parseRetryAfter(error.response.headers['retry-after'], Date.now());
		return {
			kind: 'http',
			status: statusCode,
			errors,
			message: describeHttpError(statusCode, errors),
			...(retryAfterMs !== undefined && {retryAfterMs}),
		};
	}
	if (error instanceof TimeoutError) {
		const limitMs = isTimeoutEvent(error.event) ? context.timeouts[error.event] : context.timeouts.request;
		return {kind: 'timeout', message: `The request to ${context.host} timed out after ${limitMs / 1000} s`};
	}
	return {kind: 'network', message: `Could not reach ${context.host}: ${networkReason(error)}`};
}

function networkReason(error: unknown): string {
	if (error instanceof RequestError) return NETWORK_REASONS[error.code] ?? error.message;
	return error instanceof Error ? error.message : String(error);
}

function isTimeoutEvent(event: string): event is keyof ErrorContext['timeouts'] {
	return event === 'connect' || event === 'response' || event === 'request';
}

function redact<T>(value: T, secret: string): T {
	if (secret === '') return value;
	if (typeof value === 'string') return value.replaceAll(secret, '[redacted]') as T;
	if (Array.isArray(value)) return value.map(item => redact(item, secret)) as T;
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redact(item, secret)])) as T;
	}
	return value;
}
