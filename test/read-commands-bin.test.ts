// The built binary (dist/cli.js, run through its shebang as an installed `ec-tui` is) with its stdout piped, as a
// script runs it: an export read back whole, Ctrl+C in the middle leaving whole JSONL lines and status 130, a reader
// that leaves early (`| head`), a mistyped subcommand. Needs dist/cli.js: `npm test` builds it first.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {after, before, describe, it} from 'node:test';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import type {ExternalConnection} from '../source/api/types.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const KEY = 'KEYbinary_secret_77aa88bb';
const COUNT = 2000;

type Exit = {code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string};

function ecTui(argv: string[], env: NodeJS.ProcessEnv, onStdout?: (text: string, stop: () => void) => void): Promise<Exit> {
	const child = spawn(cli, argv, {env: {PATH: process.env['PATH'], XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'ec-tui-bin-')), ...env}});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
		onStdout?.(stdout, () => child.kill('SIGINT'));
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	return new Promise(resolve => child.on('close', (code, signal) => resolve({code, signal, stdout, stderr})));
}

describe('the ec-tui binary, piped', () => {
	let sandbox: Sandbox;
	let env: NodeJS.ProcessEnv;
	before(async () => {
		assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)');
		sandbox = await startSandbox({count: COUNT, apiKey: KEY});
		env = {TELNYX_API_KEY: KEY, TELNYX_BASE_URL: `${sandbox.url}/v2`};
	});
	after(() => sandbox.close());

	it('exports every connection as JSONL, each once, and says nothing else', async () => {
		const result = await ecTui(['connections', 'list', '--all', '--format', 'jsonl'], env);
		assert.equal(result.code, 0, result.stderr);
		assert.equal(result.stderr, '');
		const ids = result.stdout
			.trimEnd()
			.split('\n')
			.map(line => (JSON.parse(line) as ExternalConnection).id);
		assert.equal(ids.length, COUNT);
		assert.equal(new Set(ids).size, COUNT);
		assert.ok(!result.stdout.includes(KEY));
	});

	it('writes JSON when piped, without being asked', async () => {
		const result = await ecTui(['--demo', 'profiles', 'list'], {});
		assert.equal(result.code, 0, result.stderr);
		assert.ok((JSON.parse(result.stdout) as unknown[]).length > 0);
	});

	it('stops on Ctrl+C with status 130 and whole JSONL lines', async () => {
		sandbox.setFaults({latencyMs: 30});
		try {
			let stopped = false;
			const result = await ecTui(['connections', 'list', '--all', '--format', 'jsonl', '--page-size', '20'], env, (text, stop) => {
				// Once: a chunk may carry many lines, and a second SIGINT would leave without ending the output.
				if (stopped || text.split('\n').length <= 100) return;
				stopped = true;
				stop();
			});
			assert.equal(result.code, 130, result.stderr);
			const lines = result.stdout.split('\n');
			assert.equal(lines.pop(), '', 'the output ends on a whole line');
			for (const line of lines) JSON.parse(line);
			assert.ok(lines.length >= 100 && lines.length < COUNT, `${lines.length} lines`);
			assert.equal(result.stderr, `ec-tui: interrupted after ${lines.length.toLocaleString('en-US')} rows.\n`);
		} finally {
			sandbox.setFaults({});
		}
	});

	it('ends quietly with status 0 when the reader leaves early, as `| head` does', async () => {
		const child = spawn(cli, ['connections', 'list', '--all', '--format', 'jsonl', '--page-size', '10'], {
			env: {PATH: process.env['PATH'], ...env},
		});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise(resolve => child.on('close', resolve));
		assert.equal(code, 0, stderr);
		assert.equal(stderr, '');
	});

	it('answers a mistyped subcommand with the nearest one and status 2', async () => {
		const result = await ecTui(['conections', 'list'], env);
		assert.equal(result.code, 2);
		assert.equal(result.stderr, 'ec-tui: Unknown command "conections". Did you mean connections? Run ec-tui --help for the options.\n');
		const verb = await ecTui(['connections', 'lst'], env);
		assert.equal(verb.code, 2);
		assert.equal(verb.stderr, 'ec-tui connections: no verb "lst". Did you mean list? Verbs: list, get, create, update, delete.\n');
	});

	it('a change off a terminal: --dry-run prints the request, a delete without --yes sends nothing; completion prints a script', async () => {
		const listed = await ecTui(['connections', 'list', '--limit', '1'], env);
		const {id} = (JSON.parse(listed.stdout) as ExternalConnection[])[0]!;
		const before = sandbox.requests.filter(request => request.method !== 'GET').length;
		const dry = await ecTui(['connections', 'update', id, '--set', 'tags=a', '--dry-run'], env);
		assert.equal(dry.code, 0, dry.stderr);
		assert.match(dry.stdout, new RegExp(`^PATCH /v2/external_connections/${id}\n\\{`));
		const refused = await ecTui(['connections', 'delete', id], env);
		assert.equal(refused.code, 2);
		assert.match(refused.stderr, /pass --yes/);
		assert.equal(sandbox.requests.filter(request => request.method !== 'GET').length, before);
		const completion = await ecTui(['completion', 'bash'], {});
		assert.equal(completion.code, 0);
		assert.match(completion.stdout, /\ncomplete -F _ec_tui ec-tui\n$/);
	});
});
