// CPU the app burns sitting on a loaded list with no input.
import type {Sandbox} from '../../source/sandbox/server.js';
import {spawnApp} from './launch.js';
import {firstLoadedFrame} from './navigate.js';
import {clockTicksPerSecond, cpuTicks} from './proc-stats.js';
import {log, round, sleep} from './stats.js';

export type IdleFigures = {idleCpuPct: number; idleFrames: number};

export const IDLE_SECONDS = 5;

export async function measureIdle(sandbox: Sandbox): Promise<IdleFigures> {
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		// Prefetches and the frames they cause are start-up work, not idling.
		await app.quiet(1000, {what: 'the list to settle'});
		const ticksPerSecond = clockTicksPerSecond();
		const framesBefore = app.frameCount;
		const ticksBefore = cpuTicks(app.pid);
		const startedAt = performance.now();
		await sleep(IDLE_SECONDS * 1000);
		const ticks = cpuTicks(app.pid) - ticksBefore;
		const seconds = (performance.now() - startedAt) / 1000;
		const idleFrames = app.frameCount - framesBefore;
		const idleCpuPct = (ticks / ticksPerSecond / seconds) * 100;
		log(`  idle ${seconds.toFixed(1)} s: ${ticks} ticks (${ticksPerSecond}/s) = ${idleCpuPct.toFixed(2)}% of a core, ${idleFrames} frames`);
		return {idleCpuPct: round(idleCpuPct), idleFrames};
	} finally {
		await app.kill();
	}
}
