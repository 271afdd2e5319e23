// The journal screen's text: a row per mutation and the lines of one entry, fitted to a width. Everything in an
// entry was read from a file, so all of it goes through the sanitizer. Pure.
import type {JournalEntry} from '../../journal/journal-lines.js';
import {displayWidth, padToWidth, truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';

const TIME_WIDTH = 19;
const METHOD_WIDTH = 6;
const OUTCOME_WIDTH = 11;
const PATH_SHARE = 0.55;

/** `2026-12-06 02:16:49`, in UTC as written. */
function timeText(entry: JournalEntry): Clean {
	return cleanText(entry.time.slice(0, TIME_WIDTH).replace('T', ' '));
}

/** ok 200, failed 422, or unknown: no answer came, or no result line was written. */
export function outcomeText(entry: JournalEntry): Clean {
	const {result} = entry;
	if (!result) return ownText('unknown');
	return result.status === undefined ? cleanText(result.outcome) : clean`${cleanText(result.outcome)} ${result.status}`;
}

function bodyText(body: unknown): Clean {
	return body === undefined ? ownText('') : cleanText(JSON.stringify(body) ?? '');
}

/** A path's end, where the record's id is: the start is the same for every row of a kind. */
function pathEnd(path: Clean, width: number): Clean {
	return displayWidth(path) <= width ? path : clean`…${cleanText(path.slice(path.length - width + 1))}`;
}

export function titleLine(width: number): Clean {
	return truncate(
		clean`  ${padToWidth(ownText('time (UTC)'), TIME_WIDTH)}  ${padToWidth(ownText('method'), METHOD_WIDTH)}  ${padToWidth(ownText('result'), OUTCOME_WIDTH)}  path · body`,
		width,
	);
}

export function rowLine(entry: JournalEntry, selected: boolean, width: number): Clean {
	const fixed = 2 + TIME_WIDTH + 2 + METHOD_WIDTH + 2 + OUTCOME_WIDTH + 2;
	const pathWidth = Math.max(10, Math.floor((width - fixed) * PATH_SHARE));
	const line = clean`${ownText(selected ? '› ' : '  ')}${timeText(entry)}  ${padToWidth(cleanText(entry.method), METHOD_WIDTH)}  ${padToWidth(outcomeText(entry), OUTCOME_WIDTH)}  ${padToWidth(pathEnd(cleanText(entry.path), pathWidth), pathWidth)} ${bodyText(entry.body)}`;
	return truncate(line, width);
}

/** Every field of one entry, a line each. */
export function entryLines(entry: JournalEntry): Array<{label: Clean; value: Clean}> {
	const {result} = entry;
	const error = result?.error;
	const rows: Array<[string, string | undefined]> = [
		['sent at', entry.time],
		['profile', entry.profile],
		['request', `${entry.method} ${entry.host}${entry.path}`],
		['body', entry.body === undefined ? undefined : JSON.stringify(entry.body)],
		['outcome', result ? result.outcome : 'unknown (no result was written: the app stopped before an answer came)'],
		['status', result?.status === undefined ? undefined : String(result.status)],
		['answered at', result?.time],
		['request id', result?.requestId],
		['error', error ? [error.code, error.title, error.detail].filter(Boolean).join(' · ') : undefined],
		['undo', entry.inverse ? `${entry.inverse.label}: PATCH ${JSON.stringify(entry.inverse.body)}` : 'none'],
		['journal id', entry.id],
	];
	return rows.filter(([, value]) => value !== undefined).map(([label, value]) => ({label: cleanText(label), value: cleanText(value!)}));
}

/** A long text as lines of `width` columns at most, `max` lines at most (the last cut with …): a request's body in full. */
export function wrapped(text: Clean, width: number, max: number): Clean[] {
	const lines: string[] = [];
	let line = '';
	for (const character of text) {
		if (displayWidth(line + character) > width) {
			lines.push(line);
			line = '';
		}
		line += character;
	}
	if (line !== '') lines.push(line);
	const kept = lines.slice(0, max).map(part => cleanText(part));
	if (lines.length > max) kept[max - 1] = truncate(clean`${kept[max - 1]!}…`, width);
	return kept;
}
