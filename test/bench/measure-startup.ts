// Spawn → first frame with data, for ec-tui and for a bare Ink hello world, interleaved so drift hits both alike.
import type {Sandbox} from '../../source/sandbox/server.js';
import {spawnApp, spawnHello} from './launch.js';
import type {PtyApp} from './pty-app.js';
import {log, median, round} from './stats.js';

export type StartupFigures = {startupMs: number; inkHelloMs: number; startupRuns: number[]; inkHelloRuns: number[]};

async function timeToOutput(app: PtyApp, pattern: RegExp, what: string): Promise<number> {
	try {
		const at = await app.outputMatching(pattern, {what});
		return at - app.spawnedAt;
	} finally {
		await app.kill();
	}
}

// A data row is the first 19-digit id on screen.
const appOnce = (sandbox: Sandbox) => timeToOutput(spawnApp(sandbox), /\d{19}/, 'the first data row');
const helloOnce = (helloPath: string) => timeToOutput(spawnHello(helloPath), /hello/, "Ink's hello");

export async function measureStartup(sandbox: Sandbox, helloPath: string, runs: number): Promise<StartupFigures> {
	// One discarded run each warms the file cache, as on a machine where the tool was just installed and tried.
	await appOnce(sandbox);
	await helloOnce(helloPath);
	const startupRuns: number[] = [];
	const inkHelloRuns: number[] = [];
	for (let run = 1; run <= runs; run++) {
		startupRuns.push(await appOnce(sandbox));
		inkHelloRuns.push(await helloOnce(helloPath));
		log(`  startup run ${run}/${runs}: ec-tui ${startupRuns.at(-1)!.toFixed(1)} ms, ink hello ${inkHelloRuns.at(-1)!.toFixed(1)} ms`);
	}
	return {
		startupMs: round(median(startupRuns), 1),
		inkHelloMs: round(median(inkHelloRuns), 1),
		startupRuns: startupRuns.map(ms => round(ms, 1)),
		inkHelloRuns: inkHelloRuns.map(ms => round(ms, 1)),
	};
}
