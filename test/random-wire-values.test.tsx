// Property test: list rows and the detail, for seeded random JSON in every field of the records, never
// throw, never draw a raw control or bidi character, and never draw a frame taller than the terminal.
// The seed is fixed unless WIRE_SEED gives one; every failure names it.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import React from 'react';
import {renderWithKeys as render} from './helpers/render-with-keys.js';
import chalk from 'chalk';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import type {Connection, ExternalConnection, OutboundVoiceProfile} from '../source/api/types.js';
import {CrashBoundary} from '../source/components/crash-boundary.js';
import {displayWidth} from '../source/text/format.js';
import {cleanJsonLines} from '../source/text/sanitize.js';
import {createResourceStore} from '../source/resources/resource-store.js';
import {externalConnections} from '../source/resources/external-connections.js';
import {frontList, initialNavState} from '../source/navigation/index.js';
import {LIST_PAGING} from '../source/resources/open-list.js';
import {GUTTER, layoutDetail, type DetailLine} from '../source/screens/detail/detail-layout.js';
import {buildDetailRows, buildJsonRows} from '../source/resources/detail-lines.js';
import {profileNamesLoaded} from '../source/names/profile-names.js';
import {DetailScreen} from '../source/screens/detail/detail-screen.js';
import {layoutColumns, nameCell, partsText, rowParts} from '../source/screens/resource-list/table.js';
import {ResourceList} from '../source/screens/resource-list/resource-list.js';
import {Random, mix32} from '../source/sandbox/prng.js';
import {startJsonServer, type JsonAnswer, type JsonServer} from './helpers/json-server.js';
import {randomJson, randomString, type Limits} from './helpers/random-json.js';
import {HANG_MS, waitForFrame} from './helpers/wait-for.js';

const SEED = Number(process.env['WIRE_SEED'] ?? 20_251_125);
// Rendering costs about 40 ms a detail: the screens take fewer cases than the pure builders.
const PURE_CASES = 300;
const DETAIL_SCREENS = 120;
const LIST_ROWS = 300;
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const now = new Date('2025-07-01T00:00:00Z');

const EXTERNAL_FIELDS = [
	'record_type',
	'active',
	'credential_active',
	'external_sip_connection',
	'tags',
	'webhook_event_url',
	'webhook_event_failover_url',
	'webhook_api_version',
	'webhook_timeout_secs',
	'inbound',
	'outbound',
	'created_at',
	'updated_at',
];
const CONNECTION_FIELDS = [
	'record_type',
	'active',
	'anchorsite_override',
	'connection_name',
	'created_at',
	'updated_at',
	'webhook_event_url',
	'webhook_event_failover_url',
	'webhook_api_version',
	'outbound_voice_profile_id',
	'tags',
];

const IN_MEMORY: Limits = {maxLevels: 20_000};
const OVER_HTTP: Limits = {maxLevels: 1500};

/** A record whose every field is random, or left out; `id` too unless the API module requires a string there. */
function randomRecord(random: Random, limits: Limits, fields: string[], id: unknown): Record<string, unknown> {
	const record: Record<string, unknown> = {id};
	for (const field of fields) {
		if (random.chance(0.85)) record[field] = randomJson(random, limits);
	}
	return record;
}

const caseRandom = (index: number) => new Random(mix32(SEED, index));
function where(index: number, value: unknown): string {
	let shown: string;
	try {
		// Escaped like the raw JSON view, so that printing a failing case cannot drive the terminal either.
		shown = cleanJsonLines(
			JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' && item.length > 200 ? `${item.slice(0, 200)}…` : item)),
		)[0]!;
	} catch {
		shown = '(too deep to print: replay the seed)';
	}
	return `seed ${SEED} (replay: WIRE_SEED=${SEED} node --import tsx --test test/random-wire-values.test.tsx), case ${index}: ${shown}`;
}

