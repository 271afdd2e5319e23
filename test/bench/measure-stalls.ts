// ↓ held at 30 keys a second for 2,000 rows against a sandbox answering after 150 ms: does the cursor ever
// land on a row that has not loaded?
import {KEYS} from '../helpers/keys.js';
import type {Sandbox} from '../../source/sandbox/server.js';
import {cursorOnPlaceholder, type Frame} from './frame.js';
import {spawnApp} from './launch.js';
import {currentRow, firstLoadedFrame} from './navigate.js';
import {log, sleep} from './stats.js';
import {isNameRequest, namesPending} from './measure-names.js';

/** Name requests: started while the key was held, and after it stopped (the screen it stopped on). */
export type StallFigures = {
	stalledKeys: number;
	stalledFrames: number;
	frames: number;
	keys: number;
	rowsMoved: number;
	nameRequestsWhileHeld: number;
	nameRequestsAfterHold: number;
};

export const STALL_LATENCY_MS = 150;
export const STALL_KEYS = 2000;
const KEY_INTERVAL_MS = 1000 / 30;

type Seen = {at: number; onPlaceholder: boolean};

/**
 * A key is stalled when a frame answering it shows the cursor on a placeholder. The frames answering key i are
 * those that arrive after it is written and before key i+1 is; when Ink's 30 fps throttle folds key i into a
 * later frame (none arrives in its interval), the first frame after it answers it.
 */
export function countStalledKeys(keyTimes: number[], frames: Seen[]): number {
	let stalled = 0;
	for (let index = 0; index < keyTimes.length; index++) {
		const from = keyTimes[index]!;
		const until = keyTimes[index + 1] ?? Number.POSITIVE_INFINITY;
		const answering = frames.filter(frame => frame.at >= from && frame.at < until);
		const judged = answering.length > 0 ? answering : frames.filter(frame => frame.at >= from).slice(0, 1);
		if (judged.some(frame => frame.onPlaceholder)) stalled++;
	}
	return stalled;
}

export async function measureStalls(sandbox: Sandbox): Promise<StallFigures> {
	sandbox.setFaults({latencyMs: STALL_LATENCY_MS});
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		await app.quiet(500, {what: 'the first pages to settle'});
		const startRow = currentRow(app);
		const frames: Seen[] = [];
		const stop = app.onFrame((frame: Frame) => frames.push({at: frame.at, onPlaceholder: cursorOnPlaceholder(frame)}));
		const keyTimes: number[] = [];
		// Keys follow a fixed schedule (not the frames), as a key repeat would; each waits for its slot.
		const start = performance.now();
		const heldFrom = sandbox.requests.length;
		let heldUntil = heldFrom;
		for (let key = 0; key < STALL_KEYS; key++) {
			const due = start + key * KEY_INTERVAL_MS;
			const wait = due - performance.now();
			if (wait > 0) await sleep(wait);
			keyTimes.push(app.press(KEYS.down));
			// Up to the last key: a request the app started before it is on its way by the time it arrives.
			heldUntil = sandbox.requests.length;
		}
		const target = startRow + STALL_KEYS;
		await app.frameWhere(frame => frame.row === target, {what: `row ${target} after the last key`});
		await app.frameWhere(frame => frame.row === target && !namesPending(frame), {what: 'the names of the screen the key stopped on'});
		await app.quiet(300, {what: 'the list to settle'});
		stop();
		const nameRequestsWhileHeld = sandbox.requests.slice(heldFrom, heldUntil).filter(isNameRequest).length;
		const nameRequestsAfterHold = sandbox.requests.slice(heldUntil).filter(isNameRequest).length;
		const rowsMoved = currentRow(app) - startRow;
		const stalledKeys = countStalledKeys(keyTimes, frames);
		const stalledFrames = frames.filter(frame => frame.onPlaceholder).length;
		const seconds = (keyTimes.at(-1)! - keyTimes[0]!) / 1000;
		log(
			`  ${STALL_KEYS} keys in ${seconds.toFixed(1)} s (${((STALL_KEYS - 1) / seconds).toFixed(1)}/s), ${frames.length} frames, moved ${rowsMoved} rows; stalled keys ${stalledKeys}, stalled frames ${stalledFrames}; name requests ${nameRequestsWhileHeld} while held, ${nameRequestsAfterHold} after`,
		);
		return {stalledKeys, stalledFrames, frames: frames.length, keys: STALL_KEYS, rowsMoved, nameRequestsWhileHeld, nameRequestsAfterHold};
	} finally {
		await app.kill();
		sandbox.setFaults({});
	}
}
