// Read-only mode over a seeded random walk through every screen where a key sends a change: the walk presses those
// keys there, each only says why it is off, and not one request but GET leaves the app. The client here is NOT
// read-only (test/journal.test.ts covers the client's refusal): the keys alone must hold, so a mutating key the
// binding table does not mark shows up here as a request.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import React from 'react';
import {App} from '../source/app.js';
import {createApiClient} from '../source/api/client.js';
import {createJournal} from '../source/journal/journal-file.js';
import {createResourceStore} from '../source/resources/resource-store.js';
import {externalConnections} from '../source/resources/external-connections.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {BINDINGS, type Binding} from '../source/input/bindings.js';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {screenOf} from './helpers/frame-facts.js';
import {seededRandom} from './helpers/random-keys.js';
import {KEYS} from './helpers/keys.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';

const SEED = Number(process.env['READ_ONLY_WALK_SEED'] ?? 4242);
const WRITES = Number(process.env['READ_ONLY_WALK_COUNT'] ?? 4000);

// The walk's keys: moves, the keys that open the screens below the main list, and every mutating key.
const WEIGHTED: Array<[number, string]> = [
	[10, KEYS.down],
	[3, KEYS.up],
	[1, KEYS.pageDown],
	[12, KEYS.enter],
	[8, KEYS.escape],
	[1, ' '],
	...(['n', 'a', 'u', 'm', 'E', 'J'].map(key => [3, key]) as Array<[number, string]>),
	...(['l', 'M', 'P'].map(key => [1, key]) as Array<[number, string]>),
	...(['c', 'e', 'd', 't', 's', 'L', 'U', 'N', 'R', 'T', 'r', 'D', '+', '-'].map(key => [2, key]) as Array<[number, string]>),
];
const TOTAL = WEIGHTED.reduce((sum, [weight]) => sum + weight, 0);

/** Every refusal the walk must meet, as `screen|what` (the binding's `mutates`). */
const EXPECTED = [
	'list|create',
	'list|edit',
	'list|delete',
	'list|Operator Connect refresh',
	'list|enable',
	'list|disable',
	'list|tags',
	'detail|edit',
	'detail|delete',
	'sub-list|move',
	'sub-list|upload',
	'sub-list|new upload',
	'sub-list|recheck',
	'sub-list|retry',
	'sub-list|dismiss',
	'record|dismiss',
	'record|retry',
	'record|set emergency address',
	'record|move',
	'coverage|set address',
	'journal|undo',
];

let sandbox: Sandbox;
let folder: string;
before(async () => {
	sandbox = await startSandbox({count: 40});
	folder = await mkdtemp(path.join(tmpdir(), 'ec-tui-read-only-'));
});
after(async () => {
	await sandbox.close();
	await rm(folder, {recursive: true, force: true});
});

async function settle(): Promise<void> {
	for (let turn = 0; turn < 3; turn++) await new Promise(resolve => setImmediate(resolve));
}

test('every mutating key is marked, and what it is named in the notice', () => {
	const marked = Object.entries(BINDINGS as Record<string, {bindings: Record<string, Binding>}>).flatMap(([context, {bindings}]) =>
		Object.entries(bindings).flatMap(([action, binding]) => (binding.mutates === undefined ? [] : [`${context}.${action}`])),
	);
	assert.deepEqual(marked.sort(), [
		'bulkSummary.retryFailed',
		'connections.addTag',
		'connections.disableMarked',
		'connections.enableMarked',
		'connections.removeTag',
		'coverage.setAddress',
		'detail.delete',
		'detail.edit',
		'journal.undo',
		'list.create',
		'list.deleteRow',
		'list.editRow',
		'list.operatorConnect',
		'logMessagesList.dismissMarked',
		'phoneNumbers.moveMarked',
		'phoneNumbers.uploadMarked',
		'record.dismiss',
		'record.moveNumber',
		'record.retryUpload',
		'record.setEmergencyAddress',
		'uploads.newUpload',
		'uploads.recheck',
		'uploads.retryMarked',
	]);
});

test(`${WRITES} seeded random keys in read-only mode send nothing but GET, and every mutating key says why (seed ${SEED})`, async t => {
	// One entry with an inverse, so the journal's u is there to refuse.
	const journal = createJournal({file: path.join(folder, 'journal.jsonl'), profile: 'default'});
	const id = await journal.sent({
		method: 'PATCH',
		host: new URL(sandbox.url).host,
		path: '/external_connections/1',
		body: {tags: []},
		inverse: {label: 'tags back', route: '/external_connections/{id}', ids: {id: '1'}, body: {tags: ['a']}},
	});
	await journal.settled(id, {outcome: 'ok', status: 200});
	const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retryBaseMs: 2});
	const store = createResourceStore(externalConnections, client, {pageSize: 100, prefetchRows: 40, maxResidentPages: 6, names: false});
	const view = renderWithKeys(
		<App
			client={client}
			store={store}
			place={{demo: true, readOnly: true}}
			onExit={() => {}}
			writeToTerminal={() => {}}
			journalFile={journal.file}
			watch={false}
		/>,
	);
	const random = seededRandom(SEED);
	const seen = new Set<string>();
	try {
		await waitForFrame(view, frame => frame.includes('READ-ONLY') && frame.includes('row 1 of 40'));
		for (let index = 0; index < WRITES; index++) {
			let roll = random() * TOTAL;
			const key = WEIGHTED.find(([weight]) => (roll -= weight) < 0)?.[1] ?? KEYS.enter;
			view.stdin.write(key);
			await settle();
			await waitUntil(() => view.pendingKeys() === 0, 'the keys held by a loading screen were delivered');
			const frame = view.lastFrame() ?? '';
			const notice = /read-only mode: \S+ \(([^)]+)\) is off/.exec(frame.trimEnd().split('\n').at(-1) ?? '');
			if (notice) seen.add(`${screenOf(frame) ?? '?'}|${notice[1]}`);
			const sent = sandbox.requests.filter(request => request.method !== 'GET');
			assert.deepEqual(
				sent.map(request => `${request.method} ${request.path}`),
				[],
				`after write #${index} (${JSON.stringify(key)}):\n${frame}`,
			);
		}
	} finally {
		view.unmount();
		store.dispose();
	}
	t.diagnostic(`refusals seen: ${[...seen].sort().join(', ')}; ${sandbox.requests.length} GET requests`);
	assert.deepEqual(
		EXPECTED.filter(pair => !seen.has(pair)),
		[],
		'every mutating key was pressed where it works, and refused',
	);
});
