// 10,000 numbers pasted (one a line, as a pasted column) into the number filter and into the upload form of the
// newest connection: the time to the frame that shows the paste's end, then a key typed after it (a digit, then
// Backspace), each to the frame that shows it.
import {KEYS} from '../helpers/keys.js';
import type {Sandbox} from '../../source/sandbox/server.js';
import type {Frame} from './frame.js';
import {spawnApp} from './launch.js';
import {firstLoadedFrame} from './navigate.js';
import type {PtyApp} from './pty-app.js';
import {log, median, round, sleep} from './stats.js';

export type LongPasteFigures = {filterPasteMs: number; filterKeyMs: number; uploadPasteMs: number; uploadKeyMs: number};

const COUNT = 10_000;
const NUMBERS = Array.from({length: COUNT}, (_, index) => `+1555${String(1_000_000 + index).padStart(7, '0')}`);
// The last number, as the field shows it once the paste is in (its line breaks are spaces there).
const LAST = NUMBERS.at(-1)!;
const PASTE = `\u001B[200~${NUMBERS.join('\n')}\u001B[201~`;
const SAMPLES = 5;
const PACE_MS = 100;
const BACKSPACE = '\u007F';

const showing = (text: string) => (frame: Frame) => frame.lines.some(line => line.includes(text));

async function step(app: PtyApp, keys: string, shows: string): Promise<void> {
	await sleep(PACE_MS);
	app.press(keys);
	await app.frameWhere(showing(shows), {what: shows});
}

/** The paste, then SAMPLES × (a digit, Backspace): the paste's time and the keys' median. */
async function pasteAndType(app: PtyApp): Promise<{pasteMs: number; keyMs: number}> {
	await sleep(PACE_MS);
	const at = app.press(PASTE);
	const pasted = await app.nextFrame(showing(LAST), {what: 'the end of the paste', timeoutMs: 60_000});
	const keys: number[] = [];
	for (let sample = 0; sample < SAMPLES; sample++) {
		await sleep(PACE_MS);
		const typedAt = app.press('7');
		keys.push((await app.nextFrame(showing(`${LAST}7`), {what: 'the digit typed', timeoutMs: 60_000})).at - typedAt);
		await sleep(PACE_MS);
		const erasedAt = app.press(BACKSPACE);
		keys.push(
			(await app.nextFrame(frame => showing(LAST)(frame) && !showing(`${LAST}7`)(frame), {what: 'the digit erased', timeoutMs: 60_000}))
				.at - erasedAt,
		);
	}
	return {pasteMs: pasted.at - at, keyMs: median(keys)};
}

export async function measureLongPaste(sandbox: Sandbox): Promise<LongPasteFigures> {
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		await step(app, KEYS.enter, 'n numbers');
		await step(app, 'n', 'Phone numbers');
		await step(app, '/', 'Filter phone numbers');
		const filter = await pasteAndType(app);
		log(`  number filter: paste to frame ${filter.pasteMs.toFixed(0)} ms, key to frame median ${filter.keyMs.toFixed(1)} ms`);
		await step(app, KEYS.escape, 'row 1 of');
		await step(app, KEYS.escape, 'n numbers');
		await step(app, 'u', 'Uploads');
		await step(app, 'N', 'New upload');
		const upload = await pasteAndType(app);
		log(`  upload form: paste to frame ${upload.pasteMs.toFixed(0)} ms, key to frame median ${upload.keyMs.toFixed(1)} ms`);
		return {
			filterPasteMs: round(filter.pasteMs),
			filterKeyMs: round(filter.keyMs),
			uploadPasteMs: round(upload.pasteMs),
			uploadKeyMs: round(upload.keyMs),
		};
	} finally {
		await app.kill();
	}
}
