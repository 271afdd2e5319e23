// A sandbox and an API client for the resource modules' tests: the newest seeded connection is an
// Operator Connect one with 10,000 numbers; `zoom` has none of the Teams resources.
import {after, before} from 'node:test';
import {createApiClient, type ApiClient} from '../../source/api/client.js';
import {startSandbox, type Sandbox} from '../../source/sandbox/server.js';
import {rejectionWithout} from './rejection.js';

export const KEY = 'KEYresource_tests_secret_42';

export type ResourceSandbox = {sandbox: Sandbox; client: ApiClient; big: string; zoom: string};

/** Registers before/after hooks; the returned object is filled in once `before` has run. */
export function withResourceSandbox(): ResourceSandbox {
	const context = {} as ResourceSandbox;
	before(async () => {
		context.sandbox = await startSandbox({port: 0, apiKey: KEY});
		// No retries: a test sees each answer as the sandbox gave it.
		context.client = createApiClient({baseUrl: `${context.sandbox.url}/v2`, apiKey: KEY, retries: 0});
		const [newest] = (await context.client.listExternalConnections({pageNumber: 1, pageSize: 1})).data;
		const [zoom] = (await context.client.listExternalConnections({pageNumber: 1, pageSize: 1, filters: {externalSipConnection: 'zoom'}}))
			.data;
		context.big = newest!.id;
		context.zoom = zoom!.id;
	});
	after(() => context.sandbox.close());
	return context;
}

export const rejection = rejectionWithout(KEY);

/** The query of the last request the sandbox saw, as a record. */
export function lastQuery(sandbox: Sandbox): Record<string, string> {
	return sandbox.requests.at(-1)?.query ?? {};
}
