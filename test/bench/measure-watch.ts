// Requests the uploads list's watch makes on its own: on a connection with uploads in flight (bounded by the
// backoff), and on one with nothing pending (none at all). No key is pressed while counting.
import {startSandbox} from '../../source/sandbox/server.js';
import {KEYS} from '../helpers/keys.js';
import type {Frame} from './frame.js';
import {spawnApp} from './launch.js';
import {firstLoadedFrame} from './navigate.js';
import {log, round, sleep} from './stats.js';

export type WatchFigures = {watchRequestsPerMin: number; watchRequestsPerMinNonePending: number};

export const WATCH_SECONDS = 60;

const text = (frame: Frame) => frame.lines.join('\n');

/** Requests to the connection's uploads during WATCH_SECONDS on its uploads list, per minute. */
async function uploadRequestsPerMinute(rowsDown: number): Promise<{perMin: number; header: string}> {
	const sandbox = await startSandbox({});
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		app.press(KEYS.down.repeat(rowsDown) + KEYS.enter);
		await app.frameWhere(frame => text(frame).includes('u uploads'), {what: 'the connection'});
		app.press('u');
		const list = await app.frameWhere(frame => /Uploads · .*(pending: \d|nothing pending)/.test(text(frame)) && !frame.loading, {
			what: 'the uploads list',
		});
		const uploads = () => sandbox.requests.filter(request => /\/uploads(\/status)?$/.test(request.path)).length;
		const before = uploads();
		const startedAt = performance.now();
		await sleep(WATCH_SECONDS * 1000);
		const perMin = ((uploads() - before) / ((performance.now() - startedAt) / 1000)) * 60;
		return {perMin: round(perMin), header: list.lines[0] ?? ''};
	} finally {
		await app.kill();
		await sandbox.close();
	}
}

export async function measureWatch(): Promise<WatchFigures> {
	// The newest seeded connection has uploads pending_upload, pending and in_progress; the next one has none.
	const pending = await uploadRequestsPerMinute(0);
	log(`  3 uploads in flight: ${pending.perMin} requests a minute (${pending.header.trim()})`);
	const none = await uploadRequestsPerMinute(1);
	if (!none.header.includes('nothing pending')) throw new Error(`the second connection has uploads pending: ${none.header}`);
	log(`  nothing pending: ${none.perMin} requests a minute`);
	return {watchRequestsPerMin: pending.perMin, watchRequestsPerMinNonePending: none.perMin};
}
