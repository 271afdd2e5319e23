// The journal of mutations, written through a real client to the sandbox: two lines per mutation in order, modes
// 0700/0600, a symbolic link refused (and then nothing sent), rotation at its size, read back newest first, the key
// never in it, and read-only mode refusing every mutation before it leaves.
import assert from 'node:assert/strict';
import {lstat, mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import {createJournal} from '../source/journal/journal-file.js';
import {entriesOf, parseLine} from '../source/journal/journal-lines.js';
import {journalPath} from '../source/journal/journal-path.js';
import {readJournal} from '../source/journal/read-journal.js';
import {isOutcomeUnknown} from '../source/mutation/send-machine.js';
import {listPhoneNumbers, updatePhoneNumber} from '../source/resources/phone-numbers/api.js';
import {listCivicAddresses} from '../source/resources/civic-addresses/api.js';
import {KEY, rejection, withResourceSandbox} from './helpers/resource-sandbox.js';

const env = withResourceSandbox();
let folder: string;
before(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'ec-tui-journal-'));
});
after(() => rm(folder, {recursive: true, force: true}));

let count = 0;
/** A journal in a state folder of its own, and a client that records to it. */
function journaled(options: {rotateBytes?: number; timeoutMs?: number} = {}) {
	const file = journalPath({XDG_STATE_HOME: path.join(folder, `state-${++count}`)});
	const journal = createJournal({file, profile: 'default', ...(options.rotateBytes && {rotateBytes: options.rotateBytes})});
	const client = createApiClient({
		baseUrl: `${env.sandbox.url}/v2`,
		apiKey: KEY,
		retries: 0,
		recorder: journal,
		...(options.timeoutMs && {timeoutMs: options.timeoutMs}),
	});
	return {file, journal, client};
}

async function lines(file: string) {
	return (await readFile(file, 'utf8')).split('\n').filter(Boolean);
}

/** Numbers of the big connection and a location of an address none of them is at. */
async function movable(client: ApiClient, n: number) {
	const numbers = (await listPhoneNumbers(client, env.big, {pageNumber: 20, pageSize: n})).data;
	const addresses = (await listCivicAddresses(client, env.big)).data;
	const target = addresses.find(a => numbers.every(number => number.civic_address_id !== a.id))!;
	return {numbers, locationId: target.locations![0]!.id!};
}

