// Runs a read subcommand in this process with streams of the test's own: its stdout and stderr as text, each
// marked a terminal or not, an environment with no saved key, and an abort signal standing in for Ctrl+C.
import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {runReadCommand} from '../../source/commands/run-command.js';

export type CommandRun = {code: number; stdout: string; stderr: string};

export type RunOptions = {
	env?: NodeJS.ProcessEnv;
	stdoutTty?: {columns: number};
	stderrTty?: boolean;
	signal?: AbortSignal;
	/** What stdin holds (then it ends), and whether it is a terminal. */
	stdin?: {text: string; tty?: boolean};
	/** Called with each chunk written to stdout (to abort after the first rows, say). */
	onStdout?: (text: string) => void;
};

// No key saved here, whatever the machine running the tests has saved.
const emptyConfigHome = mkdtempSync(join(tmpdir(), 'ec-tui-commands-'));

export async function runCommand(argv: string[], options: RunOptions = {}): Promise<CommandRun> {
	const stdout = Object.assign(new PassThrough(), options.stdoutTty ? {isTTY: true, columns: options.stdoutTty.columns} : {});
	const stderr = Object.assign(new PassThrough(), options.stderrTty ? {isTTY: true} : {});
	const out = {stdout: '', stderr: ''};
	stdout.on('data', (chunk: Buffer) => {
		out.stdout += chunk.toString('utf8');
		options.onStdout?.(out.stdout);
	});
	stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString('utf8')));
	const stdin = Object.assign(new PassThrough(), options.stdin?.tty ? {isTTY: true} : {});
	stdin.end(options.stdin?.text ?? '');
	const code = await runReadCommand(argv, {
		stdin,
		stdout,
		stderr,
		env: {XDG_CONFIG_HOME: emptyConfigHome, XDG_STATE_HOME: emptyConfigHome, ...options.env},
		signal: options.signal ?? new AbortController().signal,
	});
	// PassThrough hands chunks on asynchronously: what was written is read before the answer is given.
	await new Promise(resolve => setImmediate(resolve));
	return {code, ...out};
}

/**
 * runCommand with the environment `env()` gives (set in a `before`), each run kept so that, once all have run,
 * `assertKeyNeverWritten` can check that none printed the key.
 */
export function recordedRuns(env: () => NodeJS.ProcessEnv) {
	const runs: CommandRun[] = [];
	return {
		runs,
		async run(argv: string[], options: RunOptions = {}): Promise<CommandRun> {
			const result = await runCommand(argv, {env: env(), ...options});
			runs.push(result);
			return result;
		},
		assertKeyNeverWritten(key: string): void {
			for (const result of runs) assert.ok(!`${result.stdout}${result.stderr}`.includes(key), 'the key was written');
		},
	};
}
