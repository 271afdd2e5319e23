import {EventEmitter} from 'node:events';
import React, {useLayoutEffect} from 'react';
import {render} from 'ink-testing-library';
import {InputProvider, useKeyDispatcher} from '../../source/input/input-provider.js';
import type {KeyDispatcher} from '../../source/input/key-dispatcher.js';

/** The terminal's input as the input layer reads it: each write is one read, however many keys it holds. */
export class TestKeys extends EventEmitter {
	write(data: string): void {
		this.emit('data', data);
	}
}

function Expose({onDispatcher}: {onDispatcher: (dispatcher: KeyDispatcher) => void}) {
	const dispatcher = useKeyDispatcher();
	useLayoutEffect(() => onDispatcher(dispatcher), [dispatcher, onDispatcher]);
	return null;
}

/**
 * ink-testing-library's render, behind the app's one input layer; `stdin.write` types into it, and
 * `pendingKeys()` counts the keys still waiting (a screen holds them while it loads).
 */
export function renderWithKeys(tree: React.ReactElement) {
	const keys = new TestKeys();
	const exposed: {dispatcher?: KeyDispatcher} = {};
	const found = (dispatcher: KeyDispatcher) => {
		exposed.dispatcher = dispatcher;
	};
	const wrap = (element: React.ReactElement) => (
		<InputProvider source={keys}>
			<Expose onDispatcher={found} />
			{element}
		</InputProvider>
	);
	const view = render(wrap(tree));
	const pendingKeys = () => exposed.dispatcher?.pending() ?? 0;
	// The input layer itself, for tests that compare what a screen binds with what it shows.
	const dispatcher = () => exposed.dispatcher!;
	return {...view, stdin: keys, pendingKeys, dispatcher, rerender: (element: React.ReactElement) => view.rerender(wrap(element))};
}
