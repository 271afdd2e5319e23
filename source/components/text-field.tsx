import React, {useState} from 'react';
import {Box, Text} from 'ink';
import {actionFor} from '../input/bindings.js';
import {keyId} from '../input/keypress.js';
import {applyEdit, insertText, type LineState} from '../input/line-editor.js';
import {useKeyHandler} from '../input/use-keys.js';
import {fieldRows} from './field-view.js';
import {truncate} from './format.js';
import {cleanText, type Clean} from './sanitize.js';

type Props = {
	value: string;
	onChange: (value: string) => void;
	onSubmit?: (value: string) => void;
	isActive: boolean;
	/** Columns the field has, and rows (one by default): a value longer than they hold shows around the cursor. */
	width: number;
	rows?: number;
	mask?: Clean;
	placeholder?: Clean;
};

/**
 * A text field with readline editing: the line editor edits the value (one key at a time, control characters
 * kept out), and only the part of it that fits is drawn, each character cleaned, so a value from the API shows
 * its escapes and a pasted 10,000 numbers cost a key what a short value does.
 */
export function TextField({value, onChange, onSubmit, isActive, width, rows = 1, mask, placeholder}: Props): React.JSX.Element {
	const [cursor, setCursor] = useState(() => [...value].length);
	const line: LineState = {value, cursor: Math.min(cursor, value.length)};

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

	if (value === '' && placeholder !== undefined) {
		const shown = truncate(placeholder, Math.max(1, width - 1));
		const [first = '', ...rest] = shown;
		return isActive ? (
			<Text>
				<Text inverse>{first === '' ? ' ' : cleanText(first)}</Text>
				<Text dimColor>{cleanText(rest.join(''))}</Text>
			</Text>
		) : (
			<Text dimColor>{shown}</Text>
		);
	}

	const shownRows = fieldRows(value, line.cursor, {width, rows, ...(mask === undefined ? {} : {mask}), showCursor: isActive});
	return (
		<Box flexDirection="column">
			{shownRows.map((row, index) => (
				<Text key={index}>
					{row.before}
					{row.cursor === undefined ? null : <Text inverse>{row.cursor}</Text>}
					{row.after}
				</Text>
			))}
		</Box>
	);
}
