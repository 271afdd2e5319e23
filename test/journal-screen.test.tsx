// J on the main list: the journal's entries newest first, an entry's fields, y copying it as curl with the key as
// $TELNYX_API_KEY, and u putting a number's location back behind a confirmation (Cancel first), sent once.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {journalProfile} from '../source/journal/open-journal.js';
import {createJournal, type Journal} from '../source/journal/journal-file.js';
import {listPhoneNumbers, getPhoneNumber, updatePhoneNumber} from '../source/resources/phone-numbers/api.js';
import {listCivicAddresses} from '../source/resources/civic-addresses/api.js';
import {listLogMessages, dismissLogMessage} from '../source/resources/log-messages/api.js';
import {moveInverse} from '../source/resources/phone-numbers/move-inverse.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';

let sandbox: Sandbox;
let folder: string;
let app: RenderedApp | undefined;
let journal: Journal;

before(async () => {
	sandbox = await startSandbox({});
	folder = await mkdtemp(path.join(tmpdir(), 'ec-tui-journal-screen-'));
});
after(async () => {
	await sandbox.close();
	await rm(folder, {recursive: true, force: true});
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

let count = 0;
async function start(): Promise<RenderedApp> {
	// As the session the app renders: no saved profile, a key given for the run.
	journal = createJournal({file: path.join(folder, `${++count}`, 'journal.jsonl'), profile: journalProfile(false, undefined)});
	app = renderApp(sandbox, {journal, names: false});
	await waitForFrame(app, 'row 1 of 300');
	return app;
}

const pointed = (frame: string) => frame.split('\n').find(line => line.includes('❯')) ?? '';
const decodeOsc52 = (sequence: string) => Buffer.from(/52;c;([^\u0007]*)\u0007/.exec(sequence)![1]!, 'base64').toString('utf8');
const patches = () => sandbox.requests.filter(request => request.method === 'PATCH');

/** A number of the newest connection moved to another address's location, as the app's move sends it. */
async function moveOne(rendered: RenderedApp) {
	const connection = rendered.store.rowAt(0) as {id: string};
	const [number] = (await listPhoneNumbers(rendered.client, connection.id, {pageNumber: 2, pageSize: 1})).data;
	const addresses = (await listCivicAddresses(rendered.client, connection.id)).data;
	const target = addresses.find(address => address.id !== number!.civic_address_id)!.locations![0]!.id!;
	const id = number!.number_id!;
	await updatePhoneNumber(
		rendered.client,
		connection.id,
		id,
		{location_id: target},
		{inverse: moveInverse(connection.id, id, number!.location_id, target)},
	);
	return {connectionId: connection.id, id, before: number!.location_id!, target};
}

test('the journal lists the move, shows its fields, and copies it as curl without the key', async () => {
	const rendered = await start();
	const moved = await moveOne(rendered);
	rendered.press('J');
	const list = await waitForFrame(rendered, 'ok 200');
	const row = list.split('\n').find(line => line.includes('PATCH'))!;
	assert.ok(row.includes('ok 200') && row.includes(moved.id.slice(-8)), list);
	rendered.press(KEYS.enter);
	const detail = await waitForFrame(rendered, 'request id');
	assert.ok(detail.includes(`{"location_id":"${moved.target}"}`), detail);
	assert.ok(detail.includes('location back to'), detail);
	rendered.press('y');
	await waitForFrame(rendered, 'the curl command (the key as $TELNYX_API_KEY)');
	const curl = decodeOsc52(rendered.terminalWrites.at(-1)!);
	assert.equal(
		curl,
		`curl -X PATCH '${sandbox.url}/external_connections/${moved.connectionId}/phone_numbers/${moved.id}' -H "Authorization: Bearer $TELNYX_API_KEY" -H 'Content-Type: application/json' -d '{"location_id":"${moved.target}"}'`,
	);
	assert.ok(!rendered.terminalWrites.join('').includes(sandbox.apiKey));
	await journal.idle();
	assert.ok(!(await readFile(journal.file, 'utf8')).includes(sandbox.apiKey), 'the key is in the journal');
});

test('u asks first with the exact request, Cancel first; confirmed, it puts the location back with one PATCH', async () => {
	const rendered = await start();
	const moved = await moveOne(rendered);
	rendered.press('J');
	await waitForFrame(rendered, 'ok 200');
	sandbox.clearRequests();
	rendered.press('u');
	const prompt = await waitForFrame(rendered, 'Send the undo');
	assert.ok(prompt.includes(`Sends PATCH, once, to\n  /external_connections/${moved.connectionId}/phone_numbers/${moved.id}\n`), prompt);
	assert.ok(prompt.includes(`  with\n    {"location_id":"${moved.before}"}`), prompt);
	assert.ok(pointed(prompt).includes('Cancel'), prompt);
	rendered.press(KEYS.enter);
	await waitForFrame(rendered, frame => frame.includes('u undo') && !frame.includes('Send the undo'));
	assert.equal(patches().length, 0, 'Cancel sent nothing');

	rendered.press('u');
	await waitForFrame(rendered, 'Send the undo');
	rendered.press(KEYS.down + KEYS.enter);
	const done = await waitForFrame(rendered, frame => frame.includes('✔ Undone') && (frame.match(/ok 200/g) ?? []).length === 2);
	assert.deepEqual(
		patches().map(request => request.body),
		[JSON.stringify({location_id: moved.before})],
	);
	assert.equal((await getPhoneNumber(rendered.client, moved.connectionId, moved.id)).location_id, moved.before);
	// The undo is an entry of its own, on top, and can itself be undone (its inverse is the move).
	rendered.press(KEYS.enter);
	const undo = await waitForFrame(rendered, 'request id');
	assert.ok(undo.includes(`{"location_id":"${moved.before}"}`) && undo.includes('redo:'), `${done}\n${undo}`);
});

test('u on a change without an inverse says why and sends nothing', async () => {
	const rendered = await start();
	const [message] = (await listLogMessages(rendered.client, {pageNumber: 1, pageSize: 1})).data;
	await dismissLogMessage(rendered.client, String(message!.id));
	rendered.press('J');
	await waitForFrame(rendered, 'DELETE');
	sandbox.clearRequests();
	rendered.press('u');
	await waitForFrame(rendered, "u: this change has no inverse (only a number's location and a connection's tags or active do)");
	assert.deepEqual(sandbox.requests, []);
});
