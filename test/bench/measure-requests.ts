// List requests the app makes to scroll to row 10,000, and for G from the top.
import type {Sandbox} from '../../source/sandbox/server.js';
import {spawnApp} from './launch.js';
import {firstLoadedFrame, isLoaded, loaded, pageDownTo} from './navigate.js';
import type {PtyApp} from './pty-app.js';
import {sleep} from './stats.js';

export type RequestFigures = {requestsToRow10000: number; requestsJumpToEnd: number};

const SETTLE_MS = 300;

const listRequestsSince = (sandbox: Sandbox, from: number) =>
	sandbox.requests.slice(from).filter(request => request.path === '/external_connections' && 'page[number]' in request.query);

/** Waits until the app shows nothing new and the sandbox has answered every request, so prefetches are counted too. */
async function settle(app: PtyApp, sandbox: Sandbox, from: number): Promise<void> {
	await app.quiet(SETTLE_MS, {what: 'the app to settle'});
	const deadline = performance.now() + 5000;
	while (sandbox.requests.slice(from).some(request => request.status === 0) && performance.now() < deadline) await sleep(20);
}

async function toRow10000(sandbox: Sandbox): Promise<number> {
	const from = sandbox.requests.length;
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		await pageDownTo(app, 10_000);
		await loaded(app);
		await settle(app, sandbox, from);
		return listRequestsSince(sandbox, from).length;
	} finally {
		await app.kill();
	}
}

async function jumpToEnd(sandbox: Sandbox): Promise<number> {
	const spawnedFrom = sandbox.requests.length;
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		await settle(app, sandbox, spawnedFrom);
		const from = sandbox.requests.length;
		app.press('G');
		await app.frameWhere(f => isLoaded(f) && f.row === f.total, {what: 'the last row, loaded'});
		await settle(app, sandbox, from);
		return listRequestsSince(sandbox, from).length;
	} finally {
		await app.kill();
	}
}

export async function measureRequests(sandbox: Sandbox): Promise<RequestFigures> {
	return {requestsToRow10000: await toRow10000(sandbox), requestsJumpToEnd: await jumpToEnd(sandbox)};
}
