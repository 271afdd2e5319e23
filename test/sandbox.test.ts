import assert from 'node:assert/strict';
import http from 'node:http';
import {after, before, describe, it} from 'node:test';
import type {AnchorsiteOverride, Connection, ExternalConnection, ListPage, TelnyxError} from '../source/api/types.js';
import {seededTraits} from '../source/sandbox/data.js';
import {seededPhoneNumbers} from '../source/sandbox/seed/phone-numbers.js';
import {encodeId} from '../source/sandbox/ids.js';
import {DEFAULT_DATA_SEED, DEMO_API_KEY, startSandbox, type Sandbox} from '../source/sandbox/server.js';

type Reply = {status: number; headers: Headers; text: string; json: any};

async function call(sandbox: Sandbox, path: string, init: RequestInit = {}, key: string | null = sandbox.apiKey): Promise<Reply> {
	const headers = new Headers(init.headers);
	if (key !== null) headers.set('authorization', `Bearer ${key}`);
	const response = await fetch(sandbox.url + path, {...init, headers});
	const text = await response.text();
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return {status: response.status, headers: response.headers, text, json};
}

const list = async (sandbox: Sandbox, query: string) => {
	const reply = await call(sandbox, `/external_connections?${query}`);
	assert.equal(reply.status, 200, reply.text);
	return reply.json as ListPage<ExternalConnection>;
};

function assertBadRequest(reply: Reply, parameter: string): void {
	assert.equal(reply.status, 400, reply.text);
	const errors = reply.json.errors as TelnyxError[];
	assert.equal(errors.length, 1);
	assert.equal(errors[0]?.code, '10015');
	assert.equal(errors[0]?.title, 'Bad Request');
	assert.equal(errors[0]?.source?.parameter, parameter);
	assert.ok(errors[0]?.detail?.includes(parameter), errors[0]?.detail);
}

const ANCHORSITES: AnchorsiteOverride[] = [
	'Latency',
	'Chicago, IL',
	'Ashburn, VA',
	'San Jose, CA',
	'Sydney, Australia',
	'Amsterdam, Netherlands',
	'London, UK',
	'Toronto, Canada',
	'Vancouver, Canada',
	'Frankfurt, Germany',
];