// The context is described only on failure: printing every case would cost more than checking it.
function checkLine(line: string, width: number, context: () => string): void {
	if (UNSAFE.test(line)) assert.fail(`raw control in ${JSON.stringify(line.slice(0, 200))}: ${context()}`);
	if (line.includes('\n')) assert.fail(`a line break in one row: ${context()}`);
	if (displayWidth(line) > width) assert.fail(`${displayWidth(line)} columns in ${width}: ${context()}`);
}

// A field line is drawn after the cursor's gutter.
const lineText = (line: DetailLine) => (line.kind === 'field' ? ' '.repeat(GUTTER) + line.label + line.value : line.text);

test(`list rows and detail lines take ${PURE_CASES} random records without a throw (seed ${SEED})`, () => {
	for (let index = 0; index < PURE_CASES; index++) {
		const random = caseRandom(index);
		const external = randomRecord(random, IN_MEMORY, EXTERNAL_FIELDS, randomJson(random, IN_MEMORY)) as ExternalConnection;
		const connection = randomRecord(random, IN_MEMORY, CONNECTION_FIELDS, randomJson(random, IN_MEMORY)) as Connection;
		const width = 67 + random.int(140);
		const context = () => where(index, {width, external, connection});
		try {
			const columns = layoutColumns(externalConnections, width);
			checkLine(
				partsText(
					rowParts(
						externalConnections,
						external,
						nameCell({status: 'loaded', name: (connection as Record<string, unknown>)['connection_name']}),
						columns,
						{selected: random.chance(0.5), marked: random.chance(0.5)},
					),
				),
				width,
				context,
			);
			const load = random.chance(0.8)
				? ({status: 'loaded', value: connection} as const)
				: ({status: 'failed', error: randomJson(random, IN_MEMORY)} as const);
			// Profiles named for whatever ids the records hold, with hostile names or names of any type.
			const profileIds = [
				(external.outbound as {outbound_voice_profile_id?: unknown} | undefined)?.outbound_voice_profile_id,
				connection.outbound_voice_profile_id,
			];
			const profiles = profileNamesLoaded(
				profileIds.map(id => ({
					id,
					name: random.chance(0.5) ? randomString(random) : randomJson(random, IN_MEMORY),
				})) as OutboundVoiceProfile[],
			);
			for (const line of layoutDetail(buildDetailRows(external, load, profiles, now), width).lines)
				checkLine(lineText(line), width, context);
			for (const line of layoutDetail(buildJsonRows(external, load), width).lines) checkLine(lineText(line), width, context);
		} catch (error) {
			if (error instanceof assert.AssertionError) throw error;
			assert.fail(`threw ${String(error)}: ${context()}`);
		}
	}
});

// The screens, over real HTTP: records by id for the detail, and one list of random records.
const externals = new Map<string, unknown>();
const connections = new Map<string, unknown>();
const listed: unknown[] = [];
let server: JsonServer;
let client: ApiClient;

function answer(path: string[], query: URLSearchParams): JsonAnswer {
	const [collection, id = ''] = path;
	if (collection === 'external_connections' && id === '') {
		const size = Number(query.get('page[size]'));
		const number = Number(query.get('page[number]'));
		const data = listed.slice((number - 1) * size, number * size);
		return {
			status: 200,
			body: {
				data,
				meta: {page_number: number, page_size: size, total_pages: Math.ceil(listed.length / size), total_results: listed.length},
			},
		};
	}

	const record = (collection === 'external_connections' ? externals : connections).get(id);
	return record ? {status: 200, body: {data: record}} : {status: 404, body: {errors: [{code: '10005', title: 'Resource not found'}]}};
}

const caseId = (index: number) => String(1_293_384_261_075_731_000n + BigInt(index));

