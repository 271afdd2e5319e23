// The app's resident memory after visiting 1,000 rows and after visiting all 100,000, PgDn by PgDn; and the floor
// to hold it against: an Ink hello world's, once its frame is drawn.
import type {Sandbox} from '../../source/sandbox/server.js';
import {spawnApp, spawnHello} from './launch.js';
import {currentRow, firstLoadedFrame, loaded, pageDownTo} from './navigate.js';
import {rssMb} from './proc-stats.js';
import type {PtyApp, PtySize} from './pty-app.js';
import {log, round, sleep} from './stats.js';

export type MemoryFigures = {rssMb1k: number; rssMb100k: number; rssHelloMb: number};

// A tall terminal scrolls 100,000 rows in about 1,000 PgDn instead of 2,800; both readings use it.
export const MEMORY_PTY: PtySize = {cols: 120, rows: 100};
const SETTLE_MS = 1000;

async function settledRss(app: PtyApp): Promise<number> {
	await loaded(app);
	await app.quiet(SETTLE_MS, {what: 'the list to settle'});
	await sleep(SETTLE_MS);
	return rssMb(app.pid);
}

async function helloRss(helloPath: string): Promise<number> {
	const app = spawnHello(helloPath, MEMORY_PTY);
	try {
		await app.outputMatching(/hello/, {what: "Ink's hello"});
		await app.quiet(SETTLE_MS, {what: 'the hello world to settle'});
		await sleep(SETTLE_MS);
		return rssMb(app.pid);
	} finally {
		await app.kill();
	}
}

export async function measureMemory(sandbox: Sandbox, helloPath: string): Promise<MemoryFigures> {
	const rssHello = await helloRss(helloPath);
	log(`  Ink hello world's RSS: ${rssHello.toFixed(1)} MB`);
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
		return {rssMb1k: round(rss1k, 1), rssMb100k: round(rss100k, 1), rssHelloMb: round(rssHello, 1)};
	} finally {
		await app.kill();
	}
}
