import {useState} from 'react';
import {actionFor, GLOBAL_BOUND, type Bound} from './bindings.js';
import {useKeyDispatcher} from './input-provider.js';
import {keyId} from './keypress.js';
import {useBound, useKeyHandler} from './use-keys.js';

type GlobalKeys = {
	/** Ctrl+C: heard on every screen, whatever has the keyboard. */
	onInterrupt: () => void;
	/** q outside text fields; without it q is a letter like any other. */
	onQuit?: () => void;
	/** The help opens on the keys of the screen under it (undefined: it closes). Kept here unless given. */
	onHelp?: (bound: readonly Bound[] | undefined) => void;
	/** Whether the help is open, when the caller keeps it. */
	helpOpen?: boolean;
	/** Only Ctrl+C works (the terminal is too small to show anything else). */
	interruptOnly?: boolean;
	/** False: none of them (another screen serves them). */
	isActive?: boolean;
};

/**
 * The one handler of the keys that work everywhere: Ctrl+C, F1, and ? and q outside text fields. When it keeps the
 * help itself, `help` is the keys of the screen under it while it is open, for it to list first.
 */
export function useGlobalKeys({onInterrupt, onQuit, onHelp, helpOpen, interruptOnly = false, isActive = true}: GlobalKeys): {
	help: readonly Bound[] | undefined;
	closeHelp: () => void;
} {
	const keys = useKeyDispatcher();
	const [help, setHelp] = useState<readonly Bound[]>();
	const open = helpOpen ?? help !== undefined;
	const showHelp = onHelp ?? setHelp;
	useBound(
		'global',
		GLOBAL_BOUND.actions.filter(action => action !== 'quit' || onQuit !== undefined),
		isActive,
	);
	useKeyHandler(
		'global',
		key => {
			// The dispatcher asks every global handler, in the order they mounted: one of a screen not shown (the
			// key prompt's, under an app started over on another key) must not take ? from the app's.
			if (!isActive) return false;
			const id = keyId(key);
			if (id === 'ctrl+c') {
				onInterrupt();
				return true;
			}
			const action = actionFor('global', id);
			// '?' and 'q' are letters in a text field; F1 never is.
			if (interruptOnly || action === undefined || (id !== 'f1' && keys.capturingText())) return false;
			if (action === 'quit') {
				if (!onQuit) return false;
				onQuit();
			} else {
				// The keys of the screen under the help, taken while they are still bound.
				showHelp(open ? undefined : keys.bound());
			}
			return true;
		},
		isActive,
	);
	return {help, closeHelp: () => setHelp(undefined)};
}
