// Spawn → first frame with data, for ec-tui and for a bare Ink hello world, interleaved so drift hits both alike;
// and ec-tui's first start, before it has a code cache (once after installing or upgrading it).
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Sandbox} from '../../source/sandbox/server.js';
import {spawnApp, spawnHello, STANDARD_SIZE} from './launch.js';
import type {PtyApp} from './pty-app.js';
import {log, median, round} from './stats.js';

export type StartupFigures = {
	startupMs: number;
	inkHelloMs: number;
	coldStartupMs: number;
	startupRuns: number[];
	inkHelloRuns: number[];
	coldStartupRuns: number[];
};

// A data row is the first 19-digit id on screen.
const DATA_ROW = /\d{19}/;

async function timeToOutput(app: PtyApp, pattern: RegExp, what: string): Promise<number> {
	try {
		const at = await app.outputMatching(pattern, {what});
		return at - app.spawnedAt;
	} finally {
		await app.kill();
	}
}

const appOnce = (sandbox: Sandbox) => timeToOutput(spawnApp(sandbox), DATA_ROW, 'the first data row');
const helloOnce = (helloPath: string) => timeToOutput(spawnHello(helloPath), /hello/, "Ink's hello");

async function coldOnce(sandbox: Sandbox): Promise<number> {
	const cacheHome = await mkdtemp(join(tmpdir(), 'ec-tui-bench-cold-'));
	try {
		return await timeToOutput(spawnApp(sandbox, STANDARD_SIZE, cacheHome), DATA_ROW, 'the first data row, without a code cache');
	} finally {
		await rm(cacheHome, {recursive: true, force: true});
	}
}

/** As a person tries the tool once: the list shows, q quits; this run leaves the code cache that later starts use. */
async function tryOnce(sandbox: Sandbox): Promise<void> {
	const app = spawnApp(sandbox);
	await app.outputMatching(DATA_ROW, {what: 'the first data row'});
	app.press('q');
	await app.exited;
}

export async function measureStartup(sandbox: Sandbox, helloPath: string, runs: number): Promise<StartupFigures> {
	// The discarded runs warm the file cache, as on a machine where the tool was just installed and tried.
	await tryOnce(sandbox);
	await helloOnce(helloPath);
	const startupRuns: number[] = [];
	const inkHelloRuns: number[] = [];
	const coldStartupRuns: number[] = [];
	for (let run = 1; run <= runs; run++) {
		startupRuns.push(await appOnce(sandbox));
		inkHelloRuns.push(await helloOnce(helloPath));
		coldStartupRuns.push(await coldOnce(sandbox));
		log(
			`  startup run ${run}/${runs}: ec-tui ${startupRuns.at(-1)!.toFixed(1)} ms (first start ${coldStartupRuns.at(-1)!.toFixed(1)} ms), ink hello ${inkHelloRuns.at(-1)!.toFixed(1)} ms`,
		);
	}
	const rounded = (values: number[]) => values.map(ms => round(ms, 1));
	return {
		startupMs: round(median(startupRuns), 1),
		inkHelloMs: round(median(inkHelloRuns), 1),
		coldStartupMs: round(median(coldStartupRuns), 1),
		startupRuns: rounded(startupRuns),
		inkHelloRuns: rounded(inkHelloRuns),
		coldStartupRuns: rounded(coldStartupRuns),
	};
}
