import React, {useState} from 'react';
import TextInput from 'ink-text-input';
import {actionFor} from '../input/bindings.js';
import {keyId} from '../input/keypress.js';
import {applyEdit, insertText, type LineState} from '../input/line-editor.js';
import {useKeyHandler} from '../input/use-keys.js';

type Props = {
	value: string;
	onChange: (value: string) => void;
	onSubmit?: (value: string) => void;
	isActive: boolean;
	mask?: string;
	placeholder?: string;
};

/**
 * A one-line text field with readline editing. ink-text-input draws it (value, mask, placeholder, cursor);
 * the keys are edited here, by the line editor, because ink-text-input knows only ← → and Backspace and
 * inserts anything else, control characters included. patches/ink-text-input+6.0.0.patch lets it take the
 * cursor from this component.
 */
export function TextField({value, onChange, onSubmit, isActive, mask, placeholder}: Props): React.JSX.Element {
	const [cursor, setCursor] = useState(() => [...value].length);
	const line: LineState = {value, cursor: Math.min(cursor, [...value].length)};

	const apply = (next: LineState) => {
		setCursor(next.cursor);
		if (next.value !== value) onChange(next.value);
	};

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

	return (
		<TextInput
			value={value}
			cursorOffset={line.cursor}
			focus={isActive}
			onChange={onChange}
			{...(mask === undefined ? {} : {mask})}
			{...(placeholder === undefined ? {} : {placeholder})}
		/>
	);
}
