import React from 'react';
import {render} from 'ink';
import type {ListSource} from './open-list.js';
import {App} from './app.js';
import {CrashBoundary} from './components/crash-boundary.js';

/** Renders the app until the user leaves; resolves with the exit status. */
export async function runApp({client, store}: ListSource, demo: boolean): Promise<number> {
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
				demo={demo}
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
