import React from 'react';
import {render} from 'ink';
import type {ListSource} from './resources/open-list.js';
import type {ResourceStore} from './resources/resource-store.js';
import {RekeyableApp, type RekeyOptions} from './rekeyable-app.js';
import type {Place} from './components/app-header.js';
import {CrashBoundary} from './components/crash-boundary.js';
import {InputProvider} from './input/input-provider.js';
import type {Keypress} from './input/keypress.js';
import {quietStdin} from './input/quiet-stdin.js';
import {inkStdout} from './terminal/color.js';
import {enterTerminalModes} from './input/terminal-modes.js';
import {announceUiShown} from './runtime/ui-shown.js';
import {collectWhenQuiet} from './runtime/collect-when-quiet.js';

// A first frame with rows beats a spinner replaced a few milliseconds later; a slow API still gets its spinner.
const FIRST_PAGE_WAIT_MS = 100;

function firstPageOrTimeout(store: ResourceStore, maxMs: number): Promise<void> {
	const settled = () => store.total !== undefined || store.lastError !== undefined;
	if (settled()) return Promise.resolve();
	return new Promise(resolve => {
		const finish = () => {
			clearTimeout(timer);
			unsubscribe();
			resolve();
		};
		const timer = setTimeout(finish, maxMs);
		const unsubscribe = store.subscribe(() => {
			if (settled()) finish();
		});
	});
}

/** Renders the app until the user leaves; resolves with the exit status. */
export async function runApp(
	list: ListSource,
	place: Place,
	{
		typeAhead,
		rekey,
		watch = true,
		journalFile,
	}: {typeAhead?: Keypress[] | undefined; rekey?: RekeyOptions | undefined; watch?: boolean; journalFile?: string} = {},
): Promise<number> {
	await firstPageOrTimeout(list.store, FIRST_PAGE_WAIT_MS);
	// The store in use: another key after a 401 replaces it, and the one replaced stops at once.
	let current = list;
	const reopen = rekey && {
		...rekey,
		open(apiKey: string) {
			current.store.dispose();
			current = rekey.open(apiKey);
			return current;
		},
	};
	let exitCode = 0;
	let crash: Error | undefined;
	let leave: () => void = () => {};
	const left = new Promise<void>(resolve => {
		leave = resolve;
	});
	const leaveTerminalModes = enterTerminalModes();
	const collector = collectWhenQuiet();
	const instance = render(
		<CrashBoundary
			onCrash={error => {
				crash = error;
				leave();
			}}
		>
			<InputProvider source={process.stdin} typeAhead={typeAhead} onRead={collector.activity}>
				<RekeyableApp
					initial={list}
					{...(reopen && {rekey: reopen})}
					place={place}
					watch={watch}
					{...(journalFile && {journalFile})}
					writeToTerminal={data => process.stdout.write(data)}
					onExit={code => {
						exitCode = code;
						leave();
					}}
				/>
			</InputProvider>
		</CrashBoundary>,
		{exitOnCtrlC: false, stdin: quietStdin(), stdout: inkStdout()},
	);
	// Ink wrote the first frame before render() returned.
	announceUiShown();
	await Promise.race([left, instance.waitUntilExit()]);
	collector.stop();
	current.store.dispose();
	instance.unmount();
	leaveTerminalModes();
	await instance.waitUntilExit().catch(() => undefined);
	if (crash) throw crash;
	return exitCode;
}
