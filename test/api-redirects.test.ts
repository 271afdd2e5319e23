// Redirects over real HTTP: two bare node:http servers, each counting what reaches it.
import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, beforeEach, test} from 'node:test';
import {createApiClient} from '../source/api/client.js';
import {rejectionWithout} from './helpers/rejection.js';

const KEY = 'KEYsecret_redirect_42';
const CREATE = {external_sip_connection: 'zoom', outbound: {outbound_voice_profile_id: '1911630617284445511'}} as const;
const CREATED = JSON.stringify({data: {id: '1293384261075731499'}});

type Host = {
	server: Server;
	url: string;
	hits: Array<{method: string; url: string}>;
	answer: (url: string) => {status: number; location?: string};
};

async function startHost(): Promise<Host> {
	const host: Host = {server: createServer(), url: '', hits: [], answer: () => ({status: 201})};
	host.server.on('request', (req, res) => {
		req.resume();
		host.hits.push({method: req.method ?? '', url: req.url ?? ''});
		const {status, location} = host.answer(req.url ?? '');
		res.writeHead(status, {'content-type': 'application/json', ...(location && {location})});
		res.end(status < 300 ? CREATED : '{}');
	});
	await new Promise<void>(resolve => host.server.listen(0, '127.0.0.1', resolve));
	host.url = `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`;
	return host;
}

let origin: Host;
let other: Host;

before(async () => {
	[origin, other] = await Promise.all([startHost(), startHost()]);
});
after(() => {
	for (const host of [origin, other]) {
		host.server.closeAllConnections();
		host.server.close();
	}
});
beforeEach(() => {
	origin.hits = [];
	other.hits = [];
	other.answer = () => ({status: 201});
});

const api = () => createApiClient({baseUrl: `${origin.url}/v2`, apiKey: KEY, retries: 3, retryBaseMs: 1});

const rejection = rejectionWithout(KEY);

for (const status of [301, 302, 303, 307, 308]) {
	test(`a POST answered ${status} is sent once, to one host, and the error names the status and Location`, async () => {
		origin.answer = () => ({status, location: `${other.url}/v2/external_connections`});
		const error = await rejection(api().createExternalConnection(CREATE));
		assert.equal(error.kind, 'redirect');
		assert.equal(error.status, status);
		assert.equal(error.retryable, false);
		assert.match(error.message, new RegExp(`answered ${status}.*to ${other.url}/v2/external_connections`));
		assert.deepEqual(origin.hits, [{method: 'POST', url: '/v2/external_connections'}]);
		assert.deepEqual(other.hits, []);
	});
}

test('a POST redirected within the same origin is not followed either', async () => {
	origin.answer = url => (url.startsWith('/v2/') ? {status: 307, location: '/elsewhere'} : {status: 201});
	const error = await rejection(api().createExternalConnection(CREATE));
	assert.equal(error.kind, 'redirect');
	assert.equal(origin.hits.length, 1);
});

test('a POST 3xx without a Location says so', async () => {
	origin.answer = () => ({status: 302});
	const error = await rejection(api().createExternalConnection(CREATE));
	assert.match(error.message, /answered 302, a redirect without a Location/);
	assert.equal(origin.hits.length, 1);
});

test('a GET follows a redirect within the same origin', async () => {
	origin.answer = url => (url.startsWith('/v2/') ? {status: 302, location: '/moved/connections/1'} : {status: 200});
	const connection = await api().getConnection('1');
	assert.equal(connection.id, '1293384261075731499');
	assert.deepEqual(
		origin.hits.map(hit => hit.url),
		['/v2/connections/1', '/moved/connections/1'],
	);
});

test('a GET redirected to another origin is an error naming the target; nothing reaches that host', async () => {
	origin.answer = () => ({status: 302, location: `${other.url}/v2/connections/1`});
	const error = await rejection(api().getConnection('1'));
	assert.equal(error.kind, 'redirect');
	assert.match(error.message, new RegExp(`to ${other.url}/v2/connections/1; ec-tui follows redirects only within 127\\.0\\.0\\.1:`));
	assert.equal(origin.hits.length, 1, 'a redirect is an answer: not retried');
	assert.deepEqual(other.hits, []);
});

test('another port on the same host is another origin', async () => {
	const port = new URL(other.url).port;
	origin.answer = () => ({status: 301, location: `http://127.0.0.1:${port}/v2/connections/1`});
	await rejection(api().getConnection('1'));
	assert.deepEqual(other.hits, []);
});
