import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {describe, it} from 'node:test';
import {runSandboxCommand} from '../source/sandbox/command.js';
import {startSandbox} from '../source/sandbox/server.js';
import {waitUntil} from './helpers/wait-for.js';

function capture() {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	const out = {stdout: '', stderr: ''};
	stdout.on('data', chunk => (out.stdout += String(chunk)));
	stderr.on('data', chunk => (out.stderr += String(chunk)));
	return {io: {stdout, stderr}, out};
}

describe('ec-tui sandbox command', () => {
	it('refuses bad flags with one line on stderr and exit code 2', async () => {
		for (const argv of [
			['--fail-rate', '1.5'],
			['--hang-rate', 'abc'],
			['--port', '70000'],
			['--rate-limit-every', '0'],
			['--count', '-1'],
			['--latency', 'fast'],
			['--bogus'],
			['--port'],
			['extra'],
			['--api-key', 'has space'],
		]) {
			const {io, out} = capture();
			assert.equal(await runSandboxCommand(argv, io), 2, argv.join(' '));
			assert.match(out.stderr, /^ec-tui sandbox: [^\n]+\n$/, argv.join(' '));
			assert.equal(out.stdout, '');
		}
	});

	it('suggests the flag an unknown one was probably meant to be', async () => {
		const {io, out} = capture();
		assert.equal(await runSandboxCommand(['--data-sed', '3'], io), 2);
		assert.equal(out.stderr, "ec-tui sandbox: Unknown option '--data-sed'; did you mean --data-seed?\n");
	});

	it('prints help', async () => {
		const {io, out} = capture();
		assert.equal(await runSandboxCommand(['--help'], io), 0);
		assert.match(out.stdout, /^Usage: ec-tui sandbox/);
		assert.match(out.stdout, /--rate-limit-rate R/);
		assert.match(out.stdout, /--rate-limit-every N/);
	});

	it('serves until SIGTERM, announcing its URL, key and a curl example', async () => {
		const {io, out} = capture();
		const running = runSandboxCommand(['--count', '5', '--api-key', 'KEY_cli_test', '--latency', '1'], io);
		await waitUntil(() => out.stdout.includes('Press Ctrl+C'), 'the sandbox announced itself');
		const url = /^Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out.stdout)?.[1];
		assert.ok(url, out.stdout);
		assert.match(out.stdout, /^API key: KEY_cli_test$/m);
		assert.match(out.stdout, /^Try: curl .*Bearer KEY_cli_test.*\/v2\/external_connections/m);
		const response = await fetch(`${url}/v2/external_connections`, {headers: {authorization: 'Bearer KEY_cli_test'}});
		assert.equal(((await response.json()) as {meta: {total_results: number}}).meta.total_results, 5);
		process.emit('SIGTERM');
		assert.equal(await running, 0);
		assert.match(out.stdout, /Sandbox stopped\.\n$/);
		assert.equal(process.listenerCount('SIGINT') + process.listenerCount('SIGTERM'), 0);
		await assert.rejects(fetch(`${url}/external_connections`));
	});

	it('reports a busy port on one line', async () => {
		const busy = await startSandbox();
		try {
			const {io, out} = capture();
			assert.equal(await runSandboxCommand(['--port', new URL(busy.url).port], io), 1);
			assert.equal(out.stderr, 'ec-tui sandbox: cannot start: the port is already in use\n');
		} finally {
			await busy.close();
		}
	});
});
