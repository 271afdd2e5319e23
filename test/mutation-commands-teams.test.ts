// numbers move, uploads create|refresh|retry and logs dismiss against the sandbox over HTTP: the TUI's rules refuse
// before anything is sent, --dry-run sends no mutation, --yes is needed off a terminal, and a real send changes the
// sandbox's records. The sandbox's request log is the proof of what was sent.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import {listCivicAddresses} from '../source/resources/civic-addresses/api.js';
import {externalConnections} from '../source/resources/index.js';
import {getLogMessage, listLogMessages} from '../source/resources/log-messages/api.js';
import {getPhoneNumber, listPhoneNumbers} from '../source/resources/phone-numbers/api.js';
import type {ExternalConnectionPhoneNumber} from '../source/resources/phone-numbers/types.js';
import {listUploads} from '../source/resources/uploads/api.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {entriesOf} from '../source/journal/journal-lines.js';
import {journalPath} from '../source/journal/journal-path.js';
import {recordedRuns, type RunOptions} from './helpers/command-run.js';
import {rejectionWithout} from './helpers/rejection.js';

const KEY = 'KEYteams_mutations_secret_1a2b3c';

describe('numbers, uploads and logs mutation subcommands against the sandbox', () => {
	let sandbox: Sandbox;
	let client: ApiClient;
	let env: NodeJS.ProcessEnv;
	let connection: string;
	let numbers: ExternalConnectionPhoneNumber[];
	let locations: string[];
	const {run, assertKeyNeverWritten} = recordedRuns(() => env);
	const mutationsSent = () => sandbox.requests.filter(request => request.method !== 'GET');
	/** Runs argv and checks it sent no mutation (reads a plan needs may go out). */
	const sendsNoMutation = async (argv: string[], code: number, options: RunOptions = {}) => {
		const before = mutationsSent().length;
		const result = await run(argv, options);
		assert.equal(result.code, code, result.stderr);
		assert.equal(mutationsSent().length, before, `${argv.join(' ')} sent a mutation`);
		return result;
	};

	before(async () => {
		sandbox = await startSandbox({count: 30, apiKey: KEY});
		client = createApiClient({baseUrl: sandbox.url, apiKey: KEY, retries: 0});
		env = {TELNYX_API_KEY: KEY, TELNYX_BASE_URL: sandbox.url};
		const page = await externalConnections.fetchPage(client, {parentId: undefined, pageNumber: 1, pageSize: 1, filters: {}}, {});
		connection = page.data[0]!.id;
		numbers = (await listPhoneNumbers(client, connection, {pageNumber: 1, pageSize: 50})).data;
		const addresses = (await listCivicAddresses(client, connection)).data;
		locations = addresses.flatMap(address =>
			(address.locations ?? []).flatMap(location => (typeof location.id === 'string' ? [location.id] : [])),
		);
	});
	after(async () => {
		await sandbox.close();
		assertKeyNeverWritten(KEY);
	});

	it("numbers move --dry-run prints one PATCH a number and sends none; a location not the connection's is refused", async () => {
		const [first, second] = numbers;
		const target = locations.find(location => location !== first!.location_id && location !== second!.location_id)!;
		const dry = await sendsNoMutation(
			['numbers', 'move', connection, first!.number_id!, second!.number_id!, '--location', target, '--dry-run'],
			0,
		);
		const path = `/external_connections/${connection}/phone_numbers`;
		const body = JSON.stringify({location_id: target}, null, 2);
		assert.equal(dry.stdout, `PATCH ${path}/${first!.number_id}\n${body}\n\nPATCH ${path}/${second!.number_id}\n${body}\n`);
		const foreign = await sendsNoMutation(
			['numbers', 'move', connection, first!.number_id!, '--location', '00000000-0000-4000-8000-000000000000'],
			2,
		);
		assert.match(foreign.stderr, /--location 00000000-0000-4000-8000-000000000000: not a location of connection \d+\. Its locations: /);
		const noLocation = await sendsNoMutation(['numbers', 'move', connection, first!.number_id!], 2);
		assert.match(noLocation.stderr, /--location is missing/);
	});

	it('numbers move sends one PATCH a number, leaves out one already there, and the numbers move', async () => {
		const [first, second] = numbers;
		const target = locations.find(location => location !== first!.location_id && location !== second!.location_id)!;
		const alone = await run(['numbers', 'move', connection, first!.number_id!, '--location', target]);
		assert.equal(alone.code, 0, alone.stderr);
		const before = mutationsSent().length;
		const state = {...env, XDG_STATE_HOME: await mkdtemp(path.join(tmpdir(), 'ec-tui-move-journal-'))};
		const argv = ['numbers', 'move', connection, first!.number_id!, second!.number_id!, '--location', target];
		const {code, stdout, stderr} = await run(argv, {env: state});
		assert.equal(code, 0, stderr);
		// The journal holds the way back, for u on the journal screen, as after the app's L.
		assert.equal(typeof second!.location_id, 'string', 'the sandbox gives the number a location to go back to');
		const [entry] = entriesOf((await readFile(journalPath(state), 'utf8')).split('\n'));
		assert.deepEqual(entry?.inverse?.body, {location_id: second!.location_id});
		assert.match(stderr, new RegExp(`number ${first!.number_id} left out: already at this location`));
		const moved = mutationsSent().slice(before);
		assert.deepEqual(
			moved.map(request => [request.method, request.path]),
			[['PATCH', `/external_connections/${connection}/phone_numbers/${second!.number_id}`]],
		);
		assert.equal((JSON.parse(stdout) as ExternalConnectionPhoneNumber[])[0]!.location_id, target);
		assert.equal((await getPhoneNumber(client, connection, second!.number_id!)).location_id, target);
	});

	it("uploads create refuses what the form refuses (not E.164, toll-free under calling_user_assignment, not the connection's), sending nothing", async () => {
		const notE164 = await sendsNoMutation(['uploads', 'create', connection, '4411', '+0123'], 2);
		assert.match(notE164.stderr, /Entry 1, "4411", is not an E\.164 number: it does not start with \+\./);
		assert.match(notE164.stderr, /Entry 2, "\+0123", is not an E\.164 number: a country code never starts with 0\./);
		const tollFree = await sendsNoMutation(['uploads', 'create', connection, '+18005550100', '--usage', 'calling_user_assignment'], 2);
		assert.match(tollFree.stderr, /calling_user_assignment is not supported for toll-free numbers: \+18005550100/);
		const foreign = await sendsNoMutation(['uploads', 'create', connection, '+19995550100'], 2);
		assert.match(foreign.stderr, /not numbers of connection \d+: \+19995550100\./);
		const usage = await sendsNoMutation(['uploads', 'create', connection, '+19995550100', '--usage', 'caling_user_assignment'], 2);
		assert.match(usage.stderr, /"caling_user_assignment" is no usage\. Did you mean calling_user_assignment\?/);
	});

	it('uploads create sends the number ids the form would (repeats once), and the upload is listed', async () => {
		const [first, second] = numbers.map(number => number.telephone_number!);
		const args = ['uploads', 'create', connection, first!, `${second},${first}`, '--usage', 'first_party_app_assignment'];
		const dry = await sendsNoMutation([...args, '--dry-run'], 0);
		assert.match(dry.stderr, /was entered 2 times \(entries 1, 3\): it is sent once/);
		assert.deepEqual(JSON.parse(dry.stdout.split('\n').slice(1).join('\n')), {
			number_ids: [numbers[0]!.number_id, numbers[1]!.number_id],
			usage: 'first_party_app_assignment',
		});
		const before = mutationsSent().length;
		const {code, stdout, stderr} = await run(args);
		assert.equal(code, 0, stderr);
		assert.equal(mutationsSent().length, before + 1);
		const {ticket_id: ticket} = JSON.parse(stdout) as {ticket_id: string};
		const listed = (await listUploads(client, connection, {pageNumber: 1, pageSize: 250})).data;
		assert.ok(listed.some(upload => upload.ticket_id === ticket));
	});

	it('uploads refresh sends one POST; uploads retry retries only failed uploads and names the rest', async () => {
		const refresh = await run(['uploads', 'refresh', connection]);
		assert.equal(refresh.code, 0, refresh.stderr);
		assert.equal(mutationsSent().at(-1)!.path, `/external_connections/${connection}/uploads/refresh`);
		const listed = (await listUploads(client, connection, {pageNumber: 1, pageSize: 250})).data;
		const failed = listed.find(upload => upload.status === 'error')!;
		const fine = listed.find(upload => upload.status === 'success')!;
		const before = mutationsSent().length;
		const {code, stdout, stderr} = await run(['uploads', 'retry', connection, failed.ticket_id!, fine.ticket_id!]);
		assert.equal(code, 0, stderr);
		assert.match(stderr, new RegExp(`upload ${fine.ticket_id} left out: none of its numbers failed`));
		assert.deepEqual(
			mutationsSent()
				.slice(before)
				.map(request => request.path),
			[`/external_connections/${connection}/uploads/${failed.ticket_id}/retry`],
		);
		assert.equal((JSON.parse(stdout) as unknown[]).length, 1);
	});

	it('logs dismiss needs --yes off a terminal, prints DELETEs on a dry run, and dismisses for good with --yes', async () => {
		const messages = (await listLogMessages(client, {pageNumber: 1, pageSize: 2})).data.map(message => message.id!);
		const noYes = await sendsNoMutation(['logs', 'dismiss', ...messages], 2);
		assert.match(noYes.stderr, /pass --yes/);
		const readOnly = await sendsNoMutation(['logs', 'dismiss', ...messages, '--yes', '--read-only'], 2);
		assert.match(readOnly.stderr, /--read-only/);
		const dry = await sendsNoMutation(['logs', 'dismiss', ...messages, '--dry-run'], 0);
		assert.equal(dry.stdout, messages.map(id => `DELETE /external_connections/log_messages/${id}\n`).join('\n'));
		const {code, stdout, stderr} = await run(['logs', 'dismiss', ...messages, '--yes', '--format', 'jsonl']);
		assert.equal(code, 0, stderr);
		assert.equal(stdout, '{"success":true}\n{"success":true}\n');
		for (const id of messages) assert.equal((await rejectionWithout(KEY)(getLogMessage(client, id))).status, 404);
		const again = await run(['logs', 'dismiss', messages[0]!, '--yes']);
		assert.equal(again.code, 1);
		assert.match(again.stderr, new RegExp(`^DELETE /external_connections/log_messages/${messages[0]}: 404`));
	});

	it('every verb has help with examples; a bad operand is a usage error', async () => {
		for (const [noun, verb] of [
			['numbers', 'move'],
			['uploads', 'create'],
			['uploads', 'refresh'],
			['uploads', 'retry'],
			['logs', 'dismiss'],
		]) {
			const {code, stdout} = await run([noun!, verb!, '--help']);
			assert.equal(code, 0);
			assert.match(stdout, new RegExp(`^Usage: ec-tui ${noun} ${verb} `));
			assert.match(stdout, new RegExp(`\\nExamples\\n {2}ec-tui ${noun} `));
		}
		const bad = await sendsNoMutation(['uploads', 'retry', connection, 'not-a-uuid'], 2);
		assert.match(bad.stderr, /"not-a-uuid" is not an id of uploads/);
	});
});
