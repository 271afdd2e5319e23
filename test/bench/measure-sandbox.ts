// The sandbox as people run it (`ec-tui sandbox` from the built binary, in a process of its own, so the
// client's work is not counted as the server's): the p99 of 500 concurrent requests to each route and to
// a mix of them, and its RSS before and after 800 unauthenticated 1 MB POSTs.
import http from 'node:http';
import {rssMb} from './proc-stats.js';
import {log, percentile, round, sleep} from './stats.js';
import {startSandboxProcess, type SandboxProcess as Server} from './sandbox-process.js';

export type SandboxFigures = {
	sandboxP99Ms: number;
	slowestRoute: string;
	p99MsByRoute: Record<string, number>;
	rssMbBefore: number;
	rssMbAfter: number;
	rssMbAfterTwice: number;
};

export const CONCURRENT_REQUESTS = 500;
export const UNAUTHENTICATED_POSTS = 800;
const POST_BYTES = 1_000_000;
const POST_CONCURRENCY = 50;
const REQUEST_TIMEOUT_MS = 60_000;

type Answer = {status: number; body: Buffer; ms: number};

function request(agent: http.Agent, url: string, headers: Record<string, string>, method = 'GET', body?: Buffer): Promise<Answer> {
	const startedAt = performance.now();
	return new Promise((resolve, reject) => {
		const req = http.request(url, {method, agent, headers, timeout: REQUEST_TIMEOUT_MS}, res => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: performance.now() - startedAt}));
			res.on('error', reject);
		});
		req.on('timeout', () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s: ${method} ${url}`)));
		// An answer given before the body was read may end the connection under the rest of it.
		req.on('error', error => (req.writableFinished ? reject(error) : resolve({status: 0, body: Buffer.alloc(0), ms: 0})));
		req.end(body);
	});
}

/** The routes, the heavy ones among them: every upload of the 10,000-number connection (2.66 MB), its numbers by part. */
async function routesOf(server: Server, agent: http.Agent, headers: Record<string, string>): Promise<Record<string, string>> {
	const get = async (path: string) => JSON.parse((await request(agent, server.url + path, headers)).body.toString('utf8'));
	const [newest] = (await get('/v2/external_connections?page[size]=1')).data;
	const id = newest.id as string;
	const [address] = (await get(`/v2/external_connections/${id}/civic_addresses`)).data;
	const sub = `/v2/external_connections/${id}`;
	return {
		'connections page 250': '/v2/external_connections?page[size]=250&page[number]=7',
		'connections by name': '/v2/external_connections?filter[connection_name][contains]=Zoom&page[size]=100&page[number]=3',
		'connections by service': '/v2/external_connections?filter[external_sip_connection]=zoom&page[size]=100&page[number]=200',
		'connections by day': '/v2/external_connections?filter[created_at]=2025-09-29',
		connection: sub,
		'connection name': `/v2/connections/${id}`,
		'numbers page 250': `${sub}/phone_numbers?page[size]=250&page[number]=20`,
		'numbers contains': `${sub}/phone_numbers?filter[phone_number][contains]=%2B4411349612&page[size]=100`,
		'numbers by address': `${sub}/phone_numbers?filter[civic_address_id][eq]=${address.id}&page[size]=100`,
		'uploads page 250': `${sub}/uploads?page[size]=250`,
		'uploads contains': `${sub}/uploads?filter[phone_number][contains]=12&page[size]=100`,
		'uploads status': `${sub}/uploads/status`,
		'civic addresses': `${sub}/civic_addresses`,
		releases: `${sub}/releases?page[size]=250`,
		'log messages': '/v2/external_connections/log_messages?page[size]=100&page[number]=50',
		'log messages by number': '/v2/external_connections/log_messages?page[size]=100&filter[telephone_number][contains]=44113',
		'voice profiles': '/v2/outbound_voice_profiles?page[size]=250',
	};
}

async function burst(server: Server, agent: http.Agent, headers: Record<string, string>, paths: string[]): Promise<number> {
	const answers = await Promise.all(paths.map(path => request(agent, server.url + path, headers)));
	const failed = answers.filter(answer => answer.status !== 200);
	if (failed.length > 0) throw new Error(`${failed.length} of ${answers.length} answered ${failed[0]!.status}: ${paths[0]}`);
	return percentile(
		answers.map(answer => answer.ms),
		99,
	);
}

async function unauthenticatedPosts(server: Server, agent: http.Agent): Promise<void> {
	const body = Buffer.alloc(POST_BYTES, 'x');
	const headers = {'content-type': 'application/json', 'content-length': String(POST_BYTES)};
	let sent = 0;
	const sender = async () => {
		while (sent < UNAUTHENTICATED_POSTS) {
			sent++;
			const answer = await request(agent, `${server.url}/v2/external_connections`, headers, 'POST', body);
			if (answer.status !== 401 && answer.status !== 0) throw new Error(`an unauthenticated POST answered ${answer.status}`);
		}
	};
	await Promise.all(Array.from({length: POST_CONCURRENCY}, sender));
}

export async function measureSandbox(count: number): Promise<SandboxFigures> {
	const server = await startSandboxProcess(['--count', String(count)]);
	const agent = new http.Agent({keepAlive: true, maxSockets: CONCURRENT_REQUESTS});
	const postAgent = new http.Agent({keepAlive: true, maxSockets: POST_CONCURRENCY});
	// What got sends: a server may compress.
	const headers = {authorization: `Bearer ${server.apiKey}`, 'accept-encoding': 'gzip, deflate, br'};
	try {
		const routes = await routesOf(server, agent, headers);
		// The 500 connections are opened once, before any burst is timed: the figure is the serving, not TCP set-up.
		await burst(server, agent, headers, Array(CONCURRENT_REQUESTS).fill(routes['voice profiles']!));
		const p99MsByRoute: Record<string, number> = {};
		for (const [name, path] of Object.entries(routes)) {
			p99MsByRoute[name] = round(await burst(server, agent, headers, Array(CONCURRENT_REQUESTS).fill(path)));
			log(`  ${name}: p99 ${p99MsByRoute[name]} ms`);
		}
		const paths = Object.values(routes);
		const mixed = Array.from({length: CONCURRENT_REQUESTS}, (_, i) => paths[i % paths.length]!);
		p99MsByRoute['mix'] = round(await burst(server, agent, headers, mixed));
		log(`  mix of ${paths.length} routes: p99 ${p99MsByRoute['mix']} ms`);
		const [slowestRoute, sandboxP99Ms] = Object.entries(p99MsByRoute).sort(([, a], [, b]) => b - a)[0]!;

		agent.destroy();
		await sleep(1000);
		const rssMbBefore = round(rssMb(server.child.pid!), 1);
		await unauthenticatedPosts(server, postAgent);
		await sleep(1000);
		const rssMbAfter = round(rssMb(server.child.pid!), 1);
		// Flat means it stops there: a second round must not add what the first did.
		await unauthenticatedPosts(server, postAgent);
		await sleep(1000);
		const rssMbAfterTwice = round(rssMb(server.child.pid!), 1);
		log(
			`  RSS ${rssMbBefore} MB before ${UNAUTHENTICATED_POSTS} unauthenticated 1 MB POSTs, ${rssMbAfter} MB after, ${rssMbAfterTwice} MB after ${UNAUTHENTICATED_POSTS} more`,
		);
		return {sandboxP99Ms, slowestRoute, p99MsByRoute, rssMbBefore, rssMbAfter, rssMbAfterTwice};
	} finally {
		agent.destroy();
		postAgent.destroy();
		server.child.kill();
	}
}
