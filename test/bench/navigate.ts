// Moving through the list the way a person would: one key, then wait for the frame it causes.
import {KEYS} from '../helpers/keys.js';
import type {Frame} from './frame.js';
import type {PtyApp} from './pty-app.js';

export const isLoaded = (frame: Frame) => frame.row !== undefined && frame.hasData && !frame.loading;

export function currentRow(app: PtyApp): number {
	const row = app.lastFrame?.row;
	if (row === undefined) throw new Error('no list position on screen yet');
	return row;
}

/** The first frame that shows loaded rows. */
export const firstLoadedFrame = (app: PtyApp, timeoutMs = 15_000) =>
	app.frameWhere(isLoaded, {what: 'the first loaded list frame', timeoutMs});

/** Waits until no visible row is a placeholder. */
export const loaded = (app: PtyApp) => app.frameWhere(isLoaded, {what: 'the visible rows to load'});

/** PgDn, each time waiting for the frame that shows the new position, until the cursor reaches targetRow (1-based). */
export async function pageDownTo(app: PtyApp, targetRow: number, onStep?: (row: number) => void): Promise<void> {
	let row = currentRow(app);
	while (row < targetRow) {
		const from = row;
		app.press(KEYS.pageDown);
		const frame = await app.nextFrame(f => f.row !== undefined && f.row > from, {what: `PgDn from row ${from}`});
		row = frame.row!;
		if (frame.row === frame.total) break;
		onStep?.(row);
	}
}
