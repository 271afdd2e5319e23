// The export's progress on stderr when stderr is a terminal: `12,500 rows · 50 of 400 pages · 3,100 rows/s · 28 s
// left`, redrawn in place at most every PROGRESS_EVERY_MS and wiped at the end, so it never mixes into the output.
import {formatCount} from '../text/format.js';

export const PROGRESS_EVERY_MS = 200;

export type ProgressState = {rows: number; pages: number; lastPage: number | undefined; elapsedMs: number};

function duration(seconds: number): string {
	if (seconds < 60) return `${Math.ceil(seconds)} s`;
	const minutes = Math.floor(seconds / 60);
	return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`;
}

export function progressText({rows, pages, lastPage, elapsedMs}: ProgressState): string {
	const seconds = elapsedMs / 1000;
	const parts = [
		`${formatCount(rows)} rows`,
		lastPage === undefined ? `${formatCount(pages)} pages` : `${formatCount(pages)} of ${formatCount(lastPage)} pages`,
	];
	if (seconds > 0) parts.push(`${formatCount(rows / seconds)} rows/s`);
	if (lastPage !== undefined && pages > 0 && pages < lastPage) parts.push(`${duration(((lastPage - pages) * seconds) / pages)} left`);
	return parts.join(' · ');
}

export type Progress = {update(state: Omit<ProgressState, 'elapsedMs'>): void; clear(): void};

/** A progress line on `stream` (a terminal), or nothing when `stream` is not one. */
export function progressLine(stream: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}, startedAt: number): Progress {
	if (!stream.isTTY) return {update() {}, clear() {}};
	// Shorter than the terminal: a line that wrapped could not be redrawn in place.
	const fit = (text: string) => (stream.columns ? text.slice(0, Math.max(0, stream.columns - 1)) : text);
	// The first line waits PROGRESS_EVERY_MS too: a command done by then shows none.
	let drawnAt = startedAt;
	let drawn = false;
	return {
		update(state) {
			const now = Date.now();
			if (now - drawnAt < PROGRESS_EVERY_MS) return;
			drawnAt = now;
			drawn = true;
			stream.write(`\r\x1b[2K${fit(progressText({...state, elapsedMs: now - startedAt}))}`);
		},
		clear() {
			if (drawn) stream.write('\r\x1b[2K');
		},
	};
}
