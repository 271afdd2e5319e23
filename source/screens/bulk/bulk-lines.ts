// The text of a bulk action: the confirmation's rows by name, the progress bar, each failure with Telnyx's words.
// Pure.
import {summarizeError} from '../../components/error-banner.js';
import type {BulkProgress, BulkResult} from '../../mutation/bulk-send.js';
import {formatCount, truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';

/** The first rows by name, then how many more. */
export function firstNames(names: readonly Clean[], shown: number, width: number): Clean[] {
	const lines = names.slice(0, shown).map(name => truncate(clean`  ${name}`, width));
	const more = names.length - lines.length;
	return more > 0 ? [...lines, clean`  …and ${formatCount(more)} more`] : lines;
}

const BAR_WIDTH = 20;

/** `[███████░░░░░░░░░░░░░] 9 of 25 · 1 failed · 15 to send` */
export function progressLine(progress: BulkProgress, total: number, width: number): Clean {
	const answered = progress.done + progress.failed + progress.unknown;
	const filled = total === 0 ? BAR_WIDTH : Math.round((answered / total) * BAR_WIDTH);
	const bar = cleanText('█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled));
	const failed = progress.failed > 0 ? clean` · ${formatCount(progress.failed)} failed` : ownText('');
	const unknown = progress.unknown > 0 ? clean` · ${formatCount(progress.unknown)} unknown` : ownText('');
	const left = progress.stopped ? ownText(' · stopped') : clean` · ${formatCount(progress.remaining + progress.inFlight)} to go`;
	return truncate(clean`[${bar}] ${formatCount(answered)} of ${formatCount(total)}${failed}${unknown}${left}`, width);
}

/** One line per failure: the row's name, then Telnyx's code, title and detail (or what went wrong on the way). */
export function failureLines<T>(results: ReadonlyArray<BulkResult<T>>, name: (item: T) => Clean, width: number): Clean[] {
	return results.flatMap(result => {
		if (result.status === 'done') return [];
		const summary = summarizeError(result.error);
		const what = result.status === 'unknown' ? ownText('outcome unknown: ') : ownText('');
		return [truncate(clean`${name(result.item)}: ${what}${summary.heading} ${summary.lines[0] ?? ownText('')}`, width)];
	});
}
