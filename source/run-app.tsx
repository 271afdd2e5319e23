import React from 'react';
import {render} from 'ink';
import type {ListSource} from './resources/open-list.js';
import type {ResourceStore} from './resources/resource-store.js';
import {RekeyableApp, type Account, type AccountSwitch} from './rekeyable-app.js';
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
	first: Account,
	{
		typeAhead,
		switcher,
		watch = true,
		journalFile,
	}: {typeAhead?: Keypress[] | undefined; switcher?: AccountSwitch | undefined; watch?: boolean; journalFile?: string} = {},
): Promise<number> {
	await firstPageOrTimeout(first.list.store, FIRST_PAGE_WAIT_MS);
	// The store in use: another key after a 401, or another profile, replaces it, and the one replaced stops at once.
	let current = first.list;
	const replace = (list: ListSource) => {
		current.store.dispose();
		current = list;
		return list;
	};
	const tracked = ({rekey, ...account}: Account): Account => ({
		...account,
		...(rekey && {rekey: {...rekey, open: (apiKey: string) => replace(rekey.open(apiKey))}}),
	});
	const trackedSwitch: AccountSwitch | undefined = switcher && {
		read: switcher.read,
		async open(name) {
			const next = await switcher.open(name);
			if ('problem' in next) return next;
			replace(next.list);
			return tracked(next);
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
					initial={tracked(first)}
					switcher={trackedSwitch}
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
