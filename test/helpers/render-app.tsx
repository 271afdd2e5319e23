import React from 'react';
import {renderWithKeys} from './render-with-keys.js';
import {App} from '../../source/app.js';
import {createApiClient, type ApiClient} from '../../source/api/client.js';
import type {Journal} from '../../source/journal/journal-file.js';
import {createResourceStore, type ResourceStore} from '../../source/resources/resource-store.js';
import {externalConnections} from '../../source/resources/external-connections.js';
import {LIST_PAGING} from '../../source/resources/open-list.js';
import {placeOf} from '../../source/components/app-header.js';
import type {Sandbox} from '../../source/sandbox/server.js';
import {HANG_MS} from './wait-for.js';

export type RenderedApp = ReturnType<typeof renderWithKeys> & {
	exitCodes: number[];
	terminalWrites: string[];
	store: ResourceStore;
	client: ApiClient;
	press: (keys: string) => void;
};

/** The whole app against a sandbox over real HTTP, in ink-testing-library's 100-column terminal. */
export function renderApp(
	sandbox: Pick<Sandbox, 'url' | 'apiKey'>,
	options: {
		demo?: boolean;
		apiKey?: string;
		paging?: Partial<typeof LIST_PAGING>;
		names?: boolean;
		timeoutMs?: number;
		watch?: boolean;
		/** Every mutation recorded there, and its screen reading it back. */
		journal?: Journal;
		readOnly?: boolean;
	} = {},
): RenderedApp {
	const client = createApiClient({
		baseUrl: sandbox.url,
		apiKey: options.apiKey ?? sandbox.apiKey,
		retryBaseMs: 5,
		timeoutMs: options.timeoutMs ?? HANG_MS,
		...(options.journal && {recorder: options.journal}),
		...(options.readOnly && {readOnly: true}),
	});
	const store = createResourceStore(externalConnections, client, {...LIST_PAGING, ...options.paging, names: options.names ?? true});
	const exitCodes: number[] = [];
	const terminalWrites: string[] = [];
	const instance = renderWithKeys(
		<App
			client={client}
			store={store}
			place={placeOf(options.demo ?? false, sandbox.url, undefined, options.readOnly)}
			onExit={code => exitCodes.push(code)}
			writeToTerminal={data => terminalWrites.push(data)}
			{...(options.watch !== undefined && {watch: options.watch})}
			{...(options.journal && {journalFile: options.journal.file})}
		/>,
	);
	return {...instance, exitCodes, terminalWrites, store, client, press: keys => instance.stdin.write(keys)};
}
