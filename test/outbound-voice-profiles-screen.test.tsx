// Outbound voice profiles in the app, over the sandbox: P from the main list, the list with its filter and sort
// (checked, sent as the spec names them), a profile's detail (J, y), and Enter on its connections: the main
// list's connections that use it, read 250 at a time since the API cannot filter them, down to the last one.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import type {ExternalConnection, ListPage} from '../source/api/types.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';

const COUNT = 600;
let sandbox: Sandbox;
let app: RenderedApp | undefined;

before(async () => {
	sandbox = await startSandbox({count: COUNT});
});
after(async () => {
	await sandbox.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('› ')) ?? '';
const profileRequests = () => sandbox.requests.filter(request => request.path.endsWith('/outbound_voice_profiles'));
const listRequests = () => sandbox.requests.filter(request => request.method === 'GET' && request.path.endsWith('/external_connections'));
/** The ids on the list's rows, as drawn: whole, or their last digits after `…`. */
const rowIds = (frame: string) => [...frame.matchAll(/^[›· ] .*?(?:\s|…)(\d{7,19})\s/gm)].map(([, id]) => id!);

/** The connections that use `profileId`, in list order, read from the sandbox the way a script would. */
async function connectionsOf(profileId: string): Promise<string[]> {
	const ids: string[] = [];
	for (let page = 1; ; page++) {
		const response = await fetch(`${sandbox.url}/external_connections?page[size]=250&page[number]=${page}`, {
			headers: {authorization: `Bearer ${sandbox.apiKey}`},
		});
		const {data} = (await response.json()) as ListPage<ExternalConnection>;
		for (const connection of data) if (connection.outbound?.outbound_voice_profile_id === profileId) ids.push(connection.id);
		if (data.length < 250) return ids;
	}
}

test('P opens the profiles; / filters them by name and sorts them, both sent as the spec names them; x clears', async () => {
	app = renderApp(sandbox);
	let frame = await waitForFrame(app, `row 1 of ${COUNT}`);
	assert.ok(frame.includes('P profiles'), 'the main list offers it in its footer');
	app.press('P');
	frame = await waitForFrame(app, /Outbound voice profiles\s.*row 1 of 6/);
	assert.deepEqual(profileRequests().at(-1)!.query, {'page[number]': '1', 'page[size]': '100'}, 'no sort: the API default');
	assert.match(selectedLine(frame), /^› Night Shift Call Centre\s/, 'newest first');
	assert.match(frame, /connections/);
	assert.ok(frame.includes('Esc back') && !frame.includes('c create'), frame);

	app.press('/');
	await waitForFrame(app, 'Filter outbound voice profiles');
	app.press('Out');
	app.press(KEYS.tab);
	frame = await waitForFrame(app, /› Sort\s+‹ any ›/);
	assert.ok(frame.includes('Empty: newest first (-created_at)'), 'the field states its rule');
	for (const sort of ['-created_at', 'created_at', 'name']) {
		app.press(KEYS.right);
		await waitForFrame(app, `‹ ${sort} ›`);
	}
	app.press(KEYS.enter);
	frame = await waitForFrame(app, /filter: name~"Out" · sort=name.*row 1 of 2/);
	assert.deepEqual(profileRequests().at(-1)!.query, {
		'page[number]': '1',
		'page[size]': '100',
		'filter[name][contains]': 'Out',
		sort: 'name',
	});
	assert.match(selectedLine(frame), /^› APAC Outbound\s/);
	assert.ok(frame.includes('EMEA Outbound – Frankfurt'));

	// Back in the form, the values are kept; ← goes back through the orders.
	app.press('/');
	frame = await waitForFrame(app, 'Filter outbound voice profiles');
	assert.ok(frame.includes('Out'), frame);
	app.press(KEYS.escape);
	await waitForFrame(app, /row 1 of 2/);
	app.press('x');
	await waitForFrame(app, /Outbound voice profiles\s+row 1 of 6/);
	app.press(KEYS.escape);
	await waitForFrame(app, `row 1 of ${COUNT}`);
});

test("a profile's detail is its row, with J and y; Enter on connections_count lists the connections that use it, and Esc goes back each step", async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, `row 1 of ${COUNT}`);
	app.press('P');
	await waitForFrame(app, /Outbound voice profiles\s.*row 1 of 6/);
	app.press('j');
	await waitForFrame(app, frame => /^› Teams Operator Connect\s/.test(selectedLine(frame)));
	const profileReadsBefore = profileRequests().length;
	app.press(KEYS.enter);
	let frame = await waitForFrame(app, 'Outbound voice profile 1543210987654321098');
	assert.ok(frame.split('\n')[0]!.includes('External connections › outbound voice profiles › outbound voice profile'), frame);
	assert.equal(profileRequests().length, profileReadsBefore, 'the spec has no retrieve: the row is the record, nothing is asked');
	const count = Number(/connections_count\s+(\d+) · Enter: the external connections that use it/.exec(frame)![1]);
	const expected = await connectionsOf('1543210987654321098');
	assert.equal(count, expected.length, 'the count the sandbox gives is the connections that use it');
	assert.ok(frame.includes('call_recording_type') && frame.includes('by_caller_phone_number'), 'nested fields show');
	assert.ok(frame.includes('Enter connections') && frame.includes('J JSON') && frame.includes('y copy'), frame);

	app.press('y');
	await waitUntilCopied(app, 'Teams Operator Connect');
	app.press('J');
	frame = await waitForFrame(app, '· raw JSON');
	assert.ok(frame.includes('"name": "Teams Operator Connect"'), frame);
	app.press('G');
	await waitForFrame(app, `"connections_count": ${count}`);
	app.press('J');
	await waitForFrame(app, '› name');

	// Enter anywhere else says where it leads.
	app.press(KEYS.enter);
	await waitForFrame(app, '✖ Enter follows connections_count: select it first');
	app.press('jjj');
	await waitForFrame(app, /› connections_count/);
	const listedBefore = listRequests().length;
	app.press(KEYS.enter);
	frame = await waitForFrame(app, /External connections\s+filter: profile=1543210987654321098\s.*row 1 of/);
	const scans = listRequests().slice(listedBefore);
	assert.ok(scans.length > 0);
	for (const request of scans) {
		assert.equal(request.query['page[size]'], '250', "read at the API's largest page");
		assert.ok(!Object.keys(request.query).some(key => key.startsWith('filter')), 'the API has no such filter: nothing is sent for it');
	}
	const shown = rowIds(frame);
	assert.ok(shown.length > 10, frame);
	shown.forEach((id, index) => assert.ok(expected[index]!.endsWith(id), `row ${index + 1}: ${id} is not ${expected[index]}`));
	assert.ok(frame.includes('Esc back'), 'it opened over the profile');

	// To the end: the count is the profile's.
	app.press('G');
	frame = await waitForFrame(app, f => f.includes(`row ${expected.length} of ${expected.length}`) && !f.includes('loading row'));
	assert.ok(expected.at(-1)!.endsWith(rowIds(frame).at(-1)!), frame);

	// A connection of it opens as from the main list.
	app.press(KEYS.enter);
	await waitForFrame(app, `External connection ${expected.at(-1)}`);
	app.press(KEYS.escape);
	await waitForFrame(app, `row ${expected.length} of ${expected.length}`);
	app.press(KEYS.escape);
	await waitForFrame(app, '› connections_count');
	app.press(KEYS.escape);
	await waitForFrame(app, /Outbound voice profiles\s.*row 2 of 6/);
	app.press(KEYS.escape);
	frame = await waitForFrame(app, `row 1 of ${COUNT}`);
	assert.ok(!frame.includes('filter:'), 'the main list keeps its own filters');
});

async function waitUntilCopied(running: RenderedApp, text: string): Promise<void> {
	const encoded = Buffer.from(text).toString('base64');
	await waitForFrame(running, () => running.terminalWrites.some(write => write.includes(encoded)));
}
