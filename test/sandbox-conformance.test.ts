// Every answer the sandbox gives, over every route, filter and error, validated against the spec's
// response schemas (formats checked). Prints each mismatch with its request and JSON path.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {createSpecChecker, type Exchange} from './helpers/sandbox-spec.js';

const PROFILE = '1911630617284445511';
const checker = createSpecChecker();

type Call = {method?: string; path: string; body?: unknown; key?: string | null};

async function exchange(sandbox: Sandbox, {method = 'GET', path, body, key = sandbox.apiKey}: Call): Promise<Exchange> {
	const headers: Record<string, string> = {'content-type': 'application/json'};
	if (key !== null) headers.authorization = `Bearer ${key}`;
	const init: RequestInit = {method, headers};
	if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
	const response = await fetch(sandbox.url + path, init);
	const text = await response.text();
	return {method, path, status: response.status, contentType: response.headers.get('content-type'), body: JSON.parse(text)};
}

/** Sends each call, checks each answer, and fails once with every mismatch of the batch. */
async function assertConforms(sandbox: Sandbox, calls: Call[]): Promise<Exchange[]> {
	const exchanges: Exchange[] = [];
	for (const call of calls) exchanges.push(await exchange(sandbox, call));
	const errors = exchanges.flatMap(e => checker.check(e));
	assert.deepEqual(errors, [], `${errors.length} conformance errors:\n${errors.slice(0, 50).join('\n')}`);
	return exchanges;
}

const dataOf = (e: Exchange) => (e.body as {data: any}).data;

