// The sandbox attacked as a server on loopback, over real HTTP: the key before the body, the 1 MB cap on
// declared and chunked bodies, a bounded request log, and the 422s the spec calls for.
import assert from 'node:assert/strict';
import http from 'node:http';
import {gunzipSync} from 'node:zlib';
import {after, before, describe, it} from 'node:test';
import {Ajv2020} from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {MAX_BODY_BYTES} from '../source/sandbox/request-body.js';
import {MAX_RECORDED_BODY} from '../source/sandbox/request-log.js';

const PROFILE = '1911630617284445511';

type Reply = {status: number; headers: http.IncomingHttpHeaders; body: Buffer};

/**
 * Sends the headers, then the body chunk by chunk for as long as `more` gives one and no answer has come;
 * with `hold`, the request is then left unfinished (the rest of a declared body never comes).
 */
function send(
	sandbox: Sandbox,
	options: {method?: string; path: string; headers?: Record<string, string>; more?: () => Buffer | undefined; hold?: boolean},
): Promise<Reply & {bytesSent: number}> {
	return new Promise((resolve, reject) => {
		let bytesSent = 0;
		let answered = false;
		const req = http.request(`${sandbox.url}${options.path}`, {method: options.method ?? 'POST', headers: options.headers}, res => {
			answered = true;
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => {
				if (options.hold) req.destroy();
				resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), bytesSent});
			});
			res.on('error', reject);
		});
		// Once the answer is in, the server may close the connection under a body still being written.
		req.on('error', error => (answered ? undefined : reject(error)));
		const pump = () => {
			while (!answered) {
				const chunk = options.more?.();
				if (!chunk) return options.hold ? undefined : req.end();
				bytesSent += chunk.length;
				if (!req.write(chunk)) return req.once('drain', pump);
			}
		};
		req.flushHeaders();
		pump();
	});
}

