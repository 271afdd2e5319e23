import {EventEmitter} from 'node:events';
import React from 'react';
import {render} from 'ink-testing-library';
import {InputProvider} from '../../source/input/input-provider.js';

/** The terminal's input as the input layer reads it: each write is one read, however many keys it holds. */
export class TestKeys extends EventEmitter {
	write(data: string): void {
		this.emit('data', data);
	}
}

/** ink-testing-library's render, behind the app's one input layer; `stdin.write` types into it. */
export function renderWithKeys(tree: React.ReactElement) {
	const keys = new TestKeys();
	const wrap = (element: React.ReactElement) => <InputProvider source={keys}>{element}</InputProvider>;
	const view = render(wrap(tree));
	return {...view, stdin: keys, rerender: (element: React.ReactElement) => view.rerender(wrap(element))};
}
