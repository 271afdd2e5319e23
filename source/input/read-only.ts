// Read-only mode in the input layer: a key the binding table marks as sending a change (`mutates`) is left out of
// footers and help, and pressed, it does nothing but say why, in the footer, until the next key.
import {createContext, useContext} from 'react';
import {keyId, type Keypress} from './keypress.js';
import {BINDINGS, type Binding} from './bindings.js';

export type ReadOnly = {
	on: boolean;
	/** The last refusal, until the next key. */
	notice: () => string | undefined;
	subscribe: (listener: () => void) => () => void;
	/** A mutating key was pressed: say so. */
	refuse: (key: Keypress, binding: Binding) => void;
	clear: () => void;
};

export function createReadOnly(on: boolean): ReadOnly {
	let notice: string | undefined;
	const listeners = new Set<() => void>();
	const set = (next: string | undefined) => {
		if (next === notice) return;
		notice = next;
		for (const listener of listeners) listener();
	};
	return {
		on,
		notice: () => notice,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		refuse: (key, binding) => set(`read-only mode: ${keyId(key)} (${binding.mutates ?? 'a change'}) is off`),
		clear: () => set(undefined),
	};
}

export const ReadOnlyContext = createContext<ReadOnly>(createReadOnly(false));

export function useReadOnly(): ReadOnly {
	return useContext(ReadOnlyContext);
}

/** The binding read-only mode turns off for this action, if it does. */
export function offBinding(readOnly: ReadOnly, context: string, action: string): Binding | undefined {
	if (!readOnly.on) return undefined;
	const binding = (BINDINGS as Record<string, {bindings: Record<string, Binding>}>)[context]?.bindings[action];
	return binding?.mutates === undefined ? undefined : binding;
}
