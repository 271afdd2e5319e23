// A failed request as one line on stderr, as Telnyx's CLIs write it: `GET /v2/external_connections: 401 10009
// Authentication failed: detail`, or the client's own words for what is not an HTTP answer (a reset, a timeout, a body
// it could not read). Every part comes from the server or the network, so it goes through the sanitizer; the client
// has already taken the API key out of every string of the error. Pure.
import {STATUS_CODES} from 'node:http';
import {isApiError} from '../api/errors.js';
import {firstLine} from '../text/first-line.js';
import {cleanText} from '../text/sanitize.js';

export function errorLine(error: unknown): string {
	if (!isApiError(error)) return cleanText(firstLine(error));
	const where = error.request ? `${error.request.method} ${error.request.path}: ` : '';
	if (error.kind !== 'http' || error.status === undefined) return cleanText(`${where}${error.message}`);
	const [first] = error.errors;
	const parts = [String(error.status), first?.code, first?.title || STATUS_CODES[error.status]].filter(Boolean);
	const detail = first?.detail ? `: ${first.detail}` : '';
	const more = error.errors.length > 1 ? ` (+${error.errors.length - 1} more)` : '';
	return cleanText(`${where}${parts.join(' ')}${detail}${more}`);
}
