// The shapes handlers answer with, and the one way a request body is parsed.
import type {TelnyxError} from '../api/types.js';
import {badRequest, errorBody} from './telnyx-errors.js';

export type RouteResponse = {status: number; body: string; headers?: Record<string, string>};

export const ok = (status: number, payload: unknown): RouteResponse => ({status, body: JSON.stringify(payload)});
export const fail = (status: number, errors: TelnyxError[]): RouteResponse => ({status, body: errorBody(errors)});

/** The parsed body, or the 422 every mutating operation documents for a body it cannot use. */
export function parseJsonBody(raw: string): {ok: true; value: unknown} | {ok: false; response: RouteResponse} {
	try {
		return {ok: true, value: JSON.parse(raw)};
	} catch {
		return {ok: false, response: fail(422, [badRequest('The request body is not valid JSON.', {pointer: '/'})])};
	}
}
