import assert from 'node:assert/strict';
import {after, before, beforeEach, describe, test} from 'node:test';
import {inspect} from 'node:util';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import type {ApiError} from '../source/api/errors.js';
import type {ExternalConnection} from '../source/api/types.js';
import {seededPhoneNumbers} from '../source/sandbox/seed/phone-numbers.js';
import {encodeId} from '../source/sandbox/ids.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {rejectionWithout} from './helpers/rejection.js';
import {readListBody, readSingleBody} from '../source/api/validate-response.js';

const KEY = 'KEYsecret_zzz_123';
const COUNT = 300;
const DATA_SEED = 7;
const PROFILE_ID = '1911630617284445511';

let sandbox: Sandbox;
let api: ApiClient;

before(async () => {
	sandbox = await startSandbox({port: 0, apiKey: KEY, count: COUNT, dataSeed: DATA_SEED});
	api = createApiClient({baseUrl: `${sandbox.url}/v2`, apiKey: KEY, retries: 0});
});
after(() => sandbox.close());
beforeEach(() => sandbox.clearRequests());

const rejection = rejectionWithout(KEY);

function lastRequest() {
	const request = sandbox.requests.at(-1);
	assert.ok(request, 'the sandbox recorded no request');
	return request;
}

async function firstPage(pageSize = 50): Promise<ExternalConnection[]> {
	return (await api.listExternalConnections({pageNumber: 1, pageSize})).data;
}

