// A tiny HTTP server for tests that need answers the sandbox would never give (hostile strings, wrong
// types): each request goes to `route`, which says what to answer. Data still travels over real HTTP.
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';

/** `rawPath`: the path as it arrived, undecoded and with empty segments kept, for tests of where requests go. */
export type JsonRequest = {method: string; path: string[]; rawPath: string; query: URLSearchParams};
export type JsonAnswer = {status: number; body: unknown; delayMs?: number; headers?: Record<string, string>};
export type JsonServer = {url: string; apiKey: string; requests: JsonRequest[]; close: () => Promise<void>};

export async function startJsonServer(route: (request: JsonRequest) => JsonAnswer): Promise<JsonServer> {
	const requests: JsonRequest[] = [];
	const server = createServer((incoming, response) => {
		const url = new URL(incoming.url ?? '/', 'http://localhost');
		// '/v2/external_connections/1' and '/external_connections/1' both give ['external_connections', '1'].
		const path = url.pathname
			.split('/')
			.filter(Boolean)
			.map(decodeURIComponent)
			.filter((part, index) => index > 0 || part !== 'v2');
		const rawPath = (incoming.url ?? '/').split('?')[0]!;
		const request = {method: incoming.method ?? 'GET', path, rawPath, query: url.searchParams};
		requests.push(request);
		incoming.resume();
		incoming.on('end', () => {
			const answer = route(request);
			setTimeout(() => {
				response.writeHead(answer.status, {'content-type': 'application/json', ...answer.headers});
				response.end(JSON.stringify(answer.body));
			}, answer.delayMs ?? 0);
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		apiKey: 'KEY-for-tests',
		requests,
		close: () =>
			new Promise(resolve => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
