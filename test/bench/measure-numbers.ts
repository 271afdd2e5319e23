// The 10,000-number list of the newest connection (Enter, then n): ↓ key → next frame at row 5,000, and the
// list requests it took to get there against the pages touched.
import type {Sandbox} from '../../source/sandbox/server.js';
import {KEYS} from '../helpers/keys.js';
import {LIST_PAGING} from '../../source/resources/open-list.js';
import type {Frame} from './frame.js';
import {spawnApp, STANDARD_SIZE} from './launch.js';
import {sampleDown} from './measure-keys.js';
import {currentRow, firstLoadedFrame} from './navigate.js';
import type {PtyApp} from './pty-app.js';
import {log, median, percentile, round, sleep} from './stats.js';

export type NumberFigures = {keyMsNumbers10k: number; p95MsNumbers10k: number; numbersRequests: number; numbersPagesTouched: number};

const TARGET_ROW = 5000;
// Numbers lists show E.164 numbers, not the connections' 19-digit ids.
const numbersLoaded = (frame: Frame) => frame.total === 10_000 && !frame.loading && frame.lines.some(line => /^[ ›] \+\d{8,}/.test(line));

const numberRequests = (sandbox: Sandbox, from: number) =>
	sandbox.requests.slice(from).filter(request => request.path.endsWith('/phone_numbers'));

async function pageDownNumbers(app: PtyApp, targetRow: number): Promise<void> {
	let row = currentRow(app);
	while (row < targetRow) {
		const from = row;
		app.press(KEYS.pageDown);
		row = (await app.nextFrame(f => f.row !== undefined && f.row > from, {what: `PgDn from number ${from}`})).row!;
	}
}

export async function measureNumbers(sandbox: Sandbox, samples: number): Promise<NumberFigures> {
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		app.press(KEYS.enter);
		await app.frameWhere(f => f.lines.some(line => line.includes('n numbers')), {what: "the newest connection's detail"});
		const from = sandbox.requests.length;
		app.press('n');
		await app.frameWhere(numbersLoaded, {what: 'the first numbers'});
		await pageDownNumbers(app, TARGET_ROW);
		await app.frameWhere(numbersLoaded, {what: `the numbers around row ${TARGET_ROW}`});
		await app.quiet(300, {what: 'the numbers list to settle'});
		while (numberRequests(sandbox, from).some(request => request.status === 0)) await sleep(20);
		const row = currentRow(app);
		// Every page from the first to the cursor's was on screen on the way down.
		const numbersPagesTouched = Math.ceil(Math.min(10_000, row + STANDARD_SIZE.rows) / LIST_PAGING.pageSize);
		const numbersRequests = numberRequests(sandbox, from).length;
		const timings = await sampleDown(app, samples, false);
		log(
			`  key → frame at number ${row.toLocaleString('en-US')}: median ${median(timings).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms; ${numbersRequests} requests for ${numbersPagesTouched} pages`,
		);
		return {keyMsNumbers10k: round(median(timings)), p95MsNumbers10k: round(percentile(timings, 95)), numbersRequests, numbersPagesTouched};
	} finally {
		await app.kill();
	}
}