describe('listExternalConnections', () => {
	test('sends page[number] and page[size] only, and returns data and meta', async () => {
		const page = await api.listExternalConnections({pageNumber: 2, pageSize: 25});
		assert.equal(page.data.length, 25);
		assert.deepEqual(page.meta, {page_number: 2, page_size: 25, total_pages: 12, total_results: COUNT});
		const request = lastRequest();
		assert.equal(request.method, 'GET');
		assert.match(request.path, /\/external_connections$/);
		assert.deepEqual(request.query, {'page[number]': '2', 'page[size]': '25'});
	});

	test('pages tile the whole list without gaps or repeats', async () => {
		const ids: string[] = [];
		for (let pageNumber = 1; pageNumber <= 2; pageNumber++) {
			const page = await api.listExternalConnections({pageNumber, pageSize: 250});
			ids.push(...page.data.map(c => c.id));
		}
		assert.equal(ids.length, COUNT);
		assert.equal(new Set(ids).size, COUNT);
	});

	test('last page is short, a page past the end is empty, page size bounds are 1 and 250', async () => {
		const last = await api.listExternalConnections({pageNumber: 43, pageSize: 7});
		assert.equal(last.data.length, COUNT - 42 * 7);
		assert.equal(last.meta.total_pages, 43);
		const past = await api.listExternalConnections({pageNumber: 44, pageSize: 7});
		assert.deepEqual(past.data, []);
		assert.equal(past.meta.total_results, COUNT);
		assert.equal((await api.listExternalConnections({pageNumber: 1, pageSize: 1})).data.length, 1);
		assert.equal((await api.listExternalConnections({pageNumber: 1, pageSize: 250})).data.length, 250);
	});

	test('ids are 19-digit strings that survive a round trip exactly', async () => {
		const page = await firstPage(250);
		for (const connection of page) {
			assert.equal(typeof connection.id, 'string');
			assert.match(connection.id, /^\d{19}$/);
			const profileId = connection.outbound?.outbound_voice_profile_id;
			if (profileId !== undefined) assert.match(profileId, /^\d{19}$/);
		}
		// Above 2^53: a number would round, so only an exact string survives.
		const big = page.find(c => BigInt(c.id) > BigInt(Number.MAX_SAFE_INTEGER));
		assert.ok(big);
		assert.equal((await api.getExternalConnection(big.id)).id, big.id);
	});

	test('filter[external_sip_connection]', async () => {
		const page = await api.listExternalConnections({
			pageNumber: 1,
			pageSize: 250,
			filters: {externalSipConnection: 'operator_connect'},
		});
		assert.ok(page.data.length > 0);
		assert.ok(page.data.every(c => c.external_sip_connection === 'operator_connect'));
		assert.ok((page.meta.total_results ?? COUNT) < COUNT);
		assert.equal(lastRequest().query['filter[external_sip_connection]'], 'operator_connect');
	});

	test('filter[id]', async () => {
		const [target] = await firstPage(5);
		assert.ok(target);
		sandbox.clearRequests();
		const page = await api.listExternalConnections({pageNumber: 1, pageSize: 25, filters: {id: target.id}});
		assert.deepEqual(
			page.data.map(c => c.id),
			[target.id],
		);
		assert.equal(page.meta.total_results, 1);
		assert.deepEqual(lastRequest().query, {'page[number]': '1', 'page[size]': '25', 'filter[id]': target.id});
	});

	test('filter[created_at]', async () => {
		const [target] = await firstPage(5);
		const day = target?.created_at?.slice(0, 10);
		assert.ok(target && day);
		const page = await api.listExternalConnections({pageNumber: 1, pageSize: 250, filters: {createdAt: day}});
		assert.ok(page.data.some(c => c.id === target.id));
		assert.ok(page.data.every(c => c.created_at?.startsWith(day)));
		assert.equal(lastRequest().query['filter[created_at]'], day);
	});

	test('filter[connection_name][contains] is matched case-insensitively', async () => {
		const [target] = await firstPage(5);
		assert.ok(target);
		const name = (await api.getConnection(target.id)).connection_name;
		assert.ok(name && name.length >= 4);
		const needle = name.slice(1, 5).toUpperCase();
		const page = await api.listExternalConnections({pageNumber: 1, pageSize: 250, filters: {connectionNameContains: needle}});
		assert.ok(page.data.some(c => c.id === target.id));
		assert.equal(lastRequest().query['filter[connection_name][contains]'], needle);
	});

	test('filter[phone_number][contains] keeps the + of an E.164 number', async () => {
		const index = Array.from({length: COUNT}, (_, i) => i).find(i => seededPhoneNumbers(i, DATA_SEED, COUNT).length > 0);
		assert.ok(index !== undefined);
		const phone = seededPhoneNumbers(index, DATA_SEED, COUNT)[0];
		assert.ok(phone?.startsWith('+'));
		const page = await api.listExternalConnections({pageNumber: 1, pageSize: 25, filters: {phoneNumber: phone}});
		assert.deepEqual(
			page.data.map(c => c.id),
			[encodeId(index, DATA_SEED)],
		);
		assert.equal(lastRequest().query['filter[phone_number][contains]'], phone);
	});

	test('all five filters together; unset and empty filters are left out', async () => {
		await api.listExternalConnections({
			pageNumber: 1,
			pageSize: 10,
			filters: {
				connectionNameContains: 'zoom',
				externalSipConnection: 'zoom',
				id: '1300000000000000001',
				createdAt: '2022-12-31',
				phoneNumber: '+15555555555',
			},
		});
		assert.deepEqual(Object.keys(lastRequest().query).sort(), [
			'filter[connection_name][contains]',
			'filter[created_at]',
			'filter[external_sip_connection]',
			'filter[id]',
			'filter[phone_number][contains]',
			'page[number]',
			'page[size]',
		]);
		await api.listExternalConnections({pageNumber: 1, pageSize: 10, filters: {connectionNameContains: '', id: undefined}});
		assert.deepEqual(Object.keys(lastRequest().query).sort(), ['page[number]', 'page[size]']);
	});
});

