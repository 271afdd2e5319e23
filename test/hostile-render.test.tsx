// Every screen against a server whose every string field tries to drive the terminal: no frame may carry
// a raw control or bidi character, whatever screen, title, message, menu or banner shows the text.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import React from 'react';
import {renderWithKeys as render} from './helpers/render-with-keys.js';
import chalk from 'chalk';
import {createApiClient} from '../source/api/client.js';
import {keepTail} from '../source/text/keep-tail.js';
import {cleanText} from '../source/text/sanitize.js';
import {createResourceStore} from '../source/resources/resource-store.js';
import {externalConnections} from '../source/resources/external-connections.js';
import {LIST_PAGING} from '../source/resources/open-list.js';
import {frontList, initialNavState} from '../source/navigation/index.js';
import {ResourceList} from '../source/screens/resource-list/resource-list.js';
import {KEYS} from './helpers/keys.js';
import {renderApp} from './helpers/render-app.js';
import {startJsonServer, type JsonAnswer, type JsonRequest, type JsonServer} from './helpers/json-server.js';
import {HANG_MS, waitForFrame} from './helpers/wait-for.js';

// Set the window title, a C1 OSC (ESC ] as one byte) writing the clipboard, reverse the rest of the line,
// write the clipboard, open a link.
const HOSTILE =
	'\u001B]0;pwned\u0007 \u009D52;c;cHduZWQ=\u0007 \u202Egnp.exe \u001B]52;c;cHduZWQ=\u0007 \u001B]8;;http://evil.example/\u0007link\u001B]8;;\u0007';
// How the sanitizer shows the start of HOSTILE: what proves the hostile text was rendered at all.
const SHOWN = '\\x1b]0;pwned\\x07';
// Anything here in a frame would reach the terminal as a control; newline separates the frame's lines.
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

// Ids pick the server's answer: A loads, B's record is not found, C's connection fails. D's id is hostile text
// itself: no Telnyx id, so it is shown from its row and nothing is asked for it.
const IDS = {A: '1000000000000000001', B: '1000000000000000002', C: '1000000000000000003', D: `D${HOSTILE}`};
const id = (which: keyof typeof IDS) => IDS[which];
const PROFILE_ID = '1293384261075731499';

function hostileRecord(recordId: string): Record<string, unknown> {
	return {
		id: recordId,
		record_type: HOSTILE,
		active: true,
		credential_active: false,
		external_sip_connection: HOSTILE,
		connection_name: HOSTILE,
		anchorsite_override: HOSTILE,
		tags: [HOSTILE, HOSTILE],
		webhook_event_url: HOSTILE,
		webhook_event_failover_url: HOSTILE,
		webhook_api_version: HOSTILE,
		webhook_timeout_secs: 5,
		inbound: {channel_limit: 3},
		outbound: {channel_limit: 4, outbound_voice_profile_id: HOSTILE},
		// The connection's: a listed profile, so its hostile name is shown beside its id.
		outbound_voice_profile_id: PROFILE_ID,
		created_at: HOSTILE,
		updated_at: HOSTILE,
	};
}

const hostileErrors = (status: number): JsonAnswer => ({
	status,
	body: {errors: [{code: HOSTILE, title: HOSTILE, detail: HOSTILE, source: {pointer: `/${HOSTILE}`}, meta: {url: HOSTILE}}]},
});

const page = (data: unknown[]) => ({data, meta: {page_number: 1, page_size: 100, total_pages: 1, total_results: data.length}});

function answer({method, path, query}: JsonRequest): JsonAnswer {
	const [collection, recordId = ''] = path;
	if (collection === 'external_connections' && method === 'POST') return hostileErrors(422);
	if (collection === 'external_connections' && recordId === '') {
		if ([...query.keys()].some(key => key.startsWith('filter'))) return hostileErrors(403);
		return {status: 200, body: page([id('A'), id('B'), id('C'), id('D')].map(hostileRecord))};
	}

	// A delay, so that the loading title is drawn too.
	if (collection === 'external_connections') {
		return recordId === id('B') ? {...hostileErrors(404), delayMs: 30} : {status: 200, body: {data: hostileRecord(recordId)}, delayMs: 30};
	}

	if (collection === 'connections') return recordId === id('C') ? hostileErrors(500) : {status: 200, body: {data: hostileRecord(recordId)}};
	if (collection === 'outbound_voice_profiles') {
		return {status: 200, body: page([{id: PROFILE_ID, name: HOSTILE, enabled: true, tags: [HOSTILE], traffic_type: HOSTILE}])};
	}

	return hostileErrors(404);
}

let server: JsonServer;
const frames: string[][] = [];

before(async () => {
	// No colour: every escape sequence left in a frame then came from the data.
	chalk.level = 0;
	server = await startJsonServer(answer);
});

after(async () => {
	await server.close();
	// Checked once more over every frame of every test, the ones no test waited for included.
	for (const list of frames) assertClean(list);
});

function assertClean(list: string[]): void {
	list.forEach((frame, index) => {
		const match = UNSAFE.exec(frame);
		assert.equal(match, null, `frame ${index} has U+${match?.[0].codePointAt(0)?.toString(16).padStart(4, '0')}:\n${frame}`);
	});
}