describe('sandbox conformance to the spec', () => {
	let sandbox: Sandbox;
	before(async () => {
		sandbox = await startSandbox({count: 1000});
	});
	after(() => sandbox.close());

	it('knows every format the spec uses', () => {
		assert.deepEqual(checker.unknownFormats, []);
	});

	it('flags a response that breaks the schema (the checker can fail)', () => {
		const bad: Exchange = {
			method: 'GET',
			path: '/external_connections/1',
			status: 200,
			contentType: 'application/json',
			body: {data: {id: '1', inbound: {channel_limit: null}, webhook_event_url: ''}},
		};
		const errors = checker.check(bad);
		assert.ok(
			errors.some(e => e.includes('/data/inbound/channel_limit')),
			errors.join('\n'),
		);
		assert.ok(
			errors.some(e => e.includes('/data/webhook_event_url') && e.includes('format')),
			errors.join('\n'),
		);
		const upload = checker.check({...bad, path: '/external_connections/1/uploads/x', body: {data: {ticket_id: 'x', status: 'done'}}});
		assert.equal(upload.length, 2, upload.join('\n'));
		const log = checker.check({...bad, path: '/v2/external_connections/log_messages/1', body: {log_messages: []}});
		assert.ok(
			log.some(e => e.includes('fewer than 1')),
			log.join('\n'),
		);
		assert.deepEqual(checker.check({...bad, status: 418}), [
			'GET /external_connections/1 → 418: status 418 is not documented for /external_connections/{id}',
		]);
	});

	it('lists every record on every page, with each filter, and retrieves each one', async () => {
		const pages = Array.from({length: 4}, (_, i) => ({path: `/external_connections?page[size]=250&page[number]=${i + 1}`}));
		const listed = await assertConforms(sandbox, [
			{path: '/external_connections'},
			{path: '/v2/external_connections?page[size]=1'},
			...pages,
			{path: '/external_connections?page[number]=99'},
			{path: '/external_connections?filter[external_sip_connection]=zoom&page[size]=250'},
			{path: '/external_connections?filter[external_sip_connection]=operator_connect&page[size]=250'},
			{path: '/external_connections?filter[connection_name][contains]=zoom&page[size]=3&page[number]=2'},
			{path: `/external_connections?filter[connection_name][contains]=${encodeURIComponent('münchen')}`},
			{path: '/external_connections?filter[created_at]=2023-05-01'},
			{path: '/external_connections?filter[created_at]=2019-01-01'},
			{path: '/external_connections?filter[phone_number][contains]=%2B15555555555'},
			{path: '/external_connections?filter[id]=1234567890123456789'},
		]);
		const records = listed.slice(2, 6).flatMap(e => dataOf(e) as {id: string}[]);
		assert.equal(records.length, 1000);
		await assertConforms(
			sandbox,
			records.flatMap(({id}) => [{path: `/external_connections/${id}`}, {path: `/connections/${id}`}]),
		);
		await assertConforms(sandbox, [{path: `/external_connections?filter[id]=${records[7]?.id}`}]);
	});

	it('answers each list error: 400 for bad filters and paging', async () => {
		const bad = await assertConforms(sandbox, [
			{path: '/external_connections?page[size]=0'},
			{path: '/external_connections?page[size]=251&page[number]=0'},
			{path: '/external_connections?filter[connection_name][contains]=ab'},
			{path: '/external_connections?filter[external_sip_connection]=teams'},
			{path: '/external_connections?filter[created_at]=2023-02-30'},
			{path: '/external_connections?filter[phone_number][contains]=555'},
		]);
		assert.ok(bad.every(e => e.status === 400));
	});

	it('creates (201) with every optional field set and unset, and rejects bad bodies (422)', async () => {
		const created = await assertConforms(sandbox, [
			{
				method: 'POST',
				path: '/external_connections',
				body: {external_sip_connection: 'zoom', outbound: {outbound_voice_profile_id: PROFILE}},
			},
			{
				method: 'POST',
				path: '/external_connections',
				body: {
					external_sip_connection: 'zoom',
					active: false,
					tags: ['東京'],
					webhook_event_url: 'https://example.com/hook',
					webhook_event_failover_url: '',
					webhook_timeout_secs: null,
					inbound: {outbound_voice_profile_id: PROFILE, channel_limit: null},
					outbound: {outbound_voice_profile_id: PROFILE, channel_limit: null},
				},
			},
			{
				method: 'POST',
				path: '/external_connections',
				body: {
					external_sip_connection: 'zoom',
					webhook_event_url: 'https://example.com/hook',
					webhook_event_failover_url: null,
					webhook_timeout_secs: 30,
					inbound: {outbound_voice_profile_id: PROFILE, channel_limit: 5},
					outbound: {outbound_voice_profile_id: PROFILE, channel_limit: 7},
				},
			},
			{method: 'POST', path: '/external_connections', body: {external_sip_connection: 'operator_connect', outbound: {}}},
			{method: 'POST', path: '/external_connections', body: {external_sip_connection: 'zoom', outbound: {}}},
			{method: 'POST', path: '/external_connections', body: [1]},
		]);
		assert.deepEqual(
			created.map(e => e.status),
			[201, 201, 201, 422, 422, 422],
		);
		const ids = created.slice(0, 3).map(e => dataOf(e).id as string);
		await assertConforms(sandbox, [
			{path: '/external_connections?page[size]=5'},
			...ids.flatMap(id => [{path: `/external_connections/${id}`}, {path: `/connections/${id}`}]),
		]);
	});

	it('updates (200, 422, 404) and deletes (200, 422, 404), and reads back what they left', async () => {
		const {data} = (await exchange(sandbox, {path: '/external_connections?page[size]=250&page[number]=3'})).body as {data: any[]};
		const [first, second] = data;
		const update = {outbound: {outbound_voice_profile_id: PROFILE}};
		const deletable = dataOf(
			await exchange(sandbox, {
				method: 'POST',
				path: '/external_connections',
				body: {...update, external_sip_connection: 'zoom', active: false},
			}),
		);
		const answers = await assertConforms(sandbox, [
			{
				method: 'PATCH',
				path: `/external_connections/${first.id}`,
				body: {...update, inbound: {channel_limit: null}, webhook_event_failover_url: ''},
			},
			{
				method: 'PATCH',
				path: `/external_connections/${second.id}`,
				body: {...update, webhook_event_failover_url: null, webhook_timeout_secs: 3, tags: []},
			},
			{method: 'PATCH', path: `/external_connections/${first.id}`, body: {outbound: {}}},
			{method: 'PATCH', path: `/external_connections/${first.id}`, body: 'nope'},
			{method: 'PATCH', path: '/external_connections/1234567890123456789', body: update},
			{method: 'DELETE', path: `/external_connections/${data.find(c => c.active).id}`},
			{method: 'DELETE', path: `/external_connections/${deletable.id}`},
			{method: 'DELETE', path: '/external_connections/1234567890123456789'},
			{path: `/external_connections/${first.id}`},
			{path: `/connections/${second.id}`},
			{path: '/external_connections?page[size]=250&page[number]=3'},
		]);
		assert.deepEqual(answers.map(e => e.status).slice(0, 8), [200, 200, 422, 422, 404, 422, 200, 404]);
		await assertConforms(sandbox, [{method: 'PATCH', path: `/external_connections/${first.id}`, key: null, body: update}]);
	});

	it('answers 401, 404 and malformed JSON (422: all that create documents) with Telnyx errors', async () => {
		const errors = await assertConforms(sandbox, [
			{path: '/external_connections', key: null},
			{path: '/external_connections', key: 'KEY_wrong'},
			{path: '/connections/1', key: 'KEY_wrong'},
			{path: '/external_connections/1234567890123456789'},
			{path: '/external_connections/abc'},
			{path: '/connections/1234567890123456789'},
			{method: 'POST', path: '/external_connections', body: '{"external_sip_connection":'},
		]);
		assert.deepEqual(
			errors.map(e => e.status),
			[401, 401, 401, 404, 404, 404, 422],
		);
	});

	it('answers every operation under a connection, with filters, paging and errors, per the full spec', async () => {
		// Earlier tests created Zoom connections, which list first: the large seeded ones are Operator Connect.
		const teams = '/external_connections?filter[external_sip_connection]=operator_connect&page[size]=2';
		const [big, second] = (dataOf(await exchange(sandbox, {path: teams})) as {id: string}[]).map(c => c.id);
		const zoom = (
			dataOf(await exchange(sandbox, {path: '/external_connections?filter[external_sip_connection]=zoom&page[size]=1'})) as {id: string}[]
		)[0]!.id;
		const base = `/external_connections/${big}`;
		const numbers = dataOf(await exchange(sandbox, {path: `${base}/phone_numbers?page[size]=3`}));
		const addresses = dataOf(await exchange(sandbox, {path: `${base}/civic_addresses`}));
		const uploads = dataOf(await exchange(sandbox, {path: `${base}/uploads?page[size]=250`}));
		const releases = dataOf(await exchange(sandbox, {path: `${base}/releases`}));
		const messages = (
			(await exchange(sandbox, {path: `/external_connections/log_messages?filter[external_connection_id]=${big}`})).body as {
				log_messages: {id: string}[];
			}
		).log_messages;
		const locations = addresses.flatMap((a: {locations: {id: string}[]}) => a.locations.map(l => l.id));
		const number = numbers[0];
		const missing = '00000000-0000-4000-8000-000000000000';
		const answers = await assertConforms(sandbox, [
			...[big, second, zoom].flatMap(id => [
				{path: `/external_connections/${id}/phone_numbers`},
				{path: `/external_connections/${id}/civic_addresses`},
				{path: `/external_connections/${id}/uploads`},
				{path: `/external_connections/${id}/uploads/status`},
				{path: `/external_connections/${id}/releases`},
				{path: `/external_connections/log_messages?filter[external_connection_id]=${id}`},
			]),
			{path: `${base}/phone_numbers?page[size]=250&page[number]=40`},
			{path: `${base}/phone_numbers?filter[phone_number][eq]=${encodeURIComponent(number.telephone_number)}`},
			{path: `${base}/phone_numbers?filter[phone_number][contains]=%2B44&page[size]=5`},
			{
				path: `${base}/phone_numbers?filter[civic_address_id][eq]=${number.civic_address_id}&filter[location_id][eq]=${number.location_id}&page[size]=5`,
			},
			{path: `${base}/phone_numbers?page[number]=0`},
			{path: `${base}/phone_numbers/${number.number_id}`},
			{path: `${base}/phone_numbers/${missing}`},
			{method: 'PATCH', path: `${base}/phone_numbers/${number.number_id}`, body: {location_id: locations.at(-1)}},
			{method: 'PATCH', path: `${base}/phone_numbers/${number.number_id}`, body: {location_id: 'x'}},
			{method: 'PATCH', path: `${base}/phone_numbers/${missing}`, body: {}},
			{path: `${base}/civic_addresses?filter[country]=US,DE`},
			{path: `${base}/civic_addresses?filter[country]=ZZ`},
			{path: `${base}/civic_addresses/${addresses[0].id}`},
			{path: `${base}/civic_addresses/${missing}`},
			...locations.map((location: string) => ({
				method: 'PATCH',
				path: `${base}/locations/${location}`,
				body: {static_emergency_address_id: addresses[0].id},
			})),
			{method: 'PATCH', path: `${base}/locations/${locations[0]}`, body: {}},
			{method: 'PATCH', path: `${base}/locations/${missing}`, body: {static_emergency_address_id: addresses[0].id}},
			{path: `${base}/uploads?filter[status][eq]=error,success&filter[location_id][eq]=${uploads[0].location_id}`},
			{path: `${base}/uploads?filter[civic_address_id][eq]=${addresses[0].id}&filter[phone_number][contains]=%2B4411`},
			{path: `${base}/uploads?filter[status][eq]=nope`},
			...uploads.slice(0, 6).map((u: {ticket_id: string}) => ({path: `${base}/uploads/${u.ticket_id}`})),
			{path: `${base}/uploads/${missing}`},
			{method: 'POST', path: `${base}/uploads`, body: {number_ids: [number.number_id], location_id: locations[0]}},
			{method: 'POST', path: `${base}/uploads`, body: {number_ids: Array.from({length: 1001}, () => number.number_id)}},
			{method: 'POST', path: `${base}/uploads`, body: {number_ids: []}},
			{method: 'POST', path: `/external_connections/${zoom}/uploads`, body: {number_ids: ['+15555550100']}},
			{method: 'POST', path: `${base}/uploads/refresh`},
			{method: 'POST', path: `${base}/uploads/refresh`},
			...uploads.slice(0, 6).map((u: {ticket_id: string}) => ({method: 'POST', path: `${base}/uploads/${u.ticket_id}/retry`})),
			{method: 'POST', path: `${base}/uploads/${missing}/retry`},
			{path: `${base}/releases?filter[status][eq]=failed,complete&filter[phone_number][contains]=%2B1202`},
			{path: `${base}/releases?filter[civic_address_id][eq]=${addresses[0].id}&filter[location_id][eq]=${locations[0]}`},
			{path: `${base}/releases?filter[phone_number][eq]=12`},
			...releases.map((r: {ticket_id: string}) => ({path: `${base}/releases/${r.ticket_id}`})),
			{path: `${base}/releases/${missing}`},
			{path: '/external_connections/log_messages'},
			{path: '/external_connections/log_messages?page[size]=7&page[number]=3'},
			{path: '/external_connections/log_messages?filter[external_connection_id]=null'},
			{path: '/external_connections/log_messages?filter[telephone_number][eq]=null&page[size]=5'},
			{path: `/external_connections/log_messages?filter[telephone_number][contains]=%2B44113`},
			{path: '/external_connections/log_messages?filter[telephone_number][eq]=12'},
			{path: `/external_connections/log_messages/${messages[0]!.id}`},
			{method: 'DELETE', path: `/external_connections/log_messages/${messages[0]!.id}`},
			{path: `/external_connections/log_messages/${messages[0]!.id}`},
			{method: 'DELETE', path: `/external_connections/log_messages/${messages[0]!.id}`},
			{path: '/external_connections/1234567890123456789/phone_numbers'},
			{path: '/external_connections/1234567890123456789/uploads/status'},
			{path: `${base}/phone_numbers`, key: null},
			{path: '/external_connections/log_messages', key: null},
		]);
		const statuses = new Set(answers.map(e => `${e.method} ${e.status}`));
		for (const expected of [
			'GET 200',
			'GET 404',
			'GET 422',
			'PATCH 200',
			'PATCH 422',
			'PATCH 404',
			'POST 202',
			'POST 413',
			'POST 409',
			'POST 422',
			'DELETE 200',
			'DELETE 404',
			'GET 401',
		]) {
			assert.ok(statuses.has(expected), `no ${expected} in ${[...statuses].join(', ')}`);
		}
	});

	it('lists outbound voice profiles, with its filter, sort and paging, and its 422', async () => {
		await assertConforms(sandbox, [
			{path: '/outbound_voice_profiles'},
			{path: '/outbound_voice_profiles?filter[name][contains]=emea'},
			{path: '/outbound_voice_profiles?page[size]=4&page[number]=2&sort=name'},
			{path: '/outbound_voice_profiles?page[size]=300'},
		]);
	});

	it('refreshes the Operator Connect integration (202, then 200 while it runs, 401 without a key)', async () => {
		const [started, running] = await assertConforms(sandbox, [
			{method: 'POST', path: '/operator_connect/actions/refresh'},
			{method: 'POST', path: '/v2/operator_connect/actions/refresh'},
			{method: 'POST', path: '/operator_connect/actions/refresh', key: null},
		]);
		assert.deepEqual([started!.status, running!.status], [202, 200]);
	});
});
