// `npm run bench`: the figures of issue 6 for the built ec-tui, measured in real pseudo-terminals against an
// in-process sandbox of 100,000 connections. Progress on stderr; the last line of stdout is one JSON object.
import {measureWatch, WATCH_SECONDS} from './measure-watch.js';
import {EXPORT_LATENCY_MS, EXPORT_ROWS, measureExport} from './measure-export.js';
import {BULK_NUMBERS, measureBulk} from './measure-bulk.js';
import os from 'node:os';
import {LIST_PAGING} from '../../source/resources/open-list.js';
import {startSandbox, type Sandbox} from '../../source/sandbox/server.js';
import {compileHello, removeCacheHome} from './launch.js';
import {KEY_PACE_MS, measureKeys} from './measure-keys.js';
import {MEMORY_PTY, measureMemory} from './measure-memory.js';
import {measureIdle} from './measure-idle.js';
import {measureInstall} from './measure-install.js';
import {measureBatched} from './measure-batched.js';
import {measurePaste} from './measure-paste.js';
import {measureLongPaste} from './measure-long-paste.js';
import {measureNames, ROWS_ON_SCREEN} from './measure-names.js';
import {measureNumbers} from './measure-numbers.js';
import {measureRequests} from './measure-requests.js';
import {CONCURRENT_REQUESTS, measureSandbox, UNAUTHENTICATED_POSTS} from './measure-sandbox.js';
import {measureStalls, STALL_LATENCY_MS} from './measure-stalls.js';
import {measureStartup} from './measure-startup.js';
import {PtyApp} from './pty-app.js';
import {log, round} from './stats.js';
import {targetLines, type Figures} from './targets.js';

const CONNECTIONS = 100_000;
const STARTUP_RUNS = 7;
const KEY_SAMPLES = 100;
const BATCHED_SEQUENCES = 100;
const INSTALL_RUNS = 3;

const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : round(a / b));

// BENCH_ONLY=keys,memory runs a subset while iterating on one figure; a published run measures everything.
const only = process.env['BENCH_ONLY']?.split(',');

