// The review of POST …/uploads: the exact JSON, cut into lines of the
// screen's width, the rest counted rather than drawn (1,000 numbers are 18,000 characters).
import {formatCount} from '../../text/format.js';
import {clean, cleanText, type Clean} from '../../text/sanitize.js';
import type {CreateUploadRequest} from './types.js';

/** Beside each id of the body, the number it was typed as: '8dd49b5c-… = +441134960000', the rest counted. */
export function idReviewLines(ids: readonly string[], numberOf: ReadonlyMap<string, string>, maxLines: number): Clean[] {
	const line = (id: string) => clean`${cleanText(id)} = ${cleanText(numberOf.get(id) ?? '?')}`;
	if (ids.length <= maxLines) return ids.map(line);
	const shown = ids.slice(0, Math.max(0, maxLines - 1)).map(line);
	return [...shown, clean`… and ${formatCount(ids.length - shown.length)} more ids, each a number typed above`];
}

export function bodyReviewLines(body: CreateUploadRequest, width: number, maxLines: number): Clean[] {
	const json = JSON.stringify(body);
	const columns = Math.max(1, width);
	const lines: Clean[] = [];
	for (let start = 0; start < json.length; start += columns) lines.push(cleanText(json.slice(start, start + columns)));
	if (lines.length <= maxLines) return lines;
	const shown = lines.slice(0, Math.max(1, maxLines - 1));
	return [
		...shown,
		clean`… ${formatCount(lines.length - shown.length)} more lines of the same body (${formatCount(body.number_ids.length)} numbers)`,
	];
}
