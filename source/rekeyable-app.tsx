import React, {useState, useSyncExternalStore} from 'react';
import {Box} from 'ink';
import {App, type AppProps} from './app.js';
import {isApiError} from './api/errors.js';
import type {ListSource} from './resources/open-list.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {RekeyScreen, type Rekey} from './screens/rekey/rekey-screen.js';
import {HelpOverlay} from './screens/help/help-overlay.js';
import {actionFor} from './input/bindings.js';
import {keyId} from './input/keypress.js';
import {useKeyHandler} from './input/use-keys.js';
import {useKeyDispatcher} from './input/input-provider.js';

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
	const keys = useKeyDispatcher();
	// The keys of the screen under the help while it is open, taken as it opens.
	const [help, setHelp] = useState<ReturnType<typeof keys.bound>>();
	const {columns, rows} = useTerminalSize();
	useSyncExternalStore(source.store.subscribe, source.store.snapshot);
	const error = source.store.lastError;
	const prompting = rekey !== undefined && isApiError(error) && error.status === 401 && error !== dismissed;

	// What the app's own handler does on every screen, while the app is not there: Ctrl+C quits, F1 shows the keys.
	useKeyHandler('global', key => {
		const id = keyId(key);
		if (!prompting) return false;
		if (id === 'ctrl+c') appProps.onExit(EXIT_INTERRUPTED);
		else if (id === 'f1' && actionFor('global', id) === 'help') setHelp(open => (open ? undefined : keys.bound()));
		else return false;
		return true;
	});

	if (prompting) {
		return (
			<>
				{help ? <HelpOverlay width={columns} height={rows - 1} isActive bound={help} onClose={() => setHelp(undefined)} /> : null}
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