/** Waits for a frame, and checks every frame so far. */
async function see(view: {lastFrame: () => string | undefined; frames: string[]}, expected: string | RegExp): Promise<string> {
	const frame = await waitForFrame(view, expected);
	assertClean(view.frames);
	return frame;
}

const press = async (view: {stdin: {write: (data: string) => void}}, keys: string) => {
	for (let turn = 0; turn < 4; turn++) await new Promise(resolve => setImmediate(resolve));
	view.stdin.write(keys);
};

test('list, detail, raw JSON, copied id, a failed record and a failed connection show hostile text escaped', async () => {
	const app = renderApp(server);
	frames.push(app.frames);
	try {
		// The id column keeps an id's tail; the detail shows it whole.
		assert.ok((await see(app, 'row 1 of 4')).includes(keepTail(cleanText(id('D')), 19)));
		await press(app, KEYS.enter);
		const detail = await see(app, `connection_name            ${SHOWN}`);
		await press(app, 'G');
		await see(app, `${PROFILE_ID} · ${SHOWN}`);
		await press(app, 'g');
		await see(app, /^› id /m);
		assert.match(detail.split('\n')[1]!, /^External connection 1000000000000000001 · \\x1b\]0;pwned\\x07/);
		await press(app, 'J');
		const json = await see(app, '"external_connection": {');
		assert.match(json, /\\u001b\]0;pwned\\u0007/);
		assert.match(json, /\\u009d52;c;/);
		await press(app, 'J');
		await see(app, `connection_name            ${SHOWN}`);
		await press(app, KEYS.escape);
		await see(app, 'row 1 of 4');

		await press(app, KEYS.down);
		await see(app, 'row 2 of 4');
		await press(app, KEYS.enter);
		await see(app, `✖ Error 404 ${SHOWN}`);
		assert.ok(
			app.frames.some(frame => frame.split('\n')[1]?.startsWith(`Loading connection ${id('B')}`)),
			'the loading title was drawn',
		);
		await press(app, KEYS.escape);
		await see(app, 'row 2 of 4');

		await press(app, KEYS.down);
		await see(app, 'row 3 of 4');
		await press(app, KEYS.enter);
		await see(app, `⚠ Connection details unavailable: 500 ${SHOWN}`);
		await press(app, KEYS.escape);
		await see(app, 'row 3 of 4');

		await press(app, KEYS.down);
		await see(app, 'row 4 of 4');
		await press(app, KEYS.enter);
		const refused = await see(app, `✖ Nothing can be sent for this record: its id "D${SHOWN}`);
		assert.match(refused.split('\n')[1]!, /^External connection D\\x1b\]0;pwned\\x07/);
		await press(app, 'y');
		await see(app, `"D${SHOWN}`);
		// The clipboard gets the id as it came, inside base64 that cannot drive the terminal.
		const sent = /\u001B]52;c;([A-Za-z0-9+/=]*)\u0007/.exec(app.terminalWrites.at(-1) ?? '')?.[1];
		assert.equal(Buffer.from(sent ?? '', 'base64').toString('utf8'), id('D'));
	} finally {
		app.unmount();
	}
});

test('the create wizard: a hostile profile name in the picker and the review, and a hostile 422', async () => {
	const app = renderApp(server);
	frames.push(app.frames);
	try {
		await see(app, 'row 1 of 4');
		await press(app, 'c');
		await see(app, 'Step 1 of');
		await press(app, KEYS.enter);
		// The picker starts on 'Type an id…': one ↓ to the hostile profile.
		await see(app, `  ${SHOWN}`);
		await press(app, KEYS.down);
		await see(app, `❯ ${SHOWN}`);
		// Enter on every step as it stands, up to the review.
		for (let step = 2; !(app.lastFrame() ?? '').includes('· Review'); step++) {
			assert.ok(step < 20, `no review after ${step} steps:\n${app.lastFrame()}`);
			await press(app, KEYS.enter);
			await waitForFrame(app, frame => frame.includes(`Step ${step + 1} of`));
		}

		await see(app, `${PROFILE_ID} (${SHOWN}`);
		await press(app, KEYS.enter);
		await see(app, 'Telnyx rejected the request (422)');
	} finally {
		app.unmount();
	}
});

test('the filter header and the error banner with a hostile filter and a hostile 403', async () => {
	const client = createApiClient({baseUrl: server.url, apiKey: server.apiKey, retries: 0, timeoutMs: HANG_MS});
	const store = createResourceStore(externalConnections, client, LIST_PAGING);
	const list = {...frontList(initialNavState(20)).view, filters: {connectionNameContains: HOSTILE}};
	// The app subscribes to the store; here the screen is re-rendered on each change of it.
	store.load(1, list.filters);
	const screen = () => (
		<ResourceList
			store={store}
			list={list}
			generation={1}
			width={100}
			place={{demo: false, host: '127.0.0.1'}}
			isActive
			dispatch={() => {}}
		/>
	);
	const view = render(screen());
	const unsubscribe = store.subscribe(() => view.rerender(screen()));
	frames.push(view.frames);
	try {
		const frame = await see(view, `✖ Error 403 ${SHOWN}`);
		// Too long for the title's line at 100 columns, the filter wraps onto lines of its own, escaped.
		assert.match(frame.split('\n')[1]!, /^ {2}filter: name~"\\u001b\]0;pwned\\u0007.*\\x9d52;c;/);
	} finally {
		unsubscribe();
		view.unmount();
		store.dispose();
	}
});