describe('single records', () => {
	test('getExternalConnection returns the record with the same id', async () => {
		const [target] = await firstPage(5);
		assert.ok(target);
		sandbox.clearRequests();
		assert.deepEqual(await api.getExternalConnection(target.id), target);
		assert.match(lastRequest().path, new RegExp(`/external_connections/${target.id}$`));
	});

	test('getConnection returns the high-level connection with its name', async () => {
		const [target] = await firstPage(5);
		assert.ok(target);
		const connection = await api.getConnection(target.id);
		assert.equal(connection.id, target.id);
		assert.equal(typeof connection.connection_name, 'string');
		assert.match(lastRequest().path, new RegExp(`/connections/${target.id}$`));
	});

	test('createExternalConnection POSTs the body once and the record is then retrievable', async () => {
		const created = await api.createExternalConnection({
			external_sip_connection: 'zoom',
			active: false,
			tags: ['api-test'],
			webhook_event_url: 'https://example.com/hooks',
			outbound: {outbound_voice_profile_id: PROFILE_ID, channel_limit: 5},
		});
		assert.match(created.id, /^\d{19}$/);
		assert.deepEqual(created.tags, ['api-test']);
		assert.equal(created.outbound?.outbound_voice_profile_id, PROFILE_ID);
		assert.deepEqual(
			sandbox.requests.map(r => [r.method, r.status]),
			[['POST', 201]],
		);
		assert.equal((await api.getExternalConnection(created.id)).id, created.id);
	});

	test('an id the contract would not produce is refused before any request', async () => {
		const before = sandbox.requests.length;
		const error = await rejection(api.getExternalConnection('../connections/1?x=1'));
		assert.equal(error.kind, 'invalid-id');
		assert.equal(sandbox.requests.length, before);
	});

	test('ids with URL-special characters are encoded into one path segment where the contract allows any text', async () => {
		const error = await rejection(api.getConnection('../connections/1?x=1'));
		assert.equal(error.status, 404);
		assert.equal(lastRequest().path, '/connections/..%2Fconnections%2F1%3Fx%3D1');
	});
});

describe('listOutboundVoiceProfiles', () => {
	test('lists profiles with ids as strings', async () => {
		const page = await api.listOutboundVoiceProfiles({pageNumber: 1, pageSize: 50});
		assert.ok(page.data.length > 0);
		assert.ok(page.data.some(p => p.id === PROFILE_ID));
		assert.ok(page.data.every(p => typeof p.name === 'string' && /^\d{19}$/.test(p.id)));
		assert.deepEqual(lastRequest().query, {'page[number]': '1', 'page[size]': '50'});
		assert.match(lastRequest().path, /\/outbound_voice_profiles$/);
	});

	test('filter[name][contains]', async () => {
		const page = await api.listOutboundVoiceProfiles({pageNumber: 1, pageSize: 50, nameContains: 'ZOOM'});
		assert.ok(page.data.length > 0);
		assert.ok(page.data.every(p => p.name.toLowerCase().includes('zoom')));
		assert.equal(lastRequest().query['filter[name][contains]'], 'ZOOM');
	});
});