describe('the journal', () => {
	it('writes a line before each mutation and one with its result, under modes 0700 and 0600, never the key', async () => {
		const {file, journal, client} = journaled();
		const {numbers, locationId} = await movable(client, 40);
		// 4 at a time, as a bulk move sends them.
		const queue = [...numbers];
		await Promise.all(
			Array.from({length: 4}, async () => {
				for (let number = queue.shift(); number; number = queue.shift()) {
					await updatePhoneNumber(client, env.big, number.number_id!, {location_id: locationId});
				}
			}),
		);
		await journal.idle();
		assert.equal((await lstat(path.dirname(file))).mode & 0o777, 0o700);
		assert.equal((await lstat(file)).mode & 0o777, 0o600);
		const text = await readFile(file, 'utf8');
		assert.ok(!text.includes(KEY), 'the key is in the journal');
		const parsed = (await lines(file)).map(line => parseLine(line)!);
		assert.equal(parsed.length, 80, 'two whole lines a mutation, none lost or torn');
		const seen = new Set<string>();
		for (const line of parsed) {
			if (line.phase === 'sent') seen.add(line.id);
			else assert.ok(seen.has(line.id), 'a result line comes after the line of its request');
		}
		const entries = entriesOf(await lines(file));
		assert.equal(entries.length, 40);
		for (const entry of entries) {
			assert.equal(entry.method, 'PATCH');
			assert.equal(entry.profile, 'default');
			assert.equal(entry.host, new URL(env.sandbox.url).host);
			assert.match(entry.path, new RegExp(`^/v2/external_connections/${env.big}/phone_numbers/[\\w-]+$`));
			assert.deepEqual(entry.body, {location_id: locationId});
			assert.equal(entry.result?.outcome, 'ok');
			assert.equal(entry.result?.status, 200);
			assert.match(entry.result?.requestId ?? '', /^[0-9a-f-]{36}$/);
		}
	});

	it("records Telnyx's code, title and detail of a refusal as failed", async () => {
		const {file, journal, client} = journaled();
		const [number] = (await listPhoneNumbers(client, env.big, {pageNumber: 3, pageSize: 1})).data;
		await rejection(updatePhoneNumber(client, env.big, number!.number_id!, {location_id: '00000000-0000-4000-8000-000000000000'}));
		await journal.idle();
		const [entry] = await readJournal(file);
		assert.equal(entry?.result?.outcome, 'failed');
		assert.equal(entry?.result?.status, 422);
		assert.ok(entry?.result?.error?.code && entry.result.error.title, 'the code and title are kept');
	});

	it('records unknown when no answer comes (a timeout after sending)', async () => {
		const {file, journal, client} = journaled({timeoutMs: 300});
		const [number] = (await listPhoneNumbers(client, env.big, {pageNumber: 4, pageSize: 1})).data;
		env.sandbox.setFaults({hangRate: 1});
		try {
			const failure = await rejection(updatePhoneNumber(client, env.big, number!.number_id!, {location_id: number!.location_id!}));
			assert.equal(failure.kind, 'timeout');
		} finally {
			env.sandbox.setFaults({});
		}
		await journal.idle();
		const [entry] = await readJournal(file);
		assert.equal(entry?.result?.outcome, 'unknown');
		assert.equal(entry?.result?.status, undefined);
	});

	it('refuses to write through a symbolic link, and then sends nothing', async () => {
		const {file, client} = journaled();
		const [number] = (await listPhoneNumbers(client, env.big, {pageNumber: 5, pageSize: 1})).data;
		const elsewhere = path.join(folder, 'elsewhere');
		await writeFile(elsewhere, '');
		await mkdir(path.dirname(file), {recursive: true});
		await symlink(elsewhere, file);
		env.sandbox.clearRequests();
		const refused = await rejection(updatePhoneNumber(client, env.big, number!.number_id!, {location_id: number!.location_id!}));
		assert.equal(refused.kind, 'journal');
		assert.match(refused.message, /not sent: the journal could not be written/);
		assert.equal(isOutcomeUnknown(refused), false, 'a screen says it was not sent, and reads nothing back');
		assert.deepEqual(env.sandbox.requests, [], 'nothing left');
		assert.equal(await readFile(elsewhere, 'utf8'), '', 'nothing written through the link');
	});

	it('rotates past its size, keeping one previous file, and reads back across both, newest first', async () => {
		const {file, journal, client} = journaled({rotateBytes: 2000});
		const {numbers} = await movable(client, 12);
		for (const number of numbers) await updatePhoneNumber(client, env.big, number.number_id!, {location_id: number.location_id!});
		await journal.idle();
		assert.ok((await lstat(file)).size <= 2000);
		const previous = await lstat(file.replace('.jsonl', '.1.jsonl'));
		assert.ok(previous.size > 0 && previous.size <= 2000);
		const entries = await readJournal(file);
		const last = numbers.at(-1)!.number_id!;
		assert.ok(entries[0]!.path.endsWith(`/${last}`), 'the newest first');
		assert.ok(entries.every(entry => entry.result?.outcome === 'ok' || entry.result === undefined));
	});

	it('reads only the tail of a large file, skipping a cut first line and lines of other shapes', async () => {
		const file = path.join(folder, 'tail.jsonl');
		const line = (id: number) =>
			JSON.stringify({time: 't', id: `${id}`, profile: 'p', method: 'DELETE', host: 'h', path: `/x/${id}`, phase: 'sent'});
		await writeFile(file, [...Array.from({length: 1000}, (_, id) => line(id)), 'not json', '{"phase":"sent"}', ''].join('\n'));
		const entries = await readJournal(file, 10 * line(999).length + 5);
		assert.deepEqual(
			entries.map(entry => entry.id),
			['999', '998', '997', '996', '995', '994', '993', '992', '991', '990'].slice(0, entries.length),
		);
		assert.ok(entries.length >= 9);
	});
});

describe('read-only mode', () => {
	it('refuses every mutation with an error, and nothing leaves', async () => {
		const client = createApiClient({baseUrl: `${env.sandbox.url}/v2`, apiKey: KEY, retries: 0, readOnly: true});
		const [number] = (await listPhoneNumbers(client, env.big, {pageNumber: 6, pageSize: 1})).data;
		env.sandbox.clearRequests();
		const refused = await rejection(updatePhoneNumber(client, env.big, number!.number_id!, {location_id: number!.location_id!}));
		assert.equal(refused.kind, 'read-only');
		assert.equal(isOutcomeUnknown(refused), false);
		assert.match(refused.message, /^read-only mode: PATCH \/v2\/external_connections\/\d+\/phone_numbers\/[\w-]+ not sent$/);
		const deleted = await rejection(client.deleteExternalConnection(env.zoom));
		assert.equal(deleted.kind, 'read-only');
		assert.deepEqual(env.sandbox.requests, []);
	});
});

it("another account's journal (as) shares the file and its one queue, each line under its own profile", async () => {
	const {file, journal} = journaled();
	const staging = journal.as('staging');
	const ids = await Promise.all([
		journal.sent({method: 'PATCH', host: 'h', path: '/a', body: {}}),
		staging.sent({method: 'DELETE', host: 'h', path: '/b'}),
	]);
	await Promise.all([journal.settled(ids[0], {outcome: 'ok', status: 200}), staging.settled(ids[1], {outcome: 'ok', status: 200})]);
	await journal.idle();
	const written = (await lines(file)).map(line => JSON.parse(line) as {profile: string; phase: string; path: string});
	assert.deepEqual(
		written.map(line => `${line.profile} ${line.phase} ${line.path}`),
		['default sent /a', 'staging sent /b', 'default result /a', 'staging result /b'],
	);
});
