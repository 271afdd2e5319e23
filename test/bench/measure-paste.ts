// 2,000 characters into the create wizard's tags field, until the frame shows all of them: once as a bracketed
// paste, once typed in one write without paste marks (a terminal without bracketed paste, or a fast tool).
import {KEYS} from '../helpers/keys.js';
import type {Sandbox} from '../../source/sandbox/server.js';
import type {Frame} from './frame.js';
import {spawnApp} from './launch.js';
import {firstLoadedFrame} from './navigate.js';
import type {PtyApp} from './pty-app.js';
import {log, median, round, sleep} from './stats.js';

export type PasteFigures = {pasteMs: number; typedRunMs: number};

const LENGTH = 2000;
const END = 'END-OF-RUN';
const TEXT = 'abcdefghijklmnopqrstuvwxyz'.repeat(Math.ceil(LENGTH / 26)).slice(0, LENGTH - END.length) + END;
const PASTE_START = '\u001B[200~';
const PASTE_END = '\u001B[201~';
const CTRL_U = '\u0015';
const SAMPLES = 5;
// The frames before a sample have drawn; Ink's 30 fps throttle is not part of what is measured.
const PACE_MS = 100;

const showing = (text: string) => (frame: Frame) => frame.lines.some(line => line.includes(text));

/** The field's value as drawn: from the `› ` line, wrapped under a two-column indent, to the `Will send` line. */
function fieldValue(frame: Frame): string {
	const start = frame.lines.findIndex(line => line.startsWith('› '));
	const end = frame.lines.findIndex((line, index) => index > start && line.startsWith('Will send'));
	return frame.lines
		.slice(start, end)
		.map(line => line.slice(2))
		.join('');
}

async function step(app: PtyApp, keys: string, shows: string): Promise<void> {
	await sleep(PACE_MS);
	app.press(keys);
	await app.frameWhere(showing(shows), {what: shows});
}

/** Writes `input` and waits for the frame that shows all of TEXT; then empties the field again. */
async function timedInsertion(app: PtyApp, input: string): Promise<number> {
	await sleep(PACE_MS);
	const at = app.press(input);
	const frame = await app.nextFrame(showing(END), {what: 'the inserted text'});
	const shown = fieldValue(frame);
	if (shown !== TEXT) throw new Error(`the field shows ${shown.length} characters, not the ${TEXT.length} sent`);
	await step(app, CTRL_U, 'empty = left out');
	return frame.at - at;
}

export async function measurePaste(sandbox: Sandbox): Promise<PasteFigures> {
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		await step(app, 'c', 'Step 1 of');
		await step(app, KEYS.enter, 'Step 2 of');
		await app.frameWhere(frame => frame.lines.some(line => /\d{19}/.test(line)), {what: 'the outbound voice profiles'});
		// The picker starts on "Type an id…"; two down is the first enabled profile.
		await step(app, KEYS.down + KEYS.down + KEYS.enter, 'Step 3 of');
		await step(app, KEYS.enter, 'Step 4 of');
		await step(app, KEYS.enter, 'Tags · tags');
		const pasted: number[] = [];
		const typed: number[] = [];
		for (let sample = 0; sample < SAMPLES; sample++) {
			pasted.push(await timedInsertion(app, PASTE_START + TEXT + PASTE_END));
			typed.push(await timedInsertion(app, TEXT));
		}
		log(`  bracketed paste: median ${median(pasted).toFixed(1)} ms (${pasted.map(ms => ms.toFixed(1)).join(', ')})`);
		log(`  typed in one write: median ${median(typed).toFixed(1)} ms (${typed.map(ms => ms.toFixed(1)).join(', ')})`);
		return {pasteMs: round(median(pasted)), typedRunMs: round(median(typed))};
	} finally {
		await app.kill();
	}
}