describe('errors', () => {
	test('a wrong key is a 401 that says the key was rejected', async () => {
		const wrong = createApiClient({baseUrl: `${sandbox.url}/v2`, apiKey: 'KEYwrong_zzz_999', retries: 0});
		const error = await rejection(wrong.listExternalConnections({pageNumber: 1, pageSize: 1}));
		assert.equal(error.kind, 'http');
		assert.equal(error.status, 401);
		assert.equal(error.retryable, false);
		assert.equal(error.errors[0]?.code, '10009');
		assert.equal(error.errors[0]?.title, 'Authentication failed');
		assert.match(error.message, /^401 Authentication failed: Could not understand the provided credentials\. \(code 10009\)/);
		assert.match(error.message, /key was rejected/);
		assertNoSecret(error, 'KEYwrong_zzz_999');
	});

	test('404 carries the Telnyx code, detail and pointer', async () => {
		const error = await rejection(api.getExternalConnection('1000000000000000000'));
		assert.equal(error.kind, 'http');
		assert.equal(error.status, 404);
		assert.deepEqual(error.errors[0]?.source, {pointer: '/'});
		assert.equal(error.errors[0]?.code, '10005');
		assert.equal(error.message, '404 Resource not found: The requested resource or URL could not be found. (code 10005)');
	});

	test('400 for a bad filter names the parameter', async () => {
		const error = await rejection(api.listExternalConnections({pageNumber: 1, pageSize: 10, filters: {connectionNameContains: 'ab'}}));
		assert.equal(error.status, 400);
		assert.equal(error.errors[0]?.code, '10015');
		assert.equal(error.errors[0]?.source?.parameter, 'filter[connection_name][contains]');
		assert.match(error.message, /^400 Bad Request: .*three characters.* \(code 10015\)$/);
	});

	test('422 for an invalid create lists every problem with its pointer', async () => {
		const error = await rejection(
			api.createExternalConnection({
				external_sip_connection: 'zoom',
				webhook_event_url: 'example.com',
				webhook_timeout_secs: 99,
				outbound: {outbound_voice_profile_id: PROFILE_ID},
			}),
		);
		assert.equal(error.status, 422);
		assert.equal(error.retryable, false);
		const pointers = error.errors.map(e => e.source?.pointer);
		assert.ok(pointers.includes('/webhook_event_url'));
		assert.ok(pointers.includes('/webhook_timeout_secs'));
		assert.match(error.message, new RegExp(`^422 .+ \\(code \\d+\\) \\(\\+${error.errors.length - 1} more\\)$`));
		assert.equal(sandbox.requests.length, 1);
	});

	test('an unreachable host is a network error naming the host', async () => {
		const closed = createApiClient({baseUrl: 'http://127.0.0.1:1/v2', apiKey: KEY, retries: 0});
		const error = await rejection(closed.getConnection('1'));
		assert.equal(error.kind, 'network');
		assert.equal(error.retryable, true);
		assert.equal(error.message, 'Could not reach 127.0.0.1:1: connection refused');
	});

	test('the API key appears nowhere in any error', async () => {
		const closed = createApiClient({baseUrl: 'http://127.0.0.1:1/v2', apiKey: KEY, retries: 0});
		const errors = [
			await rejection(api.getExternalConnection('1000000000000000000')),
			await rejection(api.listExternalConnections({pageNumber: 0, pageSize: 10})),
			await rejection(api.createExternalConnection({external_sip_connection: 'zoom', outbound: {}})),
			await rejection(closed.getConnection('1')),
			await rejection(api.getConnection('1', {signal: AbortSignal.abort()})),
		];
		assert.deepEqual(
			errors.map(e => e.kind),
			['http', 'http', 'http', 'network', 'aborted'],
		);
		for (const error of errors) assertNoSecret(error, KEY);
	});
});

function assertNoSecret(error: ApiError, secret: string): void {
	const views = [
		error.message,
		String(error.stack),
		JSON.stringify(error),
		inspect(error, {depth: Infinity, showHidden: true, getters: true}),
		JSON.stringify(Object.getOwnPropertyNames(error).map(name => [name, String((error as unknown as Record<string, unknown>)[name])])),
		inspect((error as {cause?: unknown}).cause, {depth: Infinity, showHidden: true}),
	];
	for (const view of views) assert.ok(!view.includes(secret), `the key leaked into: ${view}`);
	assert.equal((error as {cause?: unknown}).cause, undefined);
}

test('call: any operation by its route and ids, each id one encoded segment, checked by the reader it is given', async () => {
	const id = (await api.listExternalConnections({pageNumber: 1, pageSize: 1})).data[0]!.id;
	const numbers = await api.call(
		{
			method: 'GET',
			route: '/external_connections/{id}/phone_numbers',
			ids: {id},
			searchParams: new URLSearchParams({'page[size]': '2'}),
		},
		readListBody<{id: string}>,
	);
	assert.ok(numbers.data.length <= 2);
	// `/connections/{id}` takes any text: a slash stays inside its segment.
	const missing = await rejection(api.call({method: 'GET', route: '/connections/{id}', ids: {id: '1/../../x'}}, readSingleBody<unknown>));
	assert.equal(missing.status, 404);
	assert.ok(
		sandbox.requests.some(request => request.path === '/connections/1%2F..%2F..%2Fx'),
		'the segment stays one segment',
	);
});
