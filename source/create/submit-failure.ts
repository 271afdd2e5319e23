// What a failed mutation means for the person: a definite rejection, a record that is gone, or an outcome
// nobody can know yet (then the record is read back).
import {isNotSent, type ApiErrorKind} from '../api/errors.js';
import type {TelnyxError} from '../api/types.js';

/** An ApiError's plain fields; 'unexpected' stands for anything else that was thrown. */
export type SubmitError = {kind: ApiErrorKind | 'unexpected'; status?: number; errors: TelnyxError[]; message: string};

export type SubmitFailure =
	/** No readable answer: the change may or may not have been made. */
	| {kind: 'unknown-outcome'; message: string}
	/** 422 with Telnyx errors: nothing was changed; the errors point at fields. */
	| {kind: 'rejected'; errors: TelnyxError[]}
	/** 404 on a connection's own path: it was deleted meanwhile. */
	| {kind: 'not-found'}
	/** Any other 4xx (401, 403, ...): a definite no, shown as Telnyx's code, title and detail. */
	| {kind: 'error'; status?: number; errors: TelnyxError[]; message: string};

export const UNKNOWN_OUTCOME =
	'The outcome is unknown: the connection may or may not have been created. Check the list before submitting again.';
export const UNKNOWN_UPDATE = 'The outcome is unknown: the change may or may not have been made.';

/**
 * Whether a failed mutation's error says for certain that nothing was done. A 5xx may come from a proxy or
 * gateway failing after Telnyx acted: only a 4xx is a definite no. A redirect not followed, a timeout, a
 * dropped connection, an unreadable 2xx reply or a cancelled request may each have happened after Telnyx acted.
 */
export function isDefiniteNo(error: Pick<SubmitError, 'kind' | 'status'>): boolean {
	return isNotSent(error.kind) || (error.kind === 'http' && error.status !== undefined && error.status < 500);
}

/** `onRecord`: the request went to a connection's own path, where a 404 means it no longer exists. */
export function classifySubmitError(error: SubmitError, {onRecord = false} = {}): SubmitFailure {
	// Refused before it was sent (an id the contract would not produce, read-only mode, no journal): nothing happened.
	if (isNotSent(error.kind)) return {kind: 'error', errors: [], message: error.message};
	if (isDefiniteNo(error)) {
		if (error.status === 422 && error.errors.length > 0) return {kind: 'rejected', errors: error.errors};
		if (error.status === 404 && onRecord) return {kind: 'not-found'};
		return {kind: 'error', status: error.status, errors: error.errors, message: error.message};
	}

	const after = onRecord ? UNKNOWN_UPDATE : UNKNOWN_OUTCOME;
	return {kind: 'unknown-outcome', message: `${error.message.replace(/\.$/, '')}. ${after}`};
}
