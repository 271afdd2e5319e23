import React from 'react';
import {render} from 'ink';
import {StartScreen, type StartChoice} from './screens/start/start-screen.js';

/** Asks for a key or the demo before the app starts; Ctrl+C here quits like everywhere else. */
export async function askForKey(savePath: string): Promise<StartChoice | {kind: 'interrupted'}> {
	let choice: StartChoice | {kind: 'interrupted'} = {kind: 'interrupted'};
	const instance = render(
		<StartScreen
			savePath={savePath}
			onDone={picked => {
				choice = picked;
				instance.unmount();
			}}
		/>,
	);
	await instance.waitUntilExit();
	return choice;
}