async function step<T>(id: string, name: string, errors: string[], run: () => Promise<T>): Promise<T | undefined> {
	if (only && !only.includes(id)) return undefined;
	const startedAt = performance.now();
	log(`${name}…`);
	try {
		const result = await run();
		log(`  (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
		return result;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		log(`  FAILED: ${message}`);
		errors.push(`${name}: ${message.split('\n')[0]}`);
		// A measurement that failed may have left its app running; the next one starts clean.
		await PtyApp.killAll();
		return undefined;
	}
}

async function measureAll(sandbox: Sandbox): Promise<Figures> {
	const errors: string[] = [];
	const helloPath = compileHello();
	const startup = await step('startup', 'start-up: ec-tui vs Ink hello world', errors, () =>
		measureStartup(sandbox, helloPath, STARTUP_RUNS),
	);
	const keys = await step('keys', 'key → frame near row 1,000 and at row 100,000', errors, () => measureKeys(sandbox, KEY_SAMPLES));
	const numbers = await step('numbers', 'key → frame at number 5,000 of 10,000, and its list requests', errors, () =>
		measureNumbers(sandbox, KEY_SAMPLES),
	);
	const requests = await step('requests', 'requests to row 10,000 and for G', errors, () => measureRequests(sandbox));
	const names = await step('names', 'name requests for the first screen', errors, () => measureNames(sandbox));
	const memory = await step(
		'memory',
		`RSS after 1,000 and 100,000 rows (${MEMORY_PTY.rows}-row pty), and Ink's hello world's`,
		errors,
		() => measureMemory(sandbox, helloPath),
	);
	const stalls = await step('stalls', `held ↓ at 30 keys/s, ${STALL_LATENCY_MS} ms latency`, errors, () => measureStalls(sandbox));
	const idle = await step('idle', 'idle CPU', errors, () => measureIdle(sandbox));
	const paste = await step('paste', '2,000 characters into a wizard field: pasted, and typed in one write', errors, () =>
		measurePaste(sandbox),
	);
	const longPaste = await step('long paste', '10,000 numbers pasted into the number filter and the upload form, then keys', errors, () =>
		measureLongPaste(sandbox),
	);
	const batched = await step('batched', `${BATCHED_SEQUENCES} key sequences in one write and paced`, errors, () =>
		measureBatched(BATCHED_SEQUENCES),
	);
	const watch = await step(
		'watch',
		`requests of the uploads list's watch over ${WATCH_SECONDS} s, uploads in flight and none`,
		errors,
		() => measureWatch(),
	);
	const bulk = await step('bulk', `${BULK_NUMBERS} numbers moved at 150 ms latency, 4 at a time and one after another`, errors, () =>
		measureBulk(),
	);
	const install = await step('install', `the packed tarball into an empty prefix, ${INSTALL_RUNS} times`, errors, () =>
		measureInstall(INSTALL_RUNS),
	);
	const served = await step(
		'sandbox',
		`the sandbox: ${CONCURRENT_REQUESTS} concurrent requests a route, RSS after ${UNAUTHENTICATED_POSTS} unauthenticated 1 MB POSTs`,
		errors,
		() => measureSandbox(CONNECTIONS),
	);
	const exported = await step(
		'export',
		`ec-tui connections list --all --format jsonl against the SDK's for await: ${EXPORT_ROWS} connections, ${EXPORT_LATENCY_MS} ms latency`,
		errors,
		() => measureExport(),
	);
	const cpu = os.cpus()[0];
	return {
		startup_ms: startup?.startupMs,
		ink_hello_ms: startup?.inkHelloMs,
		startup_ratio: ratio(startup?.startupMs, startup?.inkHelloMs),
		startup_cold_ms: startup?.coldStartupMs,
		startup_cold_ratio: ratio(startup?.coldStartupMs, startup?.inkHelloMs),
		key_ms_1k: keys?.keyMs1k,
		key_ms_100k: keys?.keyMs100k,
		key_ms_ratio: ratio(keys?.keyMs100k, keys?.keyMs1k),
		key_ms_numbers_10k: numbers?.keyMsNumbers10k,
		key_p95_ms_numbers_10k: numbers?.p95MsNumbers10k,
		numbers_requests_to_row_5000: numbers?.numbersRequests,
		numbers_pages_touched_to_row_5000: numbers?.numbersPagesTouched,
		requests_to_row_10000: requests?.requestsToRow10000,
		pages_touched_to_row_10000: Math.ceil(10_000 / LIST_PAGING.pageSize),
		requests_jump_to_end: requests?.requestsJumpToEnd,
		rss_mb_1k: memory?.rssMb1k,
		rss_mb_100k: memory?.rssMb100k,
		rss_ratio: ratio(memory?.rssMb100k, memory?.rssMb1k),
		rss_hello_mb: memory?.rssHelloMb,
		rss_ratio_hello: ratio(memory?.rssMb100k, memory?.rssHelloMb),
		name_requests_first_screen: names?.nameRequestsFirstScreen,
		rows_on_screen: ROWS_ON_SCREEN,
		name_requests_while_held: stalls?.nameRequestsWhileHeld,
		name_requests_after_hold: stalls?.nameRequestsAfterHold,
		stalled_keys: stalls?.stalledKeys,
		stalled_frames: stalls?.stalledFrames,
		idle_cpu_pct: idle?.idleCpuPct,
		paste_ms: paste?.pasteMs,
		typed_run_ms: paste?.typedRunMs,
		number_filter_paste_ms: longPaste?.filterPasteMs,
		number_filter_key_ms: longPaste?.filterKeyMs,
		upload_form_paste_ms: longPaste?.uploadPasteMs,
		upload_form_key_ms: longPaste?.uploadKeyMs,
		batched_keys_lost: batched?.batchedKeysLost,
		watch_requests_per_min: watch?.watchRequestsPerMin,
		watch_requests_per_min_none_pending: watch?.watchRequestsPerMinNonePending,
		bulk_move_500_s: bulk?.bulkMoveS,
		bulk_move_500_sequential_s: bulk?.sequentialMoveS,
		bulk_move_speedup: ratio(bulk?.sequentialMoveS, bulk?.bulkMoveS),
		bulk_move_500_requests: bulk?.bulkMoveRequests,
		install_packages: install?.installPackages,
		install_kb: install?.installKb,
		install_s: install?.installS,
		sandbox_p99_ms: served?.sandboxP99Ms,
		sandbox_rss_mb: served?.rssMbAfter,
		sandbox_rss_mb_before: served?.rssMbBefore,
		sandbox_rss_mb_after_twice: served?.rssMbAfterTwice,
		sandbox_slowest_route: served?.slowestRoute,
		sandbox_p99_ms_by_route: served?.p99MsByRoute,
		export_100k_s: exported?.exportS,
		sdk_export_100k_s: exported?.sdkExportS,
		export_ratio: ratio(exported?.sdkExportS, exported?.exportS),
		export_rss_mb_10k: exported?.rssMb10k,
		export_rss_mb_100k: exported?.rssMb100k,
		export_rss_ratio: ratio(exported?.rssMb100k, exported?.rssMb10k),
		export_429_s: exported?.export429S,
		export_429_lost: exported?.export429Lost,
		export_429_duplicated: exported?.export429Duplicated,
		export_100k_runs_s: exported?.exportRunsS,
		page_size: LIST_PAGING.pageSize,
		prefetch_rows: LIST_PAGING.prefetchRows,
		max_resident_pages: LIST_PAGING.maxResidentPages,
		node: process.version,
		machine: cpu?.model.trim(),
		cores: os.cpus().length,
		date: new Date().toISOString(),
		connections: CONNECTIONS,
		startup_runs: STARTUP_RUNS,
		startup_ms_runs: startup?.startupRuns,
		ink_hello_ms_runs: startup?.inkHelloRuns,
		startup_cold_ms_runs: startup?.coldStartupRuns,
		key_samples: KEY_SAMPLES,
		key_pace_ms: KEY_PACE_MS,
		key_p95_ms_1k: keys?.p95Ms1k,
		key_p95_ms_100k: keys?.p95Ms100k,
		stall_frames_total: stalls?.frames,
		stall_rows_moved: stalls?.rowsMoved,
		idle_frames: idle?.idleFrames,
		batched_sequences: batched?.sequences,
		batched_keys: batched?.keys,
		batched_seed: batched?.seed,
		install_runs_s: install?.installRunsS,
		errors,
	};
}

async function main(): Promise<number> {
	const startedAt = performance.now();
	const sandbox = await startSandbox({count: CONNECTIONS});
	const cleanUp = async () => {
		await PtyApp.killAll();
		await sandbox.close();
		removeCacheHome();
	};
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			void cleanUp().finally(() => process.exit(130));
		});
	}
	try {
		const figures = await measureAll(sandbox);
		log(`\nbench finished in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
		for (const line of targetLines(figures)) log(line);
		process.stdout.write(`${JSON.stringify(figures)}\n`);
		return (figures['errors'] as string[]).length > 0 ? 1 : 0;
	} finally {
		await cleanUp();
	}
}

process.exitCode = await main();