const json = (reply: Reply) => JSON.parse(reply.body.toString('utf8'));
const auth = (sandbox: Sandbox) => ({authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json'});

describe('sandbox bodies', () => {
	let sandbox: Sandbox;
	before(async () => {
		sandbox = await startSandbox({count: 50});
	});
	after(() => sandbox.close());

	it('answers 401 to a request without the key before its body is sent, and never records the body', async () => {
		sandbox.clearRequests();
		// The body is held back until the answer arrives: a server that read it first would never answer.
		let offered = 0;
		const reply = await send(sandbox, {
			path: '/v2/external_connections',
			headers: {'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES)},
			more: () => (offered++ === 0 ? Buffer.alloc(1000, 'x') : undefined),
			hold: true,
		});
		assert.equal(reply.status, 401);
		assert.equal(reply.bytesSent, 1000);
		assert.equal(json(reply).errors[0].code, '10009');
		assert.deepEqual(
			sandbox.requests.map(({method, path, status, body}) => ({method, path, status, body})),
			[{method: 'POST', path: '/external_connections', status: 401, body: undefined}],
		);
	});

	it('refuses a declared Content-Length past the cap with 413 before reading any of it', async () => {
		let offered = 0;
		const reply = await send(sandbox, {
			path: '/v2/external_connections',
			headers: {...auth(sandbox), 'content-length': String(MAX_BODY_BYTES + 1)},
			more: () => (offered++ === 0 ? Buffer.alloc(10, 'x') : undefined),
			hold: true,
		});
		assert.equal(reply.status, 413);
		assert.equal(reply.bytesSent, 10);
		assert.equal(json(reply).errors[0].source.pointer, '/');
	});

	it('cuts a 200 MB chunked body off at the cap with 413 and closes the connection', async () => {
		const chunk = Buffer.alloc(64 * 1024, 'x');
		const total = 200 * 1024 * 1024;
		let offered = 0;
		const reply = await send(sandbox, {
			path: '/v2/external_connections',
			headers: auth(sandbox),
			more: () => (offered >= total ? undefined : ((offered += chunk.length), chunk)),
		});
		assert.equal(reply.status, 413);
		assert.equal(reply.headers.connection, 'close');
		// The cap, plus what the socket buffers held while the answer was on its way.
		assert.ok(reply.bytesSent < 16 * 1024 * 1024, `${reply.bytesSent} bytes were sent before the 413`);
	});

	it('reads a body within the cap sent chunked, and records only its first bytes and its size', async () => {
		sandbox.clearRequests();
		const tags = Array.from({length: 2000}, (_, i) => `tag-${i}`);
		const body = Buffer.from(JSON.stringify({external_sip_connection: 'zoom', outbound: {outbound_voice_profile_id: PROFILE}, tags}));
		let offered = 0;
		const reply = await send(sandbox, {
			path: '/v2/external_connections',
			headers: auth(sandbox),
			more: () => (offered < body.length ? body.subarray(offered, (offered += 1000)) : undefined),
		});
		assert.equal(reply.status, 201);
		const [record] = sandbox.requests;
		assert.equal(record!.bodyBytes, body.length);
		assert.equal(record!.body, body.subarray(0, MAX_RECORDED_BODY).toString('utf8'));
	});

	it('records a long path and query cut to size', async () => {
		sandbox.clearRequests();
		// Within Node's 16 KB of headers: 40 keys of 280 characters and a 2,000-character path.
		const query = Array.from({length: 40}, (_, i) => `k${i}=${'v'.repeat(280)}`).join('&');
		const reply = await send(sandbox, {method: 'GET', path: `/v2/${'a'.repeat(2000)}?${query}`, headers: auth(sandbox)});
		assert.equal(reply.status, 404);
		const [record] = sandbox.requests;
		assert.equal(record!.path.length, 1024);
		assert.equal(Object.keys(record!.query).length, 32);
		assert.ok(Object.values(record!.query).every(value => value.length === 256));
	});
});

describe('sandbox refusals the spec calls for', () => {
	let sandbox: Sandbox;
	let id: string;
	before(async () => {
		sandbox = await startSandbox({count: 50});
		id = json(await send(sandbox, {method: 'GET', path: '/v2/external_connections?page[size]=1', headers: auth(sandbox)})).data[0].id;
	});
	after(() => sandbox.close());

	const post = (raw: string) => {
		const body = Buffer.from(raw);
		let sent = false;
		return send(sandbox, {
			path: '/v2/external_connections',
			headers: auth(sandbox),
			more: () => (sent ? undefined : ((sent = true), body)),
		});
	};
	const patch = (raw: string) => {
		const body = Buffer.from(raw);
		let sent = false;
		const more = () => (sent ? undefined : ((sent = true), body));
		return send(sandbox, {method: 'PATCH', path: `/v2/external_connections/${id}`, headers: auth(sandbox), more});
	};
	const create = (fields: Record<string, unknown>) =>
		JSON.stringify({external_sip_connection: 'zoom', outbound: {outbound_voice_profile_id: PROFILE}, ...fields});
	const update = (fields: Record<string, unknown>) => JSON.stringify({outbound: {outbound_voice_profile_id: PROFILE}, ...fields});

	async function assertRefused(reply: Promise<Reply>, pointer: string): Promise<void> {
		const answer = await reply;
		assert.equal(answer.status, 422, answer.body.toString('utf8'));
		assert.deepEqual(
			json(answer).errors.map((error: {source: {pointer: string}}) => error.source.pointer),
			[pointer],
		);
	}

	it('refuses each webhook URL Ajv with format: uri refuses, on create and update, and takes the ones it accepts', async () => {
		const ajv = new Ajv2020();
		addFormats.default(ajv);
		const isUri = ajv.compile({type: 'string', format: 'uri'});
		const urls = [
			'https://a.example/hook path?q=a b',
			'https://ü.example/%zz\\x',
			'https://a.example/%zz\\evil',
			'https://a.example/\x1b]0;t\x07',
			'https://a.example/ ',
			'https://a.example/a|b',
			'https://example.com/hooks?x=1',
			'https://xn--tda.example/a%20b',
		];
		for (const url of urls) {
			for (const field of ['webhook_event_url', 'webhook_event_failover_url']) {
				for (const [name, reply] of [
					['create', post(create({[field]: url}))],
					['update', patch(update({[field]: url}))],
				] as const) {
					const answer = await reply;
					const expected = isUri(url) ? (name === 'create' ? 201 : 200) : 422;
					assert.equal(answer.status, expected, `${name} ${field} ${JSON.stringify(url)}: ${answer.body}`);
					if (expected === 422) assert.equal(json(answer).errors[0].source.pointer, `/${field}`);
				}
			}
		}
	});

	it('refuses a control character in any string, pointing at it', async () => {
		await assertRefused(post(create({tags: ['fine', 'bell\x07']})), '/tags/1');
		await assertRefused(patch(update({tags: ['\x9b31m']})), '/tags/0');
		await assertRefused(post(create({tags: ['a'], 'odd\x1bkey': 1})), '/odd\x1bkey');
		await assertRefused(post(create({outbound: {outbound_voice_profile_id: `${PROFILE}\x00`}})), '/outbound/outbound_voice_profile_id');
	});

	it('refuses channel limits past int32 (1e308 among them) and takes int32 max', async () => {
		for (const limit of ['1e308', '2147483648', '9007199254740993', '-1', '0', '1.5']) {
			const raw = `{"external_sip_connection":"zoom","outbound":{"outbound_voice_profile_id":"${PROFILE}","channel_limit":${limit}}}`;
			await assertRefused(post(raw), '/outbound/channel_limit');
			await assertRefused(
				patch(`{"outbound":{"outbound_voice_profile_id":"${PROFILE}"},"inbound":{"channel_limit":${limit}}}`),
				'/inbound/channel_limit',
			);
		}
		const taken = await post(create({outbound: {outbound_voice_profile_id: PROFILE, channel_limit: 2147483647}}));
		assert.equal(taken.status, 201);
		assert.equal(json(taken).data.outbound.channel_limit, 2147483647);
	});

	it('answers a 250-row read compressed to a client that takes gzip, the same JSON as uncompressed, and a write is seen by the next read', async () => {
		const path = '/v2/external_connections?page[size]=50';
		const plain = await send(sandbox, {method: 'GET', path, headers: auth(sandbox)});
		const zipped = await send(sandbox, {method: 'GET', path, headers: {...auth(sandbox), 'accept-encoding': 'gzip, deflate, br'}});
		assert.equal(plain.headers['content-encoding'], undefined);
		assert.equal(zipped.headers['content-encoding'], 'gzip');
		assert.deepEqual(JSON.parse(gunzipSync(zipped.body).toString('utf8')), json(plain));
		const made = json(await post(create({tags: ['fresh']}))).data;
		const again = await send(sandbox, {method: 'GET', path, headers: auth(sandbox)});
		assert.equal(json(again).data[0].id, made.id);
		assert.equal(json(again).meta.total_results, json(plain).meta.total_results + 1);
	});
});