before(async () => {
	// No colour: an escape sequence in a frame can then only have come from the data.
	chalk.level = 0;
	for (let index = 0; index < Math.max(DETAIL_SCREENS, LIST_ROWS); index++) {
		const random = caseRandom(PURE_CASES + index);
		// The API module rejects a record whose id is not a string, and the screen acts only on an id Telnyx
		// would give (int64 digits), so the id is the one field here that is not random.
		const id = caseId(index);
		externals.set(id, randomRecord(random, OVER_HTTP, EXTERNAL_FIELDS, randomString(random)));
		connections.set(id, randomRecord(random, OVER_HTTP, CONNECTION_FIELDS, randomString(random)));
		listed.push(randomRecord(random, OVER_HTTP, EXTERNAL_FIELDS, randomString(random)));
	}

	server = await startJsonServer(request => answer(request.path, request.query));
	client = createApiClient({baseUrl: server.url, apiKey: server.apiKey, retries: 0, timeoutMs: HANG_MS});
});

after(async () => {
	await server.close();
});

function checkFrames(frames: string[], height: number, context: string): void {
	for (const frame of frames) {
		assert.ok(!UNSAFE.test(frame), `raw control in a frame: ${context}\n${frame}`);
		assert.ok(
			frame.split('\n').length <= height - 1,
			`a frame of ${frame.split('\n').length} lines in ${height} rows: ${context}\n${frame}`,
		);
	}
}

test(`the detail screen and its raw JSON for ${DETAIL_SCREENS} random records (seed ${SEED})`, async () => {
	for (let index = 0; index < DETAIL_SCREENS; index++) {
		const id = caseId(index);
		const height = 14 + caseRandom(-index).int(30);
		const crashes: Error[] = [];
		const view = render(
			<CrashBoundary onCrash={error => crashes.push(error)}>
				{/* The lines it may take, as the app gives them: the terminal's rows less one. */}
				<DetailScreen client={client} id={id} width={100} height={height - 1} isActive onBack={() => {}} writeToTerminal={() => {}} />
			</CrashBoundary>,
		);
		const context = where(PURE_CASES + index, {height, external: externals.get(id), connection: connections.get(id)});
		try {
			await waitForFrame(view, frame => crashes.length > 0 || (!frame.startsWith('Loading') && !frame.includes('loading…')));
			view.stdin.write('J');
			await waitForFrame(view, frame => crashes.length > 0 || frame.includes('"external_connection": {'));
			assert.deepEqual(crashes.map(String), [], context);
			checkFrames(view.frames, height, context);
		} finally {
			view.unmount();
		}
	}
});

test(`the list screen shows ${LIST_ROWS} random records, window by window (seed ${SEED})`, async () => {
	const height = 24;
	const base = frontList(initialNavState(height - 4)).view;
	const store = createResourceStore(externalConnections, client, LIST_PAGING);
	store.load(1, {});
	const crashes: Error[] = [];
	const screen = (scrollOffset: number) => (
		<CrashBoundary onCrash={error => crashes.push(error)}>
			<ResourceList
				store={store}
				list={{...base, cursor: scrollOffset, scrollOffset, total: store.total}}
				generation={1}
				width={100}
				place={{demo: false, host: '127.0.0.1'}}
				isActive={false}
				dispatch={() => {}}
			/>
		</CrashBoundary>
	);
	let offset = 0;
	const view = render(screen(offset));
	// The app re-renders on every change of the store; so does this test.
	const unsubscribe = store.subscribe(() => view.rerender(screen(offset)));
	try {
		for (; offset < LIST_ROWS; offset += base.viewportRows) {
			view.rerender(screen(offset));
			const context = `seed ${SEED} (replay: WIRE_SEED=${SEED}), list rows ${offset + 1}–${offset + base.viewportRows}`;
			await waitForFrame(view, frame => crashes.length > 0 || (frame.includes('row ') && !frame.includes('loading row')));
			assert.deepEqual(crashes.map(String), [], context);
			checkFrames(view.frames, height, context);
		}
	} finally {
		unsubscribe();
		view.unmount();
		store.dispose();
	}
});
