import {useLayoutEffect, useRef} from 'react';
import {actionFor, type ActionOf, type Bound, type ContextName} from './bindings.js';
import type {KeyHandler} from './key-dispatcher.js';
import {useKeyDispatcher} from './input-provider.js';
import {keyId, type Keypress} from './keypress.js';
import {offBinding, useReadOnly} from './read-only.js';

type Kind = 'global' | 'text' | 'screen';

/**
 * Registers a key handler once; the handler and `isActive` of the latest render are read through a ref that a
 * layout effect updates, so a key delivered right after a commit meets this render's handler, not an older one.
 */
export function useKeyHandler(kind: Kind, handler: KeyHandler, isActive = true): void {
	const dispatcher = useKeyDispatcher();
	const latest = useRef({handler, isActive});
	useLayoutEffect(() => {
		latest.current = {handler, isActive};
	});
	useLayoutEffect(() => {
		const current = () => latest.current.handler;
		const active = () => latest.current.isActive;
		if (kind === 'global') return dispatcher.addGlobal(current);
		if (kind === 'text') return dispatcher.addTextField(current, active);
		return dispatcher.addScreen(current, active);
	}, [dispatcher, kind]);
}

export type Actions<C extends ContextName> = Partial<Record<ActionOf<C>, (key: Keypress) => void>>;

/**
 * Binds a context's actions from the key-binding table: a key does what the table says it does, or nothing.
 * Returns what it bound, for the screen's footer; the help reads the same from the dispatcher. In read-only mode a
 * key that sends a change is not bound: pressed, it only says why.
 */
export function useBindings<C extends ContextName>(context: C, actions: Actions<C>, isActive = true): Bound {
	const readOnly = useReadOnly();
	const bound = Object.keys(actions).filter(
		action => actions[action as ActionOf<C>] !== undefined && offBinding(readOnly, context, action) === undefined,
	);
	useBound(context, bound, isActive);
	useKeyHandler(
		'screen',
		key => {
			const action = actionFor(context, keyId(key));
			const run = action && actions[action];
			if (!run) return false;
			const off = offBinding(readOnly, context, action);
			if (off) readOnly.refuse(key, off);
			else run(key);
			return true;
		},
		isActive,
	);
	return {context, actions: bound};
}

/** Declares actions whose keys a component hears another way (a menu, a text field), for the help and the footers. */
export function useBound(context: ContextName, actions: readonly string[], isActive = true): void {
	const dispatcher = useKeyDispatcher();
	const latest = useRef({actions, isActive});
	useLayoutEffect(() => {
		latest.current = {actions, isActive};
	});
	useLayoutEffect(
		() =>
			dispatcher.addBound(
				context,
				() => latest.current.actions,
				() => latest.current.isActive,
			),
		[dispatcher, context],
	);
}

/** Declares a screen whose letters are text for as long as it is mounted, under the help too. */
export function useTextCapture(): void {
	const dispatcher = useKeyDispatcher();
	useLayoutEffect(() => dispatcher.addTextCapture(), [dispatcher]);
}

/** While `holding`, keys wait in order instead of reaching a screen that is still loading what they act on. */
export function useInputHold(holding: boolean): void {
	const dispatcher = useKeyDispatcher();
	useLayoutEffect(() => (holding ? dispatcher.addHold() : undefined), [dispatcher, holding]);
}

export type PressGate = {
	/** The key being delivered was pressed after the answer was on screen (or nothing was answered yet). */
	isFresh: () => boolean;
	/** It sent a request: the rest of its press (held down, or repeated in one burst) is dropped. */
	claim: () => void;
};

/**
 * The rule every mutation follows for keys: a key typed, buffered or held down before `answer` (what a screen
 * shows of its last request) was on screen was not a reply to it, so it cannot start a request; the press that
 * starts one is used up by it. `answer` undefined (nothing answered yet) puts no limit.
 */
export function usePressGate(answer: string | undefined): PressGate {
	const dispatcher = useKeyDispatcher();
	const shownAt = useRef(0);
	useLayoutEffect(() => {
		// Runs as the answer commits: every read so far came before it was on screen.
		if (answer !== undefined) shownAt.current = dispatcher.answerShown();
	}, [dispatcher, answer]);
	return {
		isFresh() {
			const press = dispatcher.currentPress();
			return press === undefined || press > shownAt.current;
		},
		claim: dispatcher.claimCurrentPress,
	};
}
