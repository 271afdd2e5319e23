// A dismiss answered 404: the message is already gone.
import {isApiError} from '../../api/errors.js';
import {ownText} from '../../text/sanitize.js';
import type {Explanation} from '../explanation.js';

export function explainDismissGone(error: unknown): Explanation | undefined {
	if (!isApiError(error) || error.kind !== 'http' || error.status !== 404) return undefined;
	return {lines: [ownText('This log message is no longer there: it was dismissed already, here or elsewhere. Reload the list (r).')]};
}
