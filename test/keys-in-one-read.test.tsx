// Regression tests for keys that reach ec-tui in one read (tmux send-keys, SSH, key repeat, a fast typist):
// each key must act on the state the previous one left, exactly as if typed one per second.
import assert from 'node:assert/strict';
import {after, afterEach, before, test} from 'node:test';
import React from 'react';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import type {ExternalConnection} from '../source/api/types.js';
import {inFlightMutations} from '../source/api/in-flight.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {CreateWizard} from '../source/screens/create/index.js';
import {StartScreen, type StartChoice} from '../source/screens/start/start-screen.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {HANG_MS, waitForFrame, waitUntil} from './helpers/wait-for.js';

const {down, left, enter, escape, backspace, tab} = KEYS;
const CTRL_A = '\u0001';
const CTRL_E = '\u0005';
const CTRL_U = '\u0015';
const CTRL_W = '\u0017';
const PASTE = (text: string) => `\u001B[200~${text}\u001B[201~`;

let sandbox: Sandbox;
let client: ApiClient;
let app: RenderedApp | undefined;
let unmount: (() => void) | undefined;

before(async () => {
	sandbox = await startSandbox({count: 60});
	client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retryBaseMs: 5, timeoutMs: HANG_MS});
});
after(async () => {
	await sandbox.close();
});
afterEach(() => {
	app?.unmount();
	app?.store.dispose();
	unmount?.();
	app = undefined;
	unmount = undefined;
	sandbox.clearRequests();
});

const selectedRow = (frame: string) => frame.split('\n').find(line => line.startsWith('› ')) ?? '';
const chosen = (frame: string) => frame.split('\n').find(line => line.startsWith('❯')) ?? '';
const rowIds = async () => (await client.listExternalConnections({pageNumber: 1, pageSize: 10})).data.map(row => row.id);
const posts = () => sandbox.requests.filter(request => request.method === 'POST');

async function listApp(): Promise<RenderedApp> {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 60');
	return app;
}

function renderWizard() {
	const created: ExternalConnection[] = [];
	const view = renderWithKeys(
		<CreateWizard
			client={client}
			width={100}
			height={60}
			isActive
			onCancel={() => {}}
			onCreated={connection => created.push(connection)}
		/>,
	);
	unmount = view.unmount;
	return {...view, created};
}

test('list: j j j moves three rows, k k two back, j Enter moves then opens', async () => {
	const ids = await rowIds();
	const view = await listApp();
	view.press('jjj');
	assert.ok(selectedRow(await waitForFrame(view, 'row 4 of 60')).includes(ids[3]!));
	view.press('kk');
	await waitForFrame(view, 'row 2 of 60');
	view.press(`j${enter}`);
	await waitForFrame(view, `External connection ${ids[2]!}`);
});

test('a key right after a screen change reaches the new screen: / then typing, Enter then J', async () => {
	const ids = await rowIds();
	const view = await listApp();
	view.press('/');
	view.press('abc');
	await waitForFrame(view, /› Name contains\s+abc/);
	view.press(escape);
	await waitForFrame(view, 'row 1 of 60');
	view.press(enter);
	view.press('J');
	await waitForFrame(
		view,
		frame => frame.split('\n')[1]!.startsWith(`External connection ${ids[0]!}`) && frame.includes('"external_connection": {'),
	);
});

test('filter form: Tab Tab moves two fields; ← ten times moves ten characters; readline keys edit', async () => {
	const view = await listApp();
	view.press(`/${tab}${tab}`);
	await waitForFrame(view, '› Created on');
	view.press(`${KEYS.shiftTab}${KEYS.shiftTab}abcdefghijkl${left.repeat(10)}Z`);
	await waitForFrame(view, /› Name contains\s+abZcdefghijkl/);
	view.press(`${CTRL_E}${CTRL_U}hello world${CTRL_W}`);
	await waitForFrame(view, /› Name contains\s+hello\s*$/m);
	view.press(`${CTRL_A}X${CTRL_E}!${KEYS.home}<`);
	await waitForFrame(view, /› Name contains\s+<Xhello !/);
});

test('filter form: Backspace three times deletes three characters and never inserts DEL', async () => {
	const view = await listApp();
	view.press(`/Operatorxxx${backspace.repeat(3)}${enter}`);
	await waitForFrame(view, 'filter: name~"Operator"');
	const names = sandbox.requests.map(request => request.query['filter[connection_name][contains]']).filter(name => name !== undefined);
	assert.deepEqual(names, ['Operator']);
});