describe('sandbox server', () => {
	let sandbox: Sandbox;
	before(async () => {
		sandbox = await startSandbox();
	});
	after(() => sandbox.close());

	describe('pagination', () => {
		it('defaults to page 1 of 250 and serves under / and /v2/ alike', async () => {
			const page = await list(sandbox, '');
			assert.deepEqual(page.meta, {page_number: 1, page_size: 250, total_pages: 2, total_results: 300});
			assert.equal(page.data.length, 250);
			const v2 = await call(sandbox, '/v2/external_connections');
			assert.deepEqual(v2.json, page);
		});

		it('handles page[size] 1 and 250 at the bounds', async () => {
			const one = await list(sandbox, 'page[size]=1');
			assert.deepEqual(one.meta, {page_number: 1, page_size: 1, total_pages: 300, total_results: 300});
			assert.equal(one.data.length, 1);
			const second = await list(sandbox, 'page[size]=250&page[number]=2');
			assert.deepEqual(second.meta, {page_number: 2, page_size: 250, total_pages: 2, total_results: 300});
			assert.equal(second.data.length, 50);
		});

		it('rounds total_pages up', async () => {
			const page = await list(sandbox, 'page[size]=7&page[number]=43');
			assert.deepEqual(page.meta, {page_number: 43, page_size: 7, total_pages: 43, total_results: 300});
			assert.equal(page.data.length, 6);
		});

		it('answers a page past the end with no data and the true meta', async () => {
			const page = await list(sandbox, 'page[size]=250&page[number]=3');
			assert.deepEqual(page, {data: [], meta: {page_number: 3, page_size: 250, total_pages: 2, total_results: 300}});
			const far = await list(sandbox, 'page[number]=99999999999');
			assert.deepEqual(far.data, []);
		});

		it('rejects page[size] outside 1..250 or not an integer', async () => {
			for (const size of ['0', '251', 'abc', '1.5', '-1', '']) {
				assertBadRequest(await call(sandbox, `/external_connections?page[size]=${size}`), 'page[size]');
			}
		});

		it('rejects page[number] below 1 or not an integer', async () => {
			for (const number of ['0', '-2', 'x', '2e3']) {
				assertBadRequest(await call(sandbox, `/external_connections?page[number]=${number}`), 'page[number]');
			}
		});

		it('reports every invalid parameter at once', async () => {
			const reply = await call(sandbox, '/external_connections?page[size]=0&page[number]=0');
			assert.deepEqual(
				(reply.json.errors as TelnyxError[]).map(e => e.source?.parameter),
				['page[number]', 'page[size]'],
			);
		});

		it('yields every record exactly once across pages, newest first, in a stable order', async () => {
			const ids: string[] = [];
			const created: string[] = [];
			for (let number = 1; number <= 6; number++) {
				const page = await list(sandbox, `page[size]=50&page[number]=${number}`);
				ids.push(...page.data.map(c => c.id));
				created.push(...page.data.map(c => c.created_at ?? ''));
			}
			assert.equal(new Set(ids).size, 300);
			assert.deepEqual(created, [...created].sort().reverse());
			assert.deepEqual(
				(await list(sandbox, 'page[size]=250')).data.map(c => c.id),
				ids.slice(0, 250),
			);
		});
	});

	describe('records', () => {
		it('look like Telnyx external connections', async () => {
			const {data} = await list(sandbox, '');
			for (const c of data) {
				assert.match(c.id, /^\d{19}$/);
				assert.equal(c.record_type, 'external_connection');
				assert.ok(c.external_sip_connection === 'zoom' || c.external_sip_connection === 'operator_connect');
				assert.match(c.created_at ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
				assert.ok((c.updated_at ?? '') >= (c.created_at ?? ''));
				assert.match(c.webhook_event_url ?? '', /^https:\/\//);
				assert.match(c.outbound?.outbound_voice_profile_id ?? '', /^\d{19}$/);
			}
			const kinds = new Set(data.map(c => c.external_sip_connection));
			assert.equal(kinds.size, 2);
			assert.ok(data.some(c => c.webhook_event_failover_url === null));
			// An unset limit is omitted, never null: the spec types it as integer.
			assert.ok(data.some(c => c.inbound !== undefined && !('channel_limit' in c.inbound)));
			assert.ok(data.every(c => c.inbound?.channel_limit !== null && c.outbound?.channel_limit !== null));
			assert.ok(data.some(c => typeof c.outbound?.channel_limit === 'number'));
			const tags = new Set(data.flatMap(c => c.tags ?? []));
			for (const tag of ['café', '東京', 'süd']) assert.ok(tags.has(tag), tag);
			const years = new Set(data.map(c => c.created_at?.slice(0, 4)));
			assert.ok(years.size >= 4, [...years].join());
		});

		it('retrieves each listed external connection by id', async () => {
			const {data} = await list(sandbox, 'page[size]=3&page[number]=17');
			for (const c of data) {
				const reply = await call(sandbox, `/external_connections/${c.id}`);
				assert.equal(reply.status, 200);
				assert.deepEqual(reply.json, {data: c});
				assert.deepEqual((await call(sandbox, `/v2/external_connections/${c.id}`)).json, {data: c});
			}
		});

		it('retrieves the matching connection with a realistic name', async () => {
			const {data} = await list(sandbox, 'page[size]=20');
			for (const c of data) {
				const reply = await call(sandbox, `/connections/${c.id}`);
				assert.equal(reply.status, 200);
				const connection = reply.json.data as Connection;
				assert.equal(connection.id, c.id);
				assert.equal(connection.record_type, 'external_connection');
				assert.ok(ANCHORSITES.includes(connection.anchorsite_override as AnchorsiteOverride));
				assert.match(connection.connection_name ?? '', c.external_sip_connection === 'zoom' ? /Zoom/ : /Teams|Operator Connect/);
				assert.equal(connection.outbound_voice_profile_id, c.outbound?.outbound_voice_profile_id);
				assert.equal(connection.created_at, c.created_at);
				assert.deepEqual(connection.tags, c.tags);
			}
		});
	});

	describe('filters', () => {
		it('filters connection_name case-insensitively, including non-ASCII names', async () => {
			const lower = await list(sandbox, `filter[connection_name][contains]=${encodeURIComponent('münchen')}`);
			const upper = await list(sandbox, `filter[connection_name][contains]=${encodeURIComponent('MÜNCHEN')}`);
			assert.ok(lower.meta.total_results > 0);
			assert.deepEqual(upper, lower);
			for (const c of lower.data) {
				const name = (await call(sandbox, `/connections/${c.id}`)).json.data.connection_name as string;
				assert.match(name, /München/);
			}
		});

		it('finds a connection by a part of its name', async () => {
			const [first] = (await list(sandbox, 'page[size]=1&page[number]=123')).data;
			const name = (await call(sandbox, `/connections/${first?.id}`)).json.data.connection_name as string;
			const needle = name.slice(2, 9).toUpperCase();
			const found = await list(sandbox, `filter[connection_name][contains]=${encodeURIComponent(needle)}`);
			assert.ok(
				found.data.some(c => c.id === first?.id),
				needle,
			);
		});

		it('needs at least three characters for connection_name', async () => {
			for (const needle of ['ab', '東京', '']) {
				assertBadRequest(
					await call(sandbox, `/external_connections?filter[connection_name][contains]=${encodeURIComponent(needle)}`),
					'filter[connection_name][contains]',
				);
			}
		});

		it('matches phone_number only on a full E.164 number', async () => {
			const index = Array.from({length: 300}, (_, i) => i).find(i => seededPhoneNumbers(i, DEFAULT_DATA_SEED, 300).length > 0);
			assert.ok(index !== undefined);
			const [number] = seededPhoneNumbers(index, DEFAULT_DATA_SEED, 300);
			const page = await list(sandbox, `filter[phone_number][contains]=${encodeURIComponent(number ?? '')}`);
			assert.deepEqual(
				page.data.map(c => c.id),
				[encodeId(index, DEFAULT_DATA_SEED)],
			);
			const partial = await list(sandbox, `filter[phone_number][contains]=${encodeURIComponent(number?.slice(0, -2) ?? '')}`);
			assert.deepEqual(partial, {data: [], meta: {page_number: 1, page_size: 250, total_pages: 0, total_results: 0}});
			for (const bad of ['5551234', '+0123', 'abc']) {
				assertBadRequest(
					await call(sandbox, `/external_connections?filter[phone_number][contains]=${encodeURIComponent(bad)}`),
					'filter[phone_number][contains]',
				);
			}
		});

		it('filters created_at by UTC day', async () => {
			const [target] = (await list(sandbox, 'page[size]=1&page[number]=200')).data;
			const day = target?.created_at?.slice(0, 10) ?? '';
			const page = await list(sandbox, `filter[created_at]=${day}`);
			assert.ok(page.data.some(c => c.id === target?.id));
			assert.ok(page.data.every(c => c.created_at?.startsWith(day)));
			const none = await list(sandbox, 'filter[created_at]=2019-01-01');
			assert.equal(none.meta.total_results, 0);
			for (const bad of ['2023-02-30', '2023-5-1', '31/12/2022', 'yesterday']) {
				assertBadRequest(await call(sandbox, `/external_connections?filter[created_at]=${bad}`), 'filter[created_at]');
			}
		});

		it('filters by id, combined with other filters', async () => {
			const [target] = (await list(sandbox, 'page[size]=1&page[number]=42')).data;
			const page = await list(sandbox, `filter[id]=${target?.id}`);
			assert.deepEqual(page.data, [target]);
			assert.equal(page.meta.total_pages, 1);
			const other = target?.external_sip_connection === 'zoom' ? 'operator_connect' : 'zoom';
			assert.equal((await list(sandbox, `filter[id]=${target?.id}&filter[external_sip_connection]=${other}`)).meta.total_results, 0);
			assert.equal((await list(sandbox, 'filter[id]=1234567890123456789')).meta.total_results, 0);
			assert.equal((await list(sandbox, 'filter[id]=not-an-id')).meta.total_results, 0);
		});

		it('filters external_sip_connection by its enum and pages the result', async () => {
			const zoom = await list(sandbox, 'filter[external_sip_connection]=zoom&page[size]=250');
			const teams = await list(sandbox, 'filter[external_sip_connection]=operator_connect&page[size]=250');
			assert.ok(zoom.data.every(c => c.external_sip_connection === 'zoom'));
			assert.ok(teams.data.every(c => c.external_sip_connection === 'operator_connect'));
			assert.equal(zoom.meta.total_results + teams.meta.total_results, 300);
			const second = await list(sandbox, 'filter[external_sip_connection]=zoom&page[size]=10&page[number]=2');
			assert.deepEqual(second.data, zoom.data.slice(10, 20));
			assert.equal(second.meta.total_pages, Math.ceil(zoom.meta.total_results / 10));
			assertBadRequest(
				await call(sandbox, '/external_connections?filter[external_sip_connection]=teams'),
				'filter[external_sip_connection]',
			);
		});
	});

	describe('outbound voice profiles', () => {
		it('lists, filters by name and pages', async () => {
			const all = await call(sandbox, '/outbound_voice_profiles');
			assert.equal(all.status, 200);
			assert.deepEqual(all.json.meta, {page_number: 1, page_size: 20, total_pages: 1, total_results: 6});
			for (const p of all.json.data) {
				assert.match(p.id, /^\d{19}$/);
				assert.equal(p.record_type, 'outbound_voice_profile');
				assert.ok(p.name.length >= 3);
			}
			const emea = await call(sandbox, '/v2/outbound_voice_profiles?filter[name][contains]=emea');
			assert.deepEqual(
				emea.json.data.map((p: {name: string}) => p.name),
				['EMEA Outbound – Frankfurt'],
			);
			const paged = await call(sandbox, '/outbound_voice_profiles?page[size]=4&page[number]=2&sort=name');
			assert.deepEqual(paged.json.meta, {page_number: 2, page_size: 4, total_pages: 2, total_results: 6});
			assert.equal(paged.json.data.length, 2);
			assert.equal((await call(sandbox, '/outbound_voice_profiles?page[size]=300')).status, 422);
		});

		it('uses only known profiles in connections', async () => {
			const known = new Set((await call(sandbox, '/outbound_voice_profiles')).json.data.map((p: {id: string}) => p.id));
			const {data} = await list(sandbox, '');
			assert.ok(data.every(c => known.has(c.outbound?.outbound_voice_profile_id)));
		});
	});

	describe('errors', () => {
		it('answers unknown ids and routes with 404 10005', async () => {
			for (const path of [
				'/external_connections/1234567890123456789',
				'/external_connections/abc',
				'/connections/1234567890123456789',
				'/nope',
				'/v2/external_connections/1/extra',
				'/v3/external_connections',
			]) {
				const reply = await call(sandbox, path);
				assert.equal(reply.status, 404, path);
				assert.equal(reply.json.errors[0].code, '10005');
				assert.equal(reply.json.errors[0].title, 'Resource not found');
			}
		});

		it('answers an unsupported method with a Telnyx-shaped 405', async () => {
			const [first] = (await list(sandbox, 'page[size]=1')).data;
			const reply = await call(sandbox, `/external_connections/${first?.id}`, {method: 'PUT'});
			assert.equal(reply.status, 405);
			assert.equal(reply.headers.get('allow'), 'GET, PATCH, DELETE');
			assert.equal(reply.json.errors[0].code, '10015');
		});

		it('requires the bearer key and never echoes a presented key', async () => {
			const expected = {
				errors: [
					{
						code: '10009',
						title: 'Authentication failed',
						detail: 'Could not understand the provided credentials.',
						meta: {url: 'https://developers.telnyx.com/docs/overview/errors/10009'},
					},
				],
			};
			const missing = await call(sandbox, '/external_connections', {}, null);
			assert.equal(missing.status, 401);
			assert.deepEqual(missing.json, expected);
			const secret = 'KEY_wrong_secret_9f8e7d';
			for (const path of ['/external_connections', '/connections/1', '/nope']) {
				const wrong = await call(sandbox, path, {}, secret);
				assert.equal(wrong.status, 401);
				assert.deepEqual(wrong.json, expected);
				assert.ok(!wrong.text.includes(secret));
				assert.ok(![...wrong.headers.values()].some(v => v.includes(secret)));
			}
			const basic = await call(sandbox, '/external_connections', {headers: {authorization: `Basic ${DEMO_API_KEY}`}}, null);
			assert.equal(basic.status, 401);
			assert.ok(!basic.text.includes(DEMO_API_KEY));
		});

		it('sends application/json on every answer', async () => {
			for (const path of ['/external_connections', '/nope', '/external_connections?page[size]=0']) {
				assert.equal((await call(sandbox, path)).headers.get('content-type'), 'application/json');
			}
			assert.equal((await call(sandbox, '/nope', {}, null)).headers.get('content-type'), 'application/json');
		});
	});

	it('records every request with its path, raw query keys, status and arrival time', async () => {
		sandbox.clearRequests();
		const startedAt = Date.now();
		await call(sandbox, '/v2/external_connections?page[number]=3&filter[connection_name][contains]=zoom');
		await call(sandbox, '/nope', {}, null);
		for (const {receivedAt} of sandbox.requests) assert.ok(receivedAt >= startedAt && receivedAt <= Date.now(), String(receivedAt));
		assert.deepEqual(
			sandbox.requests.map(({receivedAt: _receivedAt, ...rest}) => rest),
			[
				{
					method: 'GET',
					path: '/external_connections',
					query: {'page[number]': '3', 'filter[connection_name][contains]': 'zoom'},
					status: 200,
				},
				{method: 'GET', path: '/nope', query: {}, status: 401},
			],
		);
		sandbox.clearRequests();
		assert.deepEqual(sandbox.requests, []);
	});
});

describe('sandbox data', () => {
	it('is identical across servers with the same seed, and differs with another seed', async () => {
		const [a, b, c] = await Promise.all([startSandbox(), startSandbox(), startSandbox({dataSeed: 7})]);
		try {
			const pageA = (await call(a, '/external_connections?page[size]=50&page[number]=3')).text;
			assert.equal((await call(b, '/external_connections?page[size]=50&page[number]=3')).text, pageA);
			assert.notEqual((await call(c, '/external_connections?page[size]=50&page[number]=3')).text, pageA);
		} finally {
			await Promise.all([a.close(), b.close(), c.close()]);
		}
	});

	it('keeps ids unique and created_at ordered by index over 100k records', () => {
		const ids = new Set<string>();
		let previous = 0;
		for (let i = 0; i < 100_000; i++) {
			ids.add(encodeId(i, DEFAULT_DATA_SEED));
			const {createdMs} = seededTraits(i, DEFAULT_DATA_SEED, 100_000);
			assert.ok(createdMs >= previous);
			previous = createdMs;
		}
		assert.equal(ids.size, 100_000);
	});

	// How fast is the bench's to say (sandbox_p99_ms: 500 concurrent requests per route, filtered ones included).
	it('serves 100k records: a deep unfiltered page and a filtered scan', async () => {
		const big = await startSandbox({count: 100_000});
		try {
			const deep = (await call(big, '/external_connections?page[size]=250&page[number]=399')).json as ListPage<ExternalConnection>;
			assert.deepEqual(deep.meta, {page_number: 399, page_size: 250, total_pages: 400, total_results: 100_000});
			assert.equal(deep.data.length, 250);

			const filtered = await call(
				big,
				`/external_connections?page[size]=10&filter[connection_name][contains]=${encodeURIComponent('zoom hq')}`,
			);
			assert.equal(filtered.status, 200);
			assert.ok(filtered.json.meta.total_results > 1000);

			const [last] = deep.data.slice(-1);
			assert.equal((await call(big, `/connections/${last?.id}`)).status, 200);
		} finally {
			await big.close();
		}
	});
});

describe('odd request targets', () => {
	it('answers // and a path-less target with a Telnyx 404 instead of crashing', async () => {
		const sandbox = await startSandbox({count: 5});
		try {
			const {port} = new URL(sandbox.url);
			for (const target of ['//', '*']) {
				const status = await new Promise<number>((resolve, reject) => {
					const request = http.request(
						{host: '127.0.0.1', port, path: target, headers: {authorization: `Bearer ${sandbox.apiKey}`}},
						response => {
							response.resume();
							resolve(response.statusCode ?? 0);
						},
					);
					request.on('error', reject);
					request.end();
				});
				assert.equal(status, 404, target);
			}
		} finally {
			await sandbox.close();
		}
	});
});
