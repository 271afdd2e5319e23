import React, {createContext, useContext, useLayoutEffect, useMemo, useRef} from 'react';
import {useStdin} from 'ink';
import {actionFor} from './bindings.js';
import {createKeyDispatcher, type KeyDispatcher} from './key-dispatcher.js';
import {keyId, type Keypress} from './keypress.js';
import {settleReact} from './settle-react.js';
import {createKeySplitter} from './split-keys.js';

/** Where keys come from: the terminal's stdin, or a test's stand-in. */
export type KeySource = {
	on: (event: 'data', listener: (chunk: string | Buffer) => void) => unknown;
	off: (event: 'data', listener: (chunk: string | Buffer) => void) => unknown;
	setRawMode?: (raw: boolean) => unknown;
	resume?: () => unknown;
	pause?: () => unknown;
};

// Long enough for the rest of an escape sequence split across two reads (SSH), short enough not to be felt.
const LONE_ESCAPE_WAIT_MS = 25;

const DispatcherContext = createContext<KeyDispatcher | undefined>(undefined);

export function useKeyDispatcher(): KeyDispatcher {
	const dispatcher = useContext(DispatcherContext);
	if (!dispatcher) throw new Error('useKeyDispatcher needs an <InputProvider> above it');
	return dispatcher;
}

/**
 * The one input layer: reads the terminal, splits each read into keypresses and delivers them one at a time.
 * Ink never reads the terminal itself (it is given a quiet stdin): menus built on ink-select-input hear
 * their keys from here, one at a time, through Ink's own event emitter.
 */
type Props = {
	source: KeySource;
	/** Keys typed before this screen took over (while the start screen handed over to the app). */
	typeAhead?: Keypress[];
	/** Told of every read of the terminal, before its keys are delivered. */
	onRead?: () => void;
	children: React.ReactNode;
};

export function InputProvider({source, typeAhead, onRead, children}: Props) {
	const {internal_eventEmitter: inkInput} = useStdin();
	const typedAhead = useRef(typeAhead);
	const dispatcher = useMemo(
		() =>
			createKeyDispatcher({
				run: settleReact,
				forward(key) {
					if (actionFor('menu', keyId(key))) inkInput.emit('input', key.sequence);
				},
			}),
		[inkInput],
	);

	// Subscribed as the tree commits, so a key typed right after the first frame is not lost.
	useLayoutEffect(() => {
		const splitter = createKeySplitter();
		let escapeTimer: NodeJS.Timeout | undefined;
		const onData = (chunk: string | Buffer) => {
			onRead?.();
			clearTimeout(escapeTimer);
			dispatcher.enqueue(splitter.push(chunk));
			if (splitter.hasPendingEscape()) {
				escapeTimer = setTimeout(() => dispatcher.enqueue(splitter.flush()), LONE_ESCAPE_WAIT_MS);
			}
		};

		source.setRawMode?.(true);
		if (typedAhead.current) dispatcher.enqueue(typedAhead.current);
		typedAhead.current = undefined;
		source.on('data', onData);
		source.resume?.();
		return () => {
			clearTimeout(escapeTimer);
			source.off('data', onData);
			source.pause?.();
			// Handed over, the terminal stays raw: a key typed before the next screen reads is kept for it, never
			// echoed or held by the line discipline. An Esc still waiting for the rest of a sequence is a key too.
			if (dispatcher.handedOver()) dispatcher.enqueue(splitter.flush());
			else source.setRawMode?.(false);
		};
	}, [source, dispatcher, onRead]);

	return <DispatcherContext.Provider value={dispatcher}>{children}</DispatcherContext.Provider>;
}
