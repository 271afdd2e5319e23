// ↓ key → next frame, near row 1,000 and at row 100,000, with the rows around the cursor loaded.
import {KEYS} from '../helpers/keys.js';
import type {Sandbox} from '../../source/sandbox/server.js';
import {spawnApp} from './launch.js';
import {currentRow, firstLoadedFrame, isLoaded, loaded, pageDownTo} from './navigate.js';
import type {PtyApp} from './pty-app.js';
import {log, median, percentile, round, sleep} from './stats.js';

export type KeyFigures = {keyMs1k: number; keyMs100k: number; p95Ms1k: number; p95Ms100k: number; rowNear1k: number; rowAtEnd: number};

// Ink throttles renders to 30 fps: a key that arrives within 33 ms of the last render waits for the trailing
// edge. Idling this long before each key measures the app's own key-to-frame path, not that throttle.
export const KEY_PACE_MS = 50;

async function timedMove(app: PtyApp, key: string, toRow: number): Promise<number> {
	await sleep(KEY_PACE_MS);
	const pressedAt = app.press(key);
	const frame = await app.nextFrame(f => f.row === toRow, {what: `row ${toRow} after a key`});
	return frame.at - pressedAt;
}

/** `samples` ↓ timings, alternating with an untimed ↑ so the cursor stays on loaded rows. */
export async function sampleDown(app: PtyApp, samples: number, atEnd: boolean): Promise<number[]> {
	const row = currentRow(app);
	const timings: number[] = [];
	for (let sample = 0; sample < samples; sample++) {
		if (atEnd) {
			await timedMove(app, KEYS.up, row - 1);
			timings.push(await timedMove(app, KEYS.down, row));
		} else {
			timings.push(await timedMove(app, KEYS.down, row + 1));
			await timedMove(app, KEYS.up, row);
		}
	}
	return timings;
}

export async function measureKeys(sandbox: Sandbox, samples: number): Promise<KeyFigures> {
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		await pageDownTo(app, 1000);
		await loaded(app);
		await app.quiet(200, {what: 'the list to settle near row 1,000'});
		const rowNear1k = currentRow(app);
		const near1k = await sampleDown(app, samples, false);
		log(
			`  key → frame at row ${rowNear1k.toLocaleString('en-US')}: median ${median(near1k).toFixed(2)} ms, p95 ${percentile(near1k, 95).toFixed(2)} ms`,
		);

		app.press('G');
		await app.frameWhere(f => isLoaded(f) && f.row === f.total, {what: 'the last row, loaded'});
		await app.quiet(200, {what: 'the list to settle at the end'});
		const rowAtEnd = currentRow(app);
		const atEnd = await sampleDown(app, samples, true);
		log(
			`  key → frame at row ${rowAtEnd.toLocaleString('en-US')}: median ${median(atEnd).toFixed(2)} ms, p95 ${percentile(atEnd, 95).toFixed(2)} ms`,
		);
		return {
			keyMs1k: round(median(near1k)),
			keyMs100k: round(median(atEnd)),
			p95Ms1k: round(percentile(near1k, 95)),
			p95Ms100k: round(percentile(atEnd, 95)),
			rowNear1k,
			rowAtEnd,
		};
	} finally {
		await app.kill();
	}
}
