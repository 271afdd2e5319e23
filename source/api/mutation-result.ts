// A mutation's result as the journal keeps it, from the answer or from the error that took its place.
import {HTTPError} from 'got';
import type {ApiError} from './errors.js';
import type {MutationResult} from './mutation-recorder.js';

type Answer = {statusCode: number; headers: Record<string, string | string[] | undefined>};

/** Telnyx's request id, from the header its answers carry; a value of the wrong shape is none. */
function requestIdOf(headers: Answer['headers']): string | undefined {
	const value = headers['x-request-id'];
	return typeof value === 'string' && value !== '' ? value.slice(0, 200) : undefined;
}

/** An answer that came: ok for 2xx, failed for anything else. */
export function resultOf(response: Answer): MutationResult {
	const requestId = requestIdOf(response.headers);
	return {
		outcome: response.statusCode >= 200 && response.statusCode < 300 ? 'ok' : 'failed',
		status: response.statusCode,
		...(requestId && {requestId}),
	};
}

/**
 * A mutation that ended in an error: failed when an answer said so (its status and Telnyx's first error), unknown
 * when none came (a timeout, a connection lost, Ctrl+C), since it may have reached the server all the same.
 */
export function resultOfFailure(failure: ApiError, cause: unknown): MutationResult {
	const answer = cause instanceof HTTPError ? cause.response : undefined;
	const requestId = answer ? requestIdOf(answer.headers) : undefined;
	const first = failure.errors[0];
	const answered = failure.status !== undefined;
	return {
		outcome: answered ? 'failed' : 'unknown',
		...(failure.status !== undefined && {status: failure.status}),
		...(requestId && {requestId}),
		error: first ? {code: first.code, title: first.title, ...(first.detail && {detail: first.detail})} : {detail: failure.message},
	};
}
