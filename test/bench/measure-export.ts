// Issue 20's export figures, side by side against one sandbox process of 100,000 connections at 150 ms latency:
// `ec-tui connections list --all --format jsonl > file` (the built binary, through its shebang as installed) and the
// official SDK's `for await` over externalConnections.list() at its largest page; the export's peak RSS at 10,000 and
// 100,000 rows; and the same export against a sandbox answering every fifth request 429 with Retry-After: 1,
// checked id by id against the first (nothing lost, nothing twice, the same order).
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {createReadStream, mkdtempSync, openSync, closeSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import Telnyx from 'telnyx';
import {peakRssMb} from './proc-stats.js';
import {BIN, startSandboxProcess, type SandboxProcess} from './sandbox-process.js';
import {log, median, round, sleep} from './stats.js';

export const EXPORT_ROWS = 100_000;
export const EXPORT_LATENCY_MS = 150;
const EXPORT_RUNS = 3;
const SMALL_EXPORT_ROWS = 10_000;
/** The SDK's page at its largest (the API's maximum): its default would make four times as many requests. */
const SDK_PAGE_SIZE = 250;

export type ExportFigures = {
	exportS: number;
	exportRunsS: number[];
	sdkExportS: number;
	rssMb10k: number;
	rssMb100k: number;
	export429S: number;
	export429Lost: number;
	export429Duplicated: number;
};

type Exported = {seconds: number; peakRssMb: number; rows: number; unique: number; idsHash: string; ids: Set<string>};

/** Runs the binary (`--all`, or `--limit N`) with stdout to a file, sampling its peak RSS, then reads the file back id by id. */
async function exportOnce(sandbox: SandboxProcess, file: string, amount: string[] = ['--all']): Promise<Exported> {
	const fd = openSync(file, 'w');
	const startedAt = performance.now();
	const child = spawn(BIN, ['connections', 'list', ...amount, '--format', 'jsonl'], {
		env: {PATH: process.env['PATH'], TELNYX_BASE_URL: sandbox.url, TELNYX_API_KEY: sandbox.apiKey},
		stdio: ['ignore', fd, 'pipe'],
	});
	let stderr = '';
	child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	let peak = 0;
	const sampler = setInterval(() => {
		try {
			peak = Math.max(peak, peakRssMb(child.pid!));
		} catch {
			// Gone between the tick and the read: the last sample stands.
		}
	}, 20);
	const code = await new Promise<number | null>(resolve => child.on('exit', resolve));
	const seconds = (performance.now() - startedAt) / 1000;
	clearInterval(sampler);
	closeSync(fd);
	if (code !== 0) throw new Error(`the export exited with ${code}: ${stderr.trim()}`);
	const hash = createHash('sha256');
	const ids = new Set<string>();
	let rows = 0;
	for await (const line of createInterface({input: createReadStream(file)})) {
		const id = (JSON.parse(line) as {id: string}).id;
		hash.update(`${id}\n`);
		ids.add(id);
		rows++;
	}
	return {seconds, peakRssMb: peak, rows, unique: ids.size, idsHash: hash.digest('hex'), ids};
}

async function sdkExport(sandbox: SandboxProcess): Promise<{seconds: number; rows: number}> {
	const client = new Telnyx({apiKey: sandbox.apiKey, baseURL: sandbox.url});
	const startedAt = performance.now();
	let rows = 0;
	for await (const connection of client.externalConnections.list({'page[size]': SDK_PAGE_SIZE})) if (connection.id) rows++;
	return {seconds: (performance.now() - startedAt) / 1000, rows};
}

export async function measureExport(): Promise<ExportFigures> {
	const folder = mkdtempSync(join(tmpdir(), 'ec-tui-export-'));
	const file = join(folder, 'connections.jsonl');
	const args = ['--count', String(EXPORT_ROWS), '--latency', String(EXPORT_LATENCY_MS)];
	const sandbox = await startSandboxProcess(args);
	const limited = await startSandboxProcess([...args, '--rate-limit-every', '5']);
	try {
		const runs: Exported[] = [];
		for (let run = 0; run < EXPORT_RUNS; run++) {
			const exported = await exportOnce(sandbox, file);
			if (exported.rows !== EXPORT_ROWS || exported.unique !== EXPORT_ROWS) {
				throw new Error(`the export wrote ${exported.rows} rows, ${exported.unique} of them different`);
			}
			runs.push(exported);
			log(`  ec-tui export: ${round(exported.seconds)} s, peak RSS ${round(exported.peakRssMb, 1)} MB`);
			await sleep(1000);
		}
		const sdk = await sdkExport(sandbox);
		if (sdk.rows !== EXPORT_ROWS) throw new Error(`the SDK read ${sdk.rows} rows`);
		log(`  SDK for await: ${round(sdk.seconds)} s`);
		const small = await exportOnce(sandbox, file, ['--limit', String(SMALL_EXPORT_ROWS)]);
		if (small.rows !== SMALL_EXPORT_ROWS) throw new Error(`the 10k export wrote ${small.rows} rows`);
		log(`  ec-tui export of ${SMALL_EXPORT_ROWS}: ${round(small.seconds)} s, peak RSS ${round(small.peakRssMb, 1)} MB`);

		const reference = runs[0]!;
		const throttled = await exportOnce(limited, file);
		const lost = [...reference.ids].filter(id => !throttled.ids.has(id)).length;
		const sameOrder = throttled.idsHash === reference.idsHash;
		log(
			`  under a 429 every 5th request: ${round(throttled.seconds)} s, ${throttled.rows} rows, ${lost} lost, ` +
				`${throttled.rows - throttled.unique} twice, ${sameOrder ? 'the same order' : 'ANOTHER ORDER'}`,
		);
		if (!sameOrder && lost === 0) throw new Error('the throttled export has every row but in another order');
		const medianRun = median(runs.map(run => run.seconds));
		return {
			exportS: round(medianRun),
			exportRunsS: runs.map(run => round(run.seconds)),
			sdkExportS: round(sdk.seconds),
			rssMb10k: round(small.peakRssMb, 1),
			rssMb100k: round(median(runs.map(run => run.peakRssMb)), 1),
			export429S: round(throttled.seconds),
			export429Lost: lost,
			export429Duplicated: throttled.rows - throttled.unique,
		};
	} finally {
		sandbox.child.kill();
		limited.child.kill();
		rmSync(folder, {recursive: true, force: true});
	}
}
