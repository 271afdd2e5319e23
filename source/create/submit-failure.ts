// What a failed POST means for the person: a definite rejection, or an outcome nobody can know yet.
import type {ApiErrorKind} from '../api/errors.js';
import type {TelnyxError} from '../api/types.js';

/** An ApiError's plain fields; 'unexpected' stands for anything else that was thrown. */
export type SubmitError = {kind: ApiErrorKind | 'unexpected'; status?: number; errors: TelnyxError[]; message: string};

export type SubmitFailure =
	/** No readable answer: the connection may or may not exist now. */
	| {kind: 'unknown-outcome'; message: string}
	/** 422 with Telnyx errors: nothing was created; the errors point at fields. */
	| {kind: 'rejected'; errors: TelnyxError[]}
	/** Any other 4xx (401, 403, ...): a definite no, shown as Telnyx's code, title and detail. */
	| {kind: 'error'; status?: number; errors: TelnyxError[]; message: string};

export const UNKNOWN_OUTCOME =
	'The outcome is unknown: the connection may or may not have been created. Check the list before submitting again.';

export function classifySubmitError(error: SubmitError): SubmitFailure {
	// A 5xx may come from a proxy or gateway failing after Telnyx made the connection: only a 4xx is a definite no.
	if (error.kind === 'http' && error.status !== undefined && error.status < 500) {
		if (error.status === 422 && error.errors.length > 0) return {kind: 'rejected', errors: error.errors};
		return {kind: 'error', ...(error.status !== undefined && {status: error.status}), errors: error.errors, message: error.message};
	}

	// A 5xx, a redirect not followed, a timeout, a dropped connection, an unreadable 2xx reply or a
	// cancelled request may each have happened after Telnyx created the connection.
	return {kind: 'unknown-outcome', message: `${error.message.replace(/\.$/, '')}. ${UNKNOWN_OUTCOME}`};
}
