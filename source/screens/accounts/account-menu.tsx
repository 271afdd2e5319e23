import {firstLine} from '../../text/first-line.js';
import React, {useEffect, useState} from 'react';
import {Box, Text} from 'ink';
import {AppHeader, type Place} from '../../components/app-header.js';
import {KeyFooter} from '../../components/key-footer.js';
import {useBindings} from '../../input/use-keys.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {PickList} from '../record-detail/pick-list.js';
import {accountChoices, type SavedAccounts} from './account-choices.js';

/** What the app can do about accounts: read the saved profiles, and start over on one of them. */
export type Accounts = {
	/** The saved profiles, read as the menu opens (one may have been added in another terminal). */
	read: () => Promise<SavedAccounts>;
	/** Starts the app over on the profile: resolves with why it could not, or undefined once it has. */
	switchTo: (name: string) => Promise<string | undefined>;
};

type Props = {accounts: Accounts; place: Place; width: number; height: number; isActive: boolean; onClose: () => void};

type State = {status: 'reading'} | {status: 'read'; saved: SavedAccounts; opening?: string; problem?: string};

/** A: the saved profiles, the one in use marked; the one picked replaces the account, or says why it cannot. */
export function AccountMenu({accounts, place, width, height, isActive, onClose}: Props) {
	const [state, setState] = useState<State>({status: 'reading'});
	useEffect(() => {
		let live = true;
		void accounts.read().then(saved => live && setState({status: 'read', saved}));
		return () => {
			live = false;
		};
	}, [accounts]);
	const current = place.demo ? undefined : place.profile;
	const read = state.status === 'read' ? state : undefined;
	const choices = read?.saved.ok ? accountChoices(read.saved.value, current) : undefined;
	const picking = isActive && choices !== undefined && choices.items.length > 0 && read?.opening === undefined;
	const bound = useBindings('picker', {cancel: onClose}, isActive && !picking && read?.opening === undefined);
	const pick = (name: string) => {
		if (!read) return;
		setState({...read, opening: name, problem: undefined});
		// A switch that throws (an unreadable file) is a problem said like any other, never a menu stuck on "Opening…".
		void accounts.switchTo(name).then(
			problem => problem !== undefined && setState({...read, problem}),
			(error: unknown) => setState({...read, problem: firstLine(error)}),
		);
	};

	let body: React.ReactNode;
	if (!read) body = <Text>Reading the saved profiles…</Text>;
	else if (!read.saved.ok) body = <Text color="red">{clean`✖ ${cleanText(read.saved.message)}`}</Text>;
	else if (read.opening !== undefined) body = <Text>{clean`Opening the profile ${cleanText(read.opening)}…`}</Text>;
	else if (choices?.items.length === 0) body = <Text>No profiles are saved: in a shell, ec-tui profile add NAME saves one.</Text>;
	return (
		<Box flexDirection="column">
			<AppHeader width={width} place={place} title={[ownText('External connections'), ownText('switch account')]} />
			{read?.problem === undefined ? null : <Text color="red">{clean`✖ ${cleanText(read.problem)}`}</Text>}
			{picking ? (
				<PickList
					question={ownText("Switch to which saved profile? The list starts over on it; nothing of this account's is kept.")}
					items={choices.items}
					initialIndex={choices.initialIndex}
					height={height - 1 - (read?.problem === undefined ? 0 : 1)}
					width={width}
					isActive
					onPick={pick}
					onCancel={onClose}
				/>
			) : (
				<>
					{body}
					<KeyFooter bound={[bound]} width={width} />
				</>
			)}
		</Box>
	);
}
