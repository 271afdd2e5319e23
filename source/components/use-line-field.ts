import {useState} from 'react';
import {actionFor, BINDINGS, type Bound} from '../input/bindings.js';
import {keyId} from '../input/keypress.js';
import {applyEdit, insertText, type LineState} from '../input/line-editor.js';
import {useBound, useKeyHandler} from '../input/use-keys.js';

/** What a focused text field binds, for footers: its editing keys, and Enter. */
export const TEXT_FIELD_BOUND: Bound = {context: 'textField', actions: Object.keys(BINDINGS.textField.bindings)};

/**
 * Readline editing of a field's value: each key, from the one input layer, goes through the line editor and acts
 * on the value the previous key left (control characters kept out). The field draws the line it returns.
 */
export function useLineField(
	value: string,
	onChange: (value: string) => void,
	onSubmit: ((value: string) => void) | undefined,
	isActive: boolean,
): LineState {
	const [cursor, setCursor] = useState(() => [...value].length);
	const line: LineState = {value, cursor: Math.min(cursor, value.length)};

	const apply = (next: LineState) => {
		setCursor(next.cursor);
		if (next.value !== value) onChange(next.value);
	};

	useBound(
		'textField',
		TEXT_FIELD_BOUND.actions.filter(action => action !== 'submit' || onSubmit !== undefined),
		isActive,
	);
	useKeyHandler(
		'text',
		key => {
			if (key.name === 'paste' || (key.name === 'char' && !key.ctrl && !key.meta)) {
				apply(insertText(line, key.text));
				return true;
			}

			const action = actionFor('textField', keyId(key));
			if (action === undefined) return false;
			if (action === 'submit') onSubmit?.(value);
			else apply(applyEdit(line, action));
			return true;
		},
		isActive,
	);

	return line;
}
