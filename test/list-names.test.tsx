// The name column over real HTTP: names of the rows on screen from GET /connections/{id}.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {createApiClient} from '../source/api/client.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';
import {startJsonServer, type JsonAnswer, type JsonServer} from './helpers/json-server.js';

let sandbox: Sandbox;
let app: RenderedApp | undefined;
// ink-testing-library's terminal: 24 rows less the header, column titles, footer and Ink's spare line.
const ROWS_ON_SCREEN = 20;

before(async () => {
	sandbox = await startSandbox({count: 500});
});
after(async () => {
	await sandbox.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
	sandbox.setFaults({});
});

const nameRequests = () => sandbox.requests.filter(request => request.path.startsWith('/connections/'));
const answered = () => nameRequests().every(request => request.status !== 0);

async function namesOf(from: number, count: number): Promise<string[]> {
	const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
	const page = await client.listExternalConnections({pageNumber: 1, pageSize: 100});
	const rows = page.data.slice(from, from + count);
	return Promise.all(rows.map(async row => (await client.getConnection(row.id)).connection_name ?? ''));
}

test('the first screen shows every row by name, one request per row on screen', async () => {
	const names = await namesOf(0, ROWS_ON_SCREEN);
	sandbox.clearRequests();
	app = renderApp(sandbox);
	const frame = await waitForFrame(app, f => names.every(name => f.includes(name.slice(0, 20))));
	assert.match(frame, /name\s+id\s+service/);
	await waitUntil(answered, 'every name request answered');
	assert.equal(nameRequests().length, ROWS_ON_SCREEN);
});

test('the rows scrolled to get their names once the cursor rests; r asks for them again', async () => {
	const [below] = await namesOf(ROWS_ON_SCREEN + 4, 1);
	sandbox.clearRequests();
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 500');
	// The first screen's names, seen arriving, before the key: what comes after is the second screen's.
	await waitUntil(() => nameRequests().length >= ROWS_ON_SCREEN && answered(), 'the first screen of names');
	const firstScreen = nameRequests().length;
	assert.equal(firstScreen, ROWS_ON_SCREEN);
	app.press(KEYS.pageDown);
	const frame = await waitForFrame(app, f => f.includes(below!.slice(0, 20)));
	await waitUntil(answered, 'the names of the new screen');
	const onScreen = new Set(frame.match(/\b\d{19}\b/g));
	const asked = nameRequests()
		.slice(firstScreen)
		.map(request => request.path.slice('/connections/'.length));
	assert.ok(asked.length <= ROWS_ON_SCREEN, `${asked.length} name requests for the second screen`);
	assert.deepEqual(
		asked.filter(id => !onScreen.has(id)),
		[],
		'names asked for only for the rows on the second screen',
	);
	assert.equal(new Set(asked).size, asked.length, 'each name asked for once');
	const before = nameRequests().length;
	app.press('r');
	await waitUntil(() => nameRequests().length > before, 'names asked for again after r');
	await waitForFrame(app, f => f.includes(below!.slice(0, 20)));
});

/** A list of `count` rows whose names the test decides: `name(id, attempt)` answers GET /connections/{id}. */
async function namedList(count: number, name: (id: string, attempt: number) => JsonAnswer) {
	const rows = Array.from({length: count}, (_, index) => ({
		id: String(1_000_000_000_000_000_000n + BigInt(index)),
		external_sip_connection: 'zoom',
		active: true,
	}));
	const attempts = new Map<string, number>();
	return startJsonServer(({path: [collection, id], query}) => {
		if (collection === 'connections' && id !== undefined) {
			const attempt = (attempts.get(id) ?? 0) + 1;
			attempts.set(id, attempt);
			return name(id, attempt);
		}
		const size = Number(query.get('page[size]'));
		const number = Number(query.get('page[number]'));
		return {status: 200, body: {data: rows.slice((number - 1) * size, number * size), meta: {total_results: count}}};
	});
}

const nameRequestsTo = (server: JsonServer) => server.requests.filter(request => request.path[0] === 'connections');

test('a name that fails shows — and no banner, and is asked for once', async () => {
	const server = await namedList(30, id =>
		id.endsWith('3')
			? {status: 503, body: {errors: [{code: '10007', title: 'Service unavailable'}]}}
			: {status: 200, body: {data: {id, connection_name: `Conn ${id.slice(-2)}`}}},
	);
	try {
		app = renderApp(server);
		const frame = await waitForFrame(app, f => f.includes('Conn 02') && /^ {2}—\s+1000000000000000003/m.test(f));
		assert.doesNotMatch(frame, /✖|Error/);
		await waitUntil(() => nameRequestsTo(server).length === ROWS_ON_SCREEN, 'a request per row on screen');
		assert.equal(nameRequestsTo(server).filter(request => request.path[1] === '1000000000000000003').length, 1, 'not retried');
	} finally {
		await server.close();
	}
});

test('a 429 on a name waits out its Retry-After, then the row gets its name', async () => {
	const server = await namedList(5, (id, attempt) =>
		id.endsWith('0') && attempt === 1
			? {status: 429, body: {errors: [{code: '10011', title: 'Too many requests'}]}, headers: {'retry-after': '1'}}
			: {status: 200, body: {data: {id, connection_name: `Conn ${id.slice(-2)}`}}},
	);
	try {
		app = renderApp(server);
		const frame = await waitForFrame(app, f => f.includes('Conn 00') && f.includes('Conn 04'));
		assert.doesNotMatch(frame, /✖|Error/);
		assert.equal(
			nameRequestsTo(server).filter(request => request.path[1] === '1000000000000000000').length,
			2,
			'asked again once, after the pause',
		);
		assert.equal(nameRequestsTo(server).length, 6);
	} finally {
		await server.close();
	}
});

test('--no-names: no name column and not one request for a name', async () => {
	sandbox.clearRequests();
	app = renderApp(sandbox, {names: false});
	const frame = await waitForFrame(app, 'row 1 of 500');
	assert.match(frame, /^ {2}id\s+service/m);
	app.press(KEYS.pageDown);
	await waitForFrame(app, f => !f.includes('row 1 of 500'));
	assert.equal(nameRequests().length, 0);
});
