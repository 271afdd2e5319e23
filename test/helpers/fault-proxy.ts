// A proxy in front of the sandbox that fails the requests a test picks in the ways the sandbox does not: a 500
// after the sandbox acted, a reset before any answer or in the middle of one, a redirect, or no answer at all.
// Everything else passes through untouched, over real HTTP both ways.
import {createServer, request as httpRequest, type IncomingHttpHeaders} from 'node:http';
import type {AddressInfo} from 'node:net';

export type ProxyFault = 500 | 'reset' | 'mid-response-reset' | 301 | 302 | 307 | 308 | 'hang';
export const PROXY_FAULTS: ProxyFault[] = [500, 'reset', 'mid-response-reset', 301, 302, 307, 308, 'hang'];

export type ProxiedRequest = {method: string; path: string};
export type FaultProxy = {
	url: string;
	requests: ProxiedRequest[];
	/** Fails every request `matches` picks with `fault`; undefined passes everything through. */
	fail: (matches: ((request: ProxiedRequest) => boolean) | undefined, fault?: ProxyFault) => void;
	close: () => Promise<void>;
};

type Answer = {status: number; headers: IncomingHttpHeaders; body: Buffer};

function forward(target: string, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const outgoing = httpRequest(new URL(path, target), {method, headers: {...headers, host: new URL(target).host}}, response => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks)}));
		});
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}

const SERVER_ERROR = JSON.stringify({errors: [{code: '10007', title: 'Unexpected error', detail: 'An unexpected error occured.'}]});

export async function startFaultProxy(target: string): Promise<FaultProxy> {
	const requests: ProxiedRequest[] = [];
	let picked: {matches: (request: ProxiedRequest) => boolean; fault: ProxyFault} | undefined;
	const server = createServer((incoming, response) => {
		const path = incoming.url ?? '/';
		const request = {method: incoming.method ?? 'GET', path};
		requests.push(request);
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', async () => {
			const fault = picked?.matches(request) ? picked.fault : undefined;
			if (typeof fault === 'number' && fault >= 300 && fault < 400) {
				response.writeHead(fault, {location: '/v2/elsewhere'});
				response.end();
				return;
			}
			// The sandbox acts first in every other fault: only the answer is lost, as with a failing proxy.
			const answer = await forward(target, request.method, path, incoming.headers, Buffer.concat(chunks)).catch(() => undefined);
			if (!answer || fault === 'reset') {
				incoming.socket.destroy();
				return;
			}
			if (fault === 'hang') return;
			if (fault === 500) {
				response.writeHead(500, {'content-type': 'application/json'});
				response.end(SERVER_ERROR);
				return;
			}
			if (fault === 'mid-response-reset') {
				response.writeHead(answer.status, {'content-type': 'application/json', 'content-length': String(answer.body.length + 10)});
				response.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
				setImmediate(() => incoming.socket.destroy());
				return;
			}
			const {'transfer-encoding': _chunked, connection: _connection, ...headers} = answer.headers;
			response.writeHead(answer.status, headers);
			response.end(answer.body);
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		fail(matches, fault) {
			picked = matches && fault !== undefined ? {matches, fault} : undefined;
		},
		close: () =>
			new Promise(resolve => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
