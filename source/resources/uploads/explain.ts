// The special answers of the upload mutations, explained.
import {isApiError} from '../../api/errors.js';
import {clockTime, formatCount} from '../../text/format.js';
import {clean, ownText} from '../../text/sanitize.js';
import type {Explanation} from '../explanation.js';
import {MAX_UPLOAD_NUMBERS} from './types.js';

const statusOf = (error: unknown) => (isApiError(error) && error.kind === 'http' ? error.status : undefined);

/** 413 on POST …/uploads: too many numbers for one upload. `sent`: how many went. */
export function explainUploadTooLarge(error: unknown, sent?: number): Explanation | undefined {
	if (statusOf(error) !== 413) return undefined;
	const count = sent === undefined ? ownText('') : clean` This one had ${formatCount(sent)}.`;
	return {
		lines: [
			clean`An upload takes at most ${formatCount(MAX_UPLOAD_NUMBERS)} numbers.${count}`,
			ownText('Split the numbers into several uploads; nothing of this one was started.'),
		],
	};
}

/**
 * 409 (the spec's status) or 429 on POST …/uploads/refresh, or 409 on …/retry: the last refresh, or the
 * upload, is still being processed. `now`: when the answer arrived, to say at what time to try again.
 */
export function explainStillInProgress(error: unknown, action: 'refresh' | 'retry', now: Date): Explanation | undefined {
	const status = statusOf(error);
	if (status !== 409 && !(status === 429 && action === 'refresh')) return undefined;
	const what = ownText(
		action === 'refresh'
			? 'The last status refresh is still running: Telnyx rechecks pending uploads with Microsoft Teams in the background.'
			: 'This upload is still being processed: it can be retried only once it has failed.',
	);
	const waitMs = isApiError(error) ? error.retryAfterMs : undefined;
	if (waitMs === undefined) return {lines: [what, ownText('Try again in a little while; the list shows each status as it changes.')]};
	const retryAt = new Date(now.getTime() + waitMs);
	const seconds = Math.max(1, Math.ceil(waitMs / 1000));
	return {lines: [what, clean`Try again in ${formatCount(seconds)} s (at ${clockTime(retryAt)}).`], retryAt};
}

/** 422 on POST …/uploads/{ticket_id}/retry: nothing of the upload failed. */
export function explainNothingToRetry(error: unknown): Explanation | undefined {
	if (statusOf(error) !== 422) return undefined;
	return {lines: [ownText('Only an upload with numbers in error can be retried; Telnyx found nothing to retry in this one.')]};
}
