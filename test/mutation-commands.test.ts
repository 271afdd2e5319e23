// The mutation subcommands against the sandbox over HTTP: each refusal (a rule broken, --read-only, no --yes off a
// terminal, a "no") sends nothing, --dry-run prints the request and sends nothing, and a real send changes the
// sandbox's record once. The sandbox's own request log is the proof of what was and was not sent.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import {externalConnections} from '../source/resources/index.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {entriesOf} from '../source/journal/journal-lines.js';
import {journalPath} from '../source/journal/journal-path.js';
import {recordedRuns, type RunOptions} from './helpers/command-run.js';
import {rejectionWithout} from './helpers/rejection.js';

const KEY = 'KEYmutations_secret_7f6e5d4c';

describe('connection mutation subcommands against the sandbox', () => {
	let sandbox: Sandbox;
	let client: ApiClient;
	let env: NodeJS.ProcessEnv;
	let profile: string;
	const {run, assertKeyNeverWritten} = recordedRuns(() => env);
	const mutationsSent = () => sandbox.requests.filter(request => request.method !== 'GET');
	/** Runs argv and checks it sent no request of any kind. */
	const sendsNothing = async (argv: string[], code: number, options: RunOptions = {}) => {
		const before = sandbox.requests.length;
		const result = await run(argv, options);
		assert.equal(result.code, code, result.stderr);
		assert.equal(sandbox.requests.length, before, `${argv.join(' ')} sent a request`);
		assert.equal(result.stdout, '');
		return result;
	};
	const zoomConnection = async () => {
		const page = await externalConnections.fetchPage(
			client,
			{parentId: undefined, pageNumber: 1, pageSize: 1, filters: {externalSipConnection: 'zoom'}},
			{},
		);
		return page.data[0]!;
	};

	before(async () => {
		sandbox = await startSandbox({count: 30, apiKey: KEY});
		client = createApiClient({baseUrl: sandbox.url, apiKey: KEY, retries: 0});
		env = {TELNYX_API_KEY: KEY, TELNYX_BASE_URL: sandbox.url};
		profile = (await client.listOutboundVoiceProfiles({pageNumber: 1, pageSize: 1})).data[0]!.id;
	});
	after(async () => {
		await sandbox.close();
		assertKeyNeverWritten(KEY);
	});

	it('create --dry-run prints the exact POST the form would send, and sends nothing', async () => {
		const before = mutationsSent().length;
		const args = ['connections', 'create', '--set', `outbound.outbound_voice_profile_id=${profile}`, '--set', 'tags= a, b ,a', '--dry-run'];
		const {code, stdout, stderr} = await run([
			...args,
			'--set',
			'inbound.channel_limit=5',
			'--set',
			`inbound.outbound_voice_profile_id=${profile}`,
		]);
		assert.equal(code, 0, stderr);
		const [line, ...body] = stdout.split('\n');
		assert.equal(line, 'POST /external_connections');
		assert.deepEqual(JSON.parse(body.join('\n')), {
			external_sip_connection: 'zoom',
			active: true,
			outbound: {outbound_voice_profile_id: profile},
			inbound: {outbound_voice_profile_id: profile, channel_limit: 5},
			tags: ['a', 'b'],
		});
		assert.equal(mutationsSent().length, before);
	});

	it('create refuses a value the form refuses, naming the field and its rule: exit 2, no request', async () => {
		const missing = await sendsNothing(['connections', 'create', '--set', 'tags=a'], 2);
		assert.match(
			missing.stderr,
			/^ec-tui connections create: outbound\.outbound_voice_profile_id: An id is needed\. Required: digits only/,
		);
		const range = await sendsNothing(
			['connections', 'create', '--set', `outbound.outbound_voice_profile_id=${profile}`, '--set', 'webhook_timeout_secs=31'],
			2,
		);
		assert.match(range.stderr, /webhook_timeout_secs: "31" is not allowed\. Optional: a whole number of seconds from 0 to 30\./);
		const unknown = await sendsNothing(['connections', 'create', '--set', 'tag=a'], 2);
		assert.match(unknown.stderr, /no field "tag" to create\. Did you mean tags\?/);
		const choice = await sendsNothing(['connections', 'update', '1', '--set', 'active=maybe'], 2);
		assert.match(choice.stderr, /--set active=maybe: Active is true or false\./);
	});

	it('create sends once and answers with the new record, which the sandbox then holds', async () => {
		const before = mutationsSent().length;
		const {code, stdout, stderr} = await run([
			'connections',
			'create',
			'--set',
			`outbound.outbound_voice_profile_id=${profile}`,
			'--set',
			'tags=scripted',
		]);
		assert.equal(code, 0, stderr);
		const created = JSON.parse(stdout) as {id: string; tags: string[]};
		assert.deepEqual(created.tags, ['scripted']);
		assert.equal(mutationsSent().length, before + 1);
		assert.deepEqual((await client.getExternalConnection(created.id)).tags, ['scripted']);
	});

	it('update sends only what changed (with the profile the update schema requires) and the record changes', async () => {
		const connection = await zoomConnection();
		const state = {...env, XDG_STATE_HOME: await mkdtemp(path.join(tmpdir(), 'ec-tui-update-journal-'))};
		const argv = ['connections', 'update', connection.id, '--set', 'active=false', '--set', 'tags=x,y'];
		const {code, stdout, stderr} = await run(argv, {env: state});
		assert.equal(code, 0, stderr);
		// The journal holds the way back (tags and active as they were), for u on the journal screen.
		const [entry] = entriesOf((await readFile(journalPath(state), 'utf8')).split('\n'));
		assert.deepEqual(entry?.inverse?.body, {
			active: connection.active,
			outbound: {outbound_voice_profile_id: connection.outbound!.outbound_voice_profile_id},
			tags: connection.tags,
		});
		const patch = mutationsSent().at(-1)!;
		assert.equal(patch.method, 'PATCH');
		assert.deepEqual(JSON.parse(patch.body!), {
			active: false,
			outbound: {outbound_voice_profile_id: connection.outbound!.outbound_voice_profile_id},
			tags: ['x', 'y'],
		});
		assert.equal((JSON.parse(stdout) as {active: boolean}).active, false);
		const now = await client.getExternalConnection(connection.id);
		assert.equal(now.active, false);
		assert.deepEqual(now.tags, ['x', 'y']);
	});

	it('update takes a JSON body from stdin, checked field by field; a body it refuses sends nothing', async () => {
		const connection = await zoomConnection();
		const body = JSON.stringify({outbound: {channel_limit: 12}, webhook_timeout_secs: 9});
		const dry = await run(['connections', 'update', connection.id, '--body', '-', '--dry-run'], {stdin: {text: body}});
		assert.equal(dry.code, 0, dry.stderr);
		assert.match(dry.stdout, new RegExp(`^PATCH /external_connections/${connection.id}\\n`));
		assert.deepEqual(JSON.parse(dry.stdout.split('\n').slice(1).join('\n')), {
			outbound: {outbound_voice_profile_id: connection.outbound!.outbound_voice_profile_id, channel_limit: 12},
			webhook_timeout_secs: 9,
		});
		const refused = await sendsNothing(['connections', 'update', connection.id, '--body', '-'], 2, {
			stdin: {text: JSON.stringify({outbound: {channel_limit: 0}})},
		});
		assert.match(refused.stderr, /outbound\.channel_limit: "0" is not allowed/);
		const notJson = await sendsNothing(['connections', 'update', connection.id, '--body', '-'], 2, {stdin: {text: '{'}});
		assert.match(notJson.stderr, /--body: not JSON/);
		const extra = await sendsNothing(['connections', 'update', connection.id, '--body', '-'], 2, {stdin: {text: '{"nmae":"x"}'}});
		assert.match(extra.stderr, /no field "nmae" to update/);
	});

	it('update with nothing different sends nothing and says so', async () => {
		const connection = await zoomConnection();
		const before = mutationsSent().length;
		const {code, stderr} = await run(['connections', 'update', connection.id, '--set', `active=${connection.active}`]);
		assert.equal(code, 0, stderr);
		assert.match(stderr, /already holds these values: nothing sent/);
		assert.equal(mutationsSent().length, before);
	});

	it('delete needs --yes off a terminal, asks on one (no by default), and refuses in read-only mode; none of these sends', async () => {
		const connection = await zoomConnection();
		const noYes = await sendsNothing(['connections', 'delete', connection.id], 2);
		assert.match(noYes.stderr, /pass --yes/);
		const declined = await sendsNothing(['connections', 'delete', connection.id], 2, {stdin: {text: '\n', tty: true}});
		assert.match(declined.stderr, /Delete connection \d+\? This cannot be undone\. \[y\/N\] .*not confirmed: nothing sent/s);
		const readOnly = await sendsNothing(['connections', 'delete', connection.id, '--yes', '--read-only'], 2);
		assert.match(readOnly.stderr, /read-only \(--read-only, or the profile's read_only\): this command changes the account/);
		const dry = await run(['connections', 'delete', connection.id, '--dry-run']);
		assert.equal(dry.stdout, `DELETE /external_connections/${connection.id}\n`);
		assert.equal((await client.getExternalConnection(connection.id)).id, connection.id);
	});

	it('delete sends once after a "y" on a terminal; the connection is then gone', async () => {
		const connection = await zoomConnection();
		await run(['connections', 'update', connection.id, '--set', 'active=false']);
		const before = mutationsSent().length;
		const {code, stdout, stderr} = await run(['connections', 'delete', connection.id, '--json'], {stdin: {text: 'y\n', tty: true}});
		assert.equal(code, 0, stderr);
		assert.equal((JSON.parse(stdout) as {id: string}).id, connection.id);
		assert.equal(mutationsSent().length, before + 1);
		const gone = await rejectionWithout(KEY)(client.getExternalConnection(connection.id));
		assert.equal(gone.status, 404);
	});

	it('an API refusal is one line on stderr with exit 1', async () => {
		const {code, stdout, stderr} = await run(['connections', 'delete', '999999999', '--yes']);
		assert.equal(code, 1);
		assert.equal(stdout, '');
		assert.match(stderr, /^DELETE \/external_connections\/999999999: 404/);
	});

	it('each verb has help with examples, and a mistyped verb gets did-you-mean', async () => {
		for (const verb of ['create', 'update', 'delete']) {
			const {code, stdout} = await run(['connections', verb, '--help']);
			assert.equal(code, 0);
			assert.match(stdout, new RegExp(`^Usage: ec-tui connections ${verb}`));
			assert.match(stdout, /\nExamples\n {2}ec-tui connections /);
		}
		const {code, stderr} = await run(['connections', 'updte', '1']);
		assert.equal(code, 2);
		assert.match(stderr, /no verb "updte"\. Did you mean update\?/);
	});
});
