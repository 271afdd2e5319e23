import React from 'react';
import {render} from 'ink';
import {createApiClient, type ApiClient} from './api/client.js';
import {createListStore, type ListStore} from './list-store.js';
import {App} from './app.js';
import {CrashBoundary} from './components/crash-boundary.js';

// 100 rows answer fast enough for the first frame and hold about five screens, so one prefetch a screen
// ahead keeps a held ↓ from ever reaching an unloaded row (figures in README's Performance section).
export const LIST_PAGING = {pageSize: 100, prefetchRows: 40, maxResidentPages: 6};

export type AppTarget = {baseUrl: string; apiKey: string; demo: boolean};

function firstScreenRows(): number {
	return Math.max(1, (process.stdout.rows || 24) - 4);
}

/** Renders the app until the user leaves; resolves with the exit status. */
export async function runApp(target: AppTarget): Promise<number> {
	const client: ApiClient = createApiClient({baseUrl: target.baseUrl, apiKey: target.apiKey});
	const store: ListStore = createListStore(client, LIST_PAGING);
	// The first page is requested before Ink has drawn anything: the network wait overlaps start-up.
	store.cache.setView(0, firstScreenRows() - 1);

	let exitCode = 0;
	let crash: Error | undefined;
	let leave: () => void = () => {};
	const left = new Promise<void>(resolve => {
		leave = resolve;
	});
	const instance = render(
		<CrashBoundary
			onCrash={error => {
				crash = error;
				leave();
			}}
		>
			<App
				client={client}
				store={store}
				demo={target.demo}
				writeToTerminal={data => process.stdout.write(data)}
				onExit={code => {
					exitCode = code;
					leave();
				}}
			/>
		</CrashBoundary>,
		{exitOnCtrlC: false},
	);
	await Promise.race([left, instance.waitUntilExit()]);
	store.dispose();
	instance.unmount();
	await instance.waitUntilExit().catch(() => undefined);
	if (crash) throw crash;
	return exitCode;
}
