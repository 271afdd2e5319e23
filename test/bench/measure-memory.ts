// The app's resident memory after visiting 1,000 rows and after visiting all 100,000, PgDn by PgDn.
import type {Sandbox} from '../../source/sandbox/server.js';
import {spawnApp} from './launch.js';
import {currentRow, firstLoadedFrame, loaded, pageDownTo} from './navigate.js';
import {rssMb} from './proc-stats.js';
import type {PtyApp, PtySize} from './pty-app.js';
import {log, round, sleep} from './stats.js';

export type MemoryFigures = {rssMb1k: number; rssMb100k: number};

// A tall terminal scrolls 100,000 rows in about 1,000 PgDn instead of 2,800; both readings use it.
export const MEMORY_PTY: PtySize = {cols: 120, rows: 100};
const SETTLE_MS = 1000;

async function settledRss(app: PtyApp): Promise<number> {
	await loaded(app);
	await app.quiet(SETTLE_MS, {what: 'the list to settle'});
	await sleep(SETTLE_MS);
	return rssMb(app.pid);
}

export async function measureMemory(sandbox: Sandbox): Promise<MemoryFigures> {
	const app = spawnApp(sandbox, MEMORY_PTY);
	try {
		await firstLoadedFrame(app);
		await pageDownTo(app, 1000);
		const rss1k = await settledRss(app);
		log(`  RSS after row ${currentRow(app).toLocaleString('en-US')}: ${rss1k.toFixed(1)} MB`);
		let nextReport = 20_000;
		await pageDownTo(app, Number.POSITIVE_INFINITY, row => {
			if (row < nextReport) return;
			log(`  … row ${row.toLocaleString('en-US')}, RSS ${rssMb(app.pid).toFixed(1)} MB`);
			nextReport += 20_000;
		});
		const rss100k = await settledRss(app);
		log(`  RSS after row ${currentRow(app).toLocaleString('en-US')}: ${rss100k.toFixed(1)} MB`);
		return {rssMb1k: round(rss1k, 1), rssMb100k: round(rss100k, 1)};
	} finally {
		await app.kill();
	}
}
