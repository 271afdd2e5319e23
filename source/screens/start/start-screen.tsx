import React, {useState} from 'react';
import {Box, Text} from 'ink';
import {KeyEntry, type CheckKey} from '../../components/key-entry.js';
import {Menu} from '../../components/menu.js';
import {ownText} from '../../text/sanitize.js';
import {useTerminalSize} from '../../hooks/use-terminal-size.js';
import {useTextCapture} from '../../input/use-keys.js';

export type {CheckKey} from '../../components/key-entry.js';

export type StartChoice = {kind: 'key'; key: string; save: boolean} | {kind: 'demo'} | {kind: 'quit'};

type Props = {savePath: string; isActive?: boolean; checkKey?: CheckKey; onDone: (choice: StartChoice) => void};

const MENU = [
	{label: ownText('Enter an API key'), value: 'key' as const},
	{label: ownText('Open the demo (embedded sandbox, no account needed)'), value: 'demo' as const},
	{label: ownText('Quit'), value: 'quit' as const},
];

/** Shown when no key was given: a key typed here is masked and kept for this run unless the user saves it. */
export function StartScreen({savePath, isActive = true, checkKey, onDone}: Props) {
	const [entering, setEntering] = useState(false);
	const {columns} = useTerminalSize();

	useTextCapture();

	return (
		<Box flexDirection="column">
			<Text bold>ec-tui · Telnyx external connections</Text>
			<Text>No API key was given: set TELNYX_API_KEY, pass --api-key-file PATH, enter one here, or open the demo (--demo).</Text>
			{entering ? (
				<KeyEntry
					savePath={savePath}
					width={columns}
					isActive={isActive}
					{...(checkKey && {checkKey})}
					onBack={() => setEntering(false)}
					onDone={(key, save) => onDone({kind: 'key', key, save})}
				/>
			) : (
				<Menu
					items={MENU}
					width={columns}
					isFocused={isActive}
					onSelect={choice => {
						if (choice === 'key') setEntering(true);
						else onDone({kind: choice});
					}}
				/>
			)}
		</Box>
	);
}
