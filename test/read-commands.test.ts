// The read subcommands against the sandbox over HTTP, run with streams of the test's own: every subcommand, every
// format, the records exactly as the API sent them, exit statuses 0, 1, 2 and 130, an export under a 429 every fifth
// request that loses and repeats no row, hostile text kept out of tables and CSV, and the key in no output.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {parse as parseYaml} from 'yaml';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import type {ExternalConnection} from '../source/api/types.js';
import {READ_SUBCOMMANDS} from '../source/commands/subcommands.js';
import {externalConnections} from '../source/resources/index.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {recordedRuns, runCommand, type RunOptions} from './helpers/command-run.js';
import {startJsonServer} from './helpers/json-server.js';

const KEY = 'KEYcommands_secret_5e4d3c2b1a';
const COUNT = 300;

describe('read subcommands against the sandbox', () => {
	let sandbox: Sandbox;
	let client: ApiClient;
	let env: NodeJS.ProcessEnv;
	let newest: string;
	const {runs, run, assertKeyNeverWritten} = recordedRuns(() => env);
	const ok = async (argv: string[], options: RunOptions = {}) => {
		const result = await run(argv, options);
		assert.equal(result.code, 0, `${argv.join(' ')}: ${result.stderr}`);
		return result;
	};
	const firstRows = async (count: number, filters = {}) =>
		(await externalConnections.fetchPage(client, {parentId: undefined, pageNumber: 1, pageSize: count, filters}, {})).data;

	before(async () => {
		sandbox = await startSandbox({count: COUNT, apiKey: KEY});
		client = createApiClient({baseUrl: sandbox.url, apiKey: KEY});
		env = {TELNYX_API_KEY: KEY, TELNYX_BASE_URL: sandbox.url};
		newest = (await firstRows(1))[0]!.id;
	});
	after(async () => {
		await sandbox.close();
		assertKeyNeverWritten(KEY);
		assert.ok(runs.length > 20);
	});

	it('lists the first 100 connections as JSON when stdout is not a terminal: the records exactly as the API sent them', async () => {
		const {stdout, stderr} = await ok(['connections', 'list']);
		assert.deepEqual(JSON.parse(stdout), await firstRows(100));
		assert.equal(stderr, '');
		assert.equal(sandbox.requests.at(-1)?.query['page[size]'], '100');
	});

	it('writes a table fitted to the terminal when stdout is one, and says how many more there are', async () => {
		const {stdout, stderr} = await ok(['connections', 'list', '--limit', '3'], {stdoutTty: {columns: 80}, stderrTty: true});
		const lines = stdout.trimEnd().split('\n');
		assert.equal(lines.length, 4);
		assert.match(lines[0]!, /^ {2}id +service +active +created +tags/);
		for (const line of lines) assert.ok(line.length <= 80, line);
		assert.match(stderr, /3 of 300 rows: --all for every one, --limit N for more\.\n$/);
	});

	it('writes each format: JSONL and YAML the same records, CSV the columns', async () => {
		const expected = await firstRows(5);
		const jsonl = await ok(['connections', 'list', '--limit', '5', '--format', 'jsonl']);
		assert.deepEqual(
			jsonl.stdout
				.trimEnd()
				.split('\n')
				.map(line => JSON.parse(line)),
			expected,
		);
		assert.deepEqual(parseYaml((await ok(['connections', 'list', '--limit', '5', '--format', 'yaml'])).stdout), expected);
		assert.deepEqual(JSON.parse((await ok(['connections', 'list', '--limit', '5', '--json'])).stdout), expected);
		const csv = await ok(['connections', 'list', '--limit', '5', '--format', 'csv', '--columns', 'id,service,tags,inbound']);
		const lines = csv.stdout.split('\r\n');
		assert.equal(lines[0], 'id,service,tags,inbound');
		assert.equal(lines.length, 7);
		const first = expected[0]!;
		assert.ok(lines[1]!.startsWith(`${first.id},${first.external_sip_connection},`), lines[1]);
		const table = await ok(['connections', 'list', '--limit', '5', '--format', 'table']);
		assert.match(
			table.stdout,
			/^ {2}id +service +active +credential +created +tags +webhook host +inbound +outbound +voice profile +updated\n/,
		);
	});

	it('fills the name column, one request a row, when asked for by name', async () => {
		const {stdout} = await ok(['connections', 'list', '--limit', '3', '--format', 'csv', '--columns', 'name,id']);
		const rows = stdout.trimEnd().split('\r\n').slice(1);
		assert.equal(rows.length, 3);
		for (const row of rows) {
			const id = row.split(',').at(-1)!;
			const connection = await client.getConnection(id);
			assert.equal(
				row,
				`${connection.connection_name?.includes(',') ? `"${connection.connection_name}"` : connection.connection_name},${id}`,
			);
		}
	});

	it('sends the filters the table checked, and a filter the API lacks is applied to the rows as they are read', async () => {
		sandbox.clearRequests();
		const zoom = JSON.parse(
			(await ok(['connections', 'list', '--filter', 'service=zoom', '--filter', 'name~zoom'])).stdout,
		) as ExternalConnection[];
		assert.ok(zoom.length > 0);
		assert.deepEqual(zoom, await firstRows(100, {externalSipConnection: 'zoom', connectionNameContains: 'zoom'}));
		assert.equal(sandbox.requests[0]?.query['filter[external_sip_connection]'], 'zoom');
		assert.equal(sandbox.requests[0]?.query['filter[connection_name][contains]'], 'zoom');
		const profile = (await firstRows(1))[0]!.outbound!.outbound_voice_profile_id!;
		const using = JSON.parse(
			(await ok(['connections', 'list', '--filter', `profile=${profile}`, '--limit', '7'])).stdout,
		) as ExternalConnection[];
		assert.equal(using.length, 7);
		for (const connection of using) assert.equal(connection.outbound?.outbound_voice_profile_id, profile);
	});

	it('exports every row with --all, in the API order, each once, in every format', async () => {
		const all: string[] = [];
		for (let page = 1; page <= 2; page++) {
			all.push(
				...(await externalConnections.fetchPage(client, {parentId: undefined, pageNumber: page, pageSize: 250, filters: {}}, {})).data.map(
					row => row.id,
				),
			);
		}
		const jsonl = await ok(['connections', 'list', '--all', '--format', 'jsonl', '--page-size', '20']);
		assert.deepEqual(
			jsonl.stdout
				.trimEnd()
				.split('\n')
				.map(line => (JSON.parse(line) as ExternalConnection).id),
			all,
		);
		const json = JSON.parse((await ok(['connections', 'list', '--all', '--page-size', '7'])).stdout) as ExternalConnection[];
		assert.deepEqual(
			json.map(row => row.id),
			all,
		);
		const csv = (await ok(['connections', 'list', '--all', '--format', 'csv'])).stdout.split('\r\n');
		assert.equal(csv.length, COUNT + 2);
	});

	it('loses and repeats no row under a 429 every fifth request', async () => {
		sandbox.setFaults({rateLimitEvery: 5});
		sandbox.clearRequests();
		try {
			const {stdout} = await ok(['connections', 'list', '--all', '--format', 'jsonl', '--page-size', '25']);
			const ids = stdout
				.trimEnd()
				.split('\n')
				.map(line => (JSON.parse(line) as ExternalConnection).id);
			assert.equal(ids.length, COUNT);
			assert.equal(new Set(ids).size, COUNT);
			assert.ok(sandbox.requests.some(request => request.status === 429));
		} finally {
			sandbox.setFaults({});
		}
	});

	it('shows a progress line on stderr only when stderr is a terminal, and wipes it', async () => {
		sandbox.setFaults({latencyMs: 20});
		try {
			const argv = ['connections', 'list', '--all', '--format', 'jsonl', '--page-size', '10', '--concurrency', '1'];
			const shown = await ok(argv, {stderrTty: true});
			assert.match(shown.stderr, /\r\x1b\[2K\d+ rows · \d+ of 30 pages · [\d,]+ rows\/s/);
			assert.ok(shown.stderr.endsWith('\r\x1b[2K'), JSON.stringify(shown.stderr.slice(-40)));
			assert.equal((await ok(argv)).stderr, '');
		} finally {
			sandbox.setFaults({});
		}
	});

	it('gets one connection, as the API sent it or as its columns', async () => {
		const record = await client.getExternalConnection(newest);
		assert.deepEqual(JSON.parse((await ok(['connections', 'get', newest])).stdout), record);
		assert.deepEqual(parseYaml((await ok(['connections', 'get', newest, '--format', 'yaml'])).stdout), record);
		assert.deepEqual(JSON.parse((await ok(['connections', 'get', newest, '--format', 'jsonl'])).stdout), record);
		const table = (await ok(['connections', 'get', newest], {stdoutTty: {columns: 100}})).stdout;
		assert.match(table, new RegExp(`^id +${newest}\\nservice +${record.external_sip_connection}\\n`));
		const csv = (await ok(['connections', 'get', newest, '--format', 'csv', '--columns', 'id,name'])).stdout;
		assert.equal(csv, `id,name\r\n${newest},${(await client.getConnection(newest)).connection_name}\r\n`);
	});

	it("lists what hangs off a connection, every connection's log messages and the voice profiles, through each resource's fetcher", async () => {
		for (const {noun, resource, parent} of READ_SUBCOMMANDS) {
			const argv = parent === 'required' ? [noun, 'list', newest] : [noun, 'list'];
			const listed = JSON.parse((await ok([...argv, '--limit', '20'])).stdout) as unknown[];
			const parentId = parent === 'required' ? newest : undefined;
			const expected = (await resource.fetchPage(client, {parentId, pageNumber: 1, pageSize: 20, filters: {}}, {})).data;
			assert.ok(expected.length > 0, `${noun} has rows`);
			assert.deepEqual(listed, expected, noun);
			const table = await ok([...argv, '--limit', '2', '--format', 'table']);
			assert.ok(table.stdout.split('\n').length >= 3, `${noun}: ${table.stdout}`);
		}
		const own = JSON.parse((await ok(['logs', 'list', newest, '--all'])).stdout) as Array<{meta?: {external_connection_id?: string}}>;
		assert.ok(own.length > 0);
		for (const message of own) assert.equal(message.meta?.external_connection_id, newest);
		const numbers = JSON.parse((await ok(['numbers', 'list', newest, '--filter', 'number~4411349600'])).stdout) as Array<{
			telephone_number: string;
		}>;
		assert.ok(numbers.length > 0);
		for (const number of numbers) assert.match(number.telephone_number, /4411349600/);
	});

	it('exits 1 with METHOD path: status code title detail on stderr when the API refuses, and nothing on stdout', async () => {
		const wrong = await run(['connections', 'list'], {env: {...env, TELNYX_API_KEY: 'KEYwrong_one_0000'}});
		assert.equal(wrong.code, 1);
		assert.equal(wrong.stdout, '');
		assert.match(wrong.stderr, /^GET \/external_connections: 401 10009 Authentication failed: .+\n$/);
		assert.ok(!wrong.stderr.includes('KEYwrong_one_0000'));
		const missing = await run(['connections', 'get', '1234567890123456789']);
		assert.equal(missing.code, 1);
		assert.equal(missing.stdout, '');
		assert.match(missing.stderr, /^GET \/external_connections\/1234567890123456789: 404 10005 Resource not found/);
		const unknownParent = await run(['numbers', 'list', '1234567890123456789', '--format', 'jsonl']);
		assert.equal(unknownParent.code, 1);
		assert.match(unknownParent.stderr, /^GET \/external_connections\/1234567890123456789\/phone_numbers: 404 /);
	});

	it('exits 1 naming the request when the network fails', async () => {
		const closed = await startJsonServer(() => ({status: 200, body: {}}));
		const url = closed.url;
		await closed.close();
		const result = await run(['profiles', 'list'], {env: {...env, TELNYX_BASE_URL: `${url}/v2`}});
		assert.equal(result.code, 1);
		assert.match(result.stderr, /^GET \/v2\/outbound_voice_profiles: Could not reach 127\.0\.0\.1:\d+: connection refused\n$/);
	});

	it('exits 2 for a usage error, a missing key or an unusable base URL, before any request', async () => {
		sandbox.clearRequests();
		for (const argv of [
			['connections', 'list', '--filter', 'nmae~x'],
			['connections', 'lsit'],
			['numbers', 'list'],
			['connections', 'list', '--limit', 'x'],
		]) {
			const result = await run(argv);
			assert.equal(result.code, 2, argv.join(' '));
			assert.equal(result.stdout, '');
			assert.match(result.stderr, /^ec-tui[^\n]*\n$/);
		}
		const noKey = await run(['connections', 'list'], {env: {TELNYX_BASE_URL: sandbox.url}});
		assert.equal(noKey.code, 2);
		assert.match(noKey.stderr, /^ec-tui: no API key: set TELNYX_API_KEY/);
		const insecure = await run(['connections', 'list'], {env: {...env, TELNYX_BASE_URL: 'http://api.example.com'}});
		assert.equal(insecure.code, 2);
		assert.match(insecure.stderr, /Refusing to send the API key over plain http/);
		assert.deepEqual(sandbox.requests, []);
	});

	it('prints help on stdout with exit 0', async () => {
		const help = await ok(['numbers', 'list', '--help']);
		assert.match(help.stdout, /^Usage: ec-tui numbers list CONNECTION_ID \[options\]/);
	});

	it('stops on Ctrl+C with exit 130, leaving whole JSONL lines and a closed JSON array', async () => {
		sandbox.setFaults({latencyMs: 10});
		try {
			for (const format of ['jsonl', 'json']) {
				const stop = new AbortController();
				const result = await run(['connections', 'list', '--all', '--format', format, '--page-size', '10', '--concurrency', '2'], {
					signal: stop.signal,
					onStdout: text => {
						if (text.split('\n').length > 25) stop.abort();
					},
				});
				assert.equal(result.code, 130);
				assert.match(result.stderr, /^ec-tui: interrupted after \d+ rows\.\n$/);
				const rows =
					format === 'json'
						? (JSON.parse(result.stdout) as ExternalConnection[])
						: result.stdout
								.split('\n')
								.slice(0, -1)
								.map(line => JSON.parse(line) as ExternalConnection);
				assert.ok(result.stdout.endsWith('\n'));
				assert.ok(rows.length >= 20 && rows.length < COUNT, `${rows.length} rows`);
				assert.match(result.stderr, new RegExp(`after ${rows.length} rows`));
			}
		} finally {
			sandbox.setFaults({});
		}
	});

	it('reads the demo sandbox with --demo, and no key is needed', async () => {
		const result = await runCommand(['connections', 'list', '--demo', '--limit', '2', '--format', 'jsonl']);
		assert.equal(result.code, 0, result.stderr);
		assert.equal(result.stdout.trimEnd().split('\n').length, 2);
	});
});

describe('hostile text from the API', () => {
	const HOSTILE = [
		'=HYPERLINK("http://evil.example","click")',
		'+cmd|calc',
		'-1+1',
		'@SUM(A1)',
		'a,"b"\nc',
		'\x1b]0;pwned\x07',
		'\u202eevil',
		'\x9d',
	];
	const connection = {
		id: '1858334946797002863',
		external_sip_connection: 'zoom',
		tags: HOSTILE,
		webhook_event_url: 'https://h.example/\x1b[2J',
	};
	let server: Awaited<ReturnType<typeof startJsonServer>>;
	let env: NodeJS.ProcessEnv;
	before(async () => {
		server = await startJsonServer(({path}) =>
			path.length === 1
				? {status: 200, body: {data: [connection], meta: {page_number: 1, page_size: 100, total_pages: 1, total_results: 1}}}
				: {status: 200, body: {data: connection}},
		);
		env = {TELNYX_API_KEY: server.apiKey, TELNYX_BASE_URL: server.url};
	});
	after(() => server.close());

	it('keeps JSON exact, and lets no control character into a table or CSV, whose formula cells are guarded', async () => {
		const json = await runCommand(['connections', 'list', '--json'], {env});
		assert.deepEqual(JSON.parse(json.stdout), [connection]);
		const csv = await runCommand(['connections', 'list', '--format', 'csv', '--columns', 'id,tags,webhook'], {env});
		assert.equal(csv.code, 0);
		const [, row] = csv.stdout.split('\r\n');
		assert.match(
			row!,
			/^1858334946797002863,"'=HYPERLINK\(""http:\/\/evil\.example"",""click""\), \+cmd\|calc, -1\+1, @SUM\(A1\), a,""b""\\nc, \\x1b\]0;pwned\\x07, \\u202eevil, \\x9d",h\.example$/,
		);
		const guarded = await runCommand(['connections', 'get', connection.id, '--format', 'csv', '--columns', 'tags'], {
			env: {...env},
		});
		assert.equal(
			guarded.stdout.split('\r\n')[1],
			`"'=HYPERLINK(""http://evil.example"",""click""), +cmd|calc, -1+1, @SUM(A1), a,""b""\\nc, \\x1b]0;pwned\\x07, \\u202eevil, \\x9d"`,
		);
		for (const format of ['table', 'csv', 'yaml', 'json', 'jsonl']) {
			const result = await runCommand(['connections', 'list', '--format', format], {env});
			assert.doesNotMatch(result.stdout, /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u202e]/, format);
		}
	});
});