test('a paste arrives in a text field as one insertion without control characters, and is ignored on the list', async () => {
	const view = await listApp();
	view.press(PASTE('jjjjG/c'));
	view.press('j');
	await waitForFrame(view, 'row 2 of 60');
	view.press(`/${PASTE('Oper\u001B[31m\nator\u0007')}`);
	await waitForFrame(view, /› Name contains\s+Oper\[31m ator\s*$/m);
});

test('a menu moves one item per ↓ however many arrive at once', async () => {
	const view = renderWizard();
	view.stdin.write(enter);
	const first = chosen(
		await waitForFrame(
			view,
			frame => frame.includes('Step 2 of 10') && frame.includes('Teams Operator Connect') && chosen(frame).includes('Type an id'),
		),
	);
	view.stdin.write(down.repeat(3));
	const moved = await waitForFrame(view, frame => chosen(frame) !== first);
	const order = moved.split('\n').filter(line => /^[❯ ] /.test(line));
	assert.equal(order.findIndex(line => line.startsWith('❯')) - order.findIndex(line => line.includes(first.slice(2))), 3, moved);
});

test('create wizard: Enters, values and Backspaces in single reads give the right body; ↓ Enter on the review edits, never submits', async () => {
	const view = renderWizard();
	// Zoom, then past the disabled profile to the first enabled one: the picker starts on no profile.
	view.stdin.write(`${enter}${down}${down}${enter}`);
	await waitForFrame(view, 'Step 3 of 10');
	view.stdin.write(`10${enter}${enter}`);
	await waitForFrame(view, 'Step 5 of 10');
	view.stdin.write(`prodxxx${backspace.repeat(3)}${enter}`);
	await waitForFrame(view, 'Step 6 of 10');
	// 24 separate, rapid writes: a typist at full speed.
	for (const character of 'https://example.com/hook') view.stdin.write(character);
	view.stdin.write(enter);
	await waitForFrame(view, 'Step 7 of 10');
	view.stdin.write(`https://fail.example${CTRL_U}${enter}${enter}${enter}`);
	const review = await waitForFrame(view, 'Step 10 of 10 · Review');
	const body = review.replaceAll(/\s+/g, '');
	assert.ok(body.includes('"tags":["prod"]'), review);
	assert.ok(body.includes('"webhook_event_url":"https://example.com/hook"'), review);
	assert.ok(body.includes('"channel_limit":10'), review);
	assert.ok(!body.includes('fail.example'), review);
	// A slow server keeps any create in flight, so one started by these keys would still be recorded below:
	// the input layer starts it before the frame that answers the keys is drawn.
	sandbox.setFaults({latencyMs: 2000});
	try {
		view.stdin.write(`${down}${enter}`);
		await waitForFrame(view, 'Edit which field?');
		assert.deepEqual(inFlightMutations.list(), [], 'nothing was sent');
		assert.equal(posts().length, 0);
		assert.equal(view.created.length, 0);
	} finally {
		sandbox.setFaults({});
	}
});

test('start screen: ↓ Enter opens the demo', async () => {
	const choices: StartChoice[] = [];
	const view = renderWithKeys(<StartScreen savePath="/tmp/ec-tui-test/api-key" onDone={choice => choices.push(choice)} />);
	unmount = view.unmount;
	await waitForFrame(view, 'Enter an API key');
	view.stdin.write(`${down}${enter}`);
	await waitUntil(() => choices.length > 0, 'the start screen chose');
	assert.deepEqual(choices, [{kind: 'demo'}]);
});

test('start screen: the masked key field edits like every text field and never echoes the key', async () => {
	const choices: StartChoice[] = [];
	const view = renderWithKeys(<StartScreen savePath="/tmp/ec-tui-test/api-key" onDone={choice => choices.push(choice)} />);
	unmount = view.unmount;
	await waitForFrame(view, 'Enter an API key');
	view.stdin.write(`${enter}wrong${CTRL_W}KEY_right${backspace.repeat(6)}${CTRL_A}SECRET${enter}`);
	await waitForFrame(view, 'Save the key');
	const leaked = view.frames.find(frame => frame.includes('SECRET') || frame.includes('right'));
	assert.equal(leaked, undefined, 'the key never shows');
	view.stdin.write(enter);
	await waitUntil(() => choices.length > 0, 'the start screen chose');
	assert.deepEqual(choices, [{kind: 'key', key: 'SECRETKEY', save: false}]);
});
