import React, {useMemo, useState, useSyncExternalStore} from 'react';
import {Box} from 'ink';
import {App, type AppProps} from './app.js';
import {isApiError} from './api/errors.js';
import type {ListSource} from './resources/open-list.js';
import type {Place} from './components/app-header.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {RekeyScreen, type Rekey} from './screens/rekey/rekey-screen.js';
import {HelpOverlay} from './screens/help/help-overlay.js';
import type {Accounts} from './screens/accounts/account-menu.js';
import {useGlobalKeys} from './input/global-keys.js';

const EXIT_INTERRUPTED = 130;

export type RekeyOptions = Rekey & {
	/** A client and list store for another key; the caller disposes the ones they replace. */
	open: (apiKey: string) => ListSource;
};

/** One account as the app runs on it: its list, where it points, and how it asks for another key after a 401. */
export type Account = {list: ListSource; place: Place; rekey?: RekeyOptions | undefined};

/** The saved profiles, and one opened as an account (or why it cannot be); the caller disposes what it replaces. */
export type AccountSwitch = {read: Accounts['read']; open: (name: string) => Promise<Account | {problem: string}>};

type Props = Omit<AppProps, 'client' | 'store' | 'place' | 'accounts'> & {initial: Account; switcher?: AccountSwitch | undefined};

/**
 * The app, and after a 401 on the list a prompt for another key instead of a restart; A on the list switches to
 * another saved profile the same way. A key that works, or a profile opened, gets a new client and list store, and
 * the app starts over on them under a new key: its query cache, names and screens are all new, nothing of the old
 * account's is kept. Esc goes back to the list and its error, and `r` there retries, which asks again if the key is
 * still refused.
 */
export function RekeyableApp({initial, switcher, ...appProps}: Props) {
	const [account, setAccount] = useState(initial);
	const [opened, setOpened] = useState(0);
	const [dismissed, setDismissed] = useState<unknown>();
	const {columns, rows} = useTerminalSize();
	const {list: source, place, rekey} = account;
	useSyncExternalStore(source.store.subscribe, source.store.snapshot);
	const error = source.store.lastError;
	const prompting = rekey !== undefined && isApiError(error) && error.status === 401 && error !== dismissed;
	const startOver = (next: Account) => {
		setAccount(next);
		setOpened(count => count + 1);
	};
	const accounts = useMemo<Accounts | undefined>(
		() =>
			switcher && {
				read: switcher.read,
				async switchTo(name) {
					const next = await switcher.open(name);
					if ('problem' in next) return next.problem;
					startOver(next);
					return undefined;
				},
			},
		[switcher],
	);

	// The app's own global keys, while the app is not there.
	const {help, closeHelp} = useGlobalKeys({onInterrupt: () => appProps.onExit(EXIT_INTERRUPTED), isActive: prompting});

	if (prompting) {
		return (
			<>
				{help ? <HelpOverlay width={columns} height={rows - 1} isActive bound={help} onClose={closeHelp} /> : null}
				<Box display={help ? 'none' : 'flex'} flexDirection="column">
					<RekeyScreen
						width={columns}
						place={place}
						isActive={!help}
						checkKey={rekey.checkKey}
						save={rekey.save}
						onKey={key => startOver({...account, list: rekey.open(key)})}
						onCancel={() => setDismissed(error)}
					/>
				</Box>
			</>
		);
	}
	// A new key is a new start: the navigation begins again with the new store.
	return <App key={opened} client={source.client} store={source.store} place={place} {...(accounts && {accounts})} {...appProps} />;
}
