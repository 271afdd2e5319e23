import React, {useState, useSyncExternalStore} from 'react';
import {Box} from 'ink';
import {App, type AppProps} from './app.js';
import {isApiError} from './api/errors.js';
import type {ListSource} from './resources/open-list.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {RekeyScreen, type Rekey} from './screens/rekey/rekey-screen.js';
import {HelpOverlay} from './screens/help/help-overlay.js';
import {useGlobalKeys} from './input/global-keys.js';

const EXIT_INTERRUPTED = 130;

export type RekeyOptions = Rekey & {
	/** A client and list store for another key; the caller disposes the ones they replace. */
	open: (apiKey: string) => ListSource;
};

type Props = Omit<AppProps, 'client' | 'store'> & {initial: ListSource; rekey?: RekeyOptions};

/**
 * The app, and after a 401 on the list a prompt for another key instead of a restart. A key that works gets a new
 * client and list store, and the app starts over on them; Esc goes back to the list and its error, and `r` there
 * retries, which asks again if the key is still refused.
 */
export function RekeyableApp({initial, rekey, ...appProps}: Props) {
	const [source, setSource] = useState(initial);
	const [opened, setOpened] = useState(0);
	const [dismissed, setDismissed] = useState<unknown>();
	const {columns, rows} = useTerminalSize();
	useSyncExternalStore(source.store.subscribe, source.store.snapshot);
	const error = source.store.lastError;
	const prompting = rekey !== undefined && isApiError(error) && error.status === 401 && error !== dismissed;

	// The app's own global keys, while the app is not there.
	const {help, closeHelp} = useGlobalKeys({onInterrupt: () => appProps.onExit(EXIT_INTERRUPTED), isActive: prompting});

	if (prompting) {
		return (
			<>
				{help ? <HelpOverlay width={columns} height={rows - 1} isActive bound={help} onClose={closeHelp} /> : null}
				<Box display={help ? 'none' : 'flex'} flexDirection="column">
					<RekeyScreen
						width={columns}
						place={appProps.place}
						isActive={!help}
						savePath={rekey.savePath}
						checkKey={rekey.checkKey}
						saveKey={rekey.saveKey}
						onKey={key => {
							setSource(rekey.open(key));
							setOpened(count => count + 1);
						}}
						onCancel={() => setDismissed(error)}
					/>
				</Box>
			</>
		);
	}
	// A new key is a new start: the navigation begins again with the new store.
	return <App key={opened} client={source.client} store={source.store} {...appProps} />;
}
