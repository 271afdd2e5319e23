import React from 'react';
import {Box, render} from 'ink';
import {StartScreen, type CheckKey, type StartChoice} from './screens/start/start-screen.js';
import {HelpOverlay} from './screens/help/help-overlay.js';
import {InputProvider, useKeyDispatcher} from './input/input-provider.js';
import {quietStdin} from './input/quiet-stdin.js';
import {inkStdout} from './terminal/color.js';
import {enterTerminalModes} from './input/terminal-modes.js';
import {useGlobalKeys} from './input/global-keys.js';
import type {Keypress} from './input/keypress.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';

export type StartOutcome = StartChoice | {kind: 'interrupted'};

/** The start screen with what every screen has: Ctrl+C quits, F1 (or ? outside the key field) shows the keys. */
export function StartApp({
	savePath,
	checkKey,
	onDone,
}: {
	savePath: string;
	checkKey?: CheckKey;
	/** `typeAhead` gives the keys typed after the choice, once the screen is gone. */
	onDone: (outcome: StartOutcome, typeAhead: () => Keypress[]) => void;
}) {
	const keys = useKeyDispatcher();
	// Keys typed after the choice belong to the app that starts next, up to the last read before this screen goes;
	// none reaches this screen again, which answers once.
	const finish = (outcome: StartOutcome) => {
		keys.handOver();
		onDone(outcome, keys.takeKept);
	};
	const {columns, rows} = useTerminalSize();
	// The keys of the screen under the help while it is open, taken as it opens.
	const {help, closeHelp} = useGlobalKeys({onInterrupt: () => finish({kind: 'interrupted'})});
	return (
		<>
			{help ? <HelpOverlay width={columns} height={rows - 1} isActive bound={help} onClose={closeHelp} /> : null}
			<Box display={help ? 'none' : 'flex'} flexDirection="column">
				<StartScreen savePath={savePath} isActive={!help} {...(checkKey && {checkKey})} onDone={finish} />
			</Box>
		</>
	);
}

const appFollows = (outcome: StartOutcome) => outcome.kind === 'key' || outcome.kind === 'demo';

/** Asks for a key or the demo before the app starts; also gives back the keys typed after the choice. */
export async function askForKey(savePath: string, checkKey: CheckKey): Promise<{outcome: StartOutcome; typeAhead: Keypress[]}> {
	let outcome: StartOutcome = {kind: 'interrupted'};
	let typedAhead = (): Keypress[] => [];
	const leaveTerminalModes = enterTerminalModes();
	const instance = render(
		<InputProvider source={process.stdin}>
			<StartApp
				savePath={savePath}
				checkKey={checkKey}
				onDone={(picked, rest) => {
					outcome = picked;
					typedAhead = rest;
					instance.unmount();
				}}
			/>
		</InputProvider>,
		{exitOnCtrlC: false, stdin: quietStdin(), stdout: inkStdout()},
	);
	await instance.waitUntilExit();
	leaveTerminalModes();
	// The keyboard stayed raw for an app to follow; after Quit or Ctrl+C none does, and the shell gets it back cooked.
	if (!appFollows(outcome) && process.stdin.isTTY) process.stdin.setRawMode(false);
	return {outcome, typeAhead: typedAhead()};
}
