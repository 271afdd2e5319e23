import React from 'react';
import {Box, Text} from 'ink';
import {fieldRows} from './field-view.js';
import {truncate} from '../text/format.js';
import {cleanText, type Clean} from '../text/sanitize.js';
import {useLineField} from './use-line-field.js';

type Props = {
	value: string;
	onChange: (value: string) => void;
	onSubmit?: (value: string) => void;
	isActive: boolean;
	/** Columns the field has, and rows (one by default): a value longer than they hold shows around the cursor. */
	width: number;
	rows?: number;
	placeholder?: Clean;
};

/**
 * A text field with readline editing: the line editor edits the value (one key at a time, control characters
 * kept out), and only the part of it that fits is drawn, each character cleaned, so a value from the API shows
 * its escapes and a pasted 10,000 numbers cost a key what a short value does.
 */
export function TextField({value, onChange, onSubmit, isActive, width, rows = 1, placeholder}: Props): React.JSX.Element {
	const line = useLineField(value, onChange, onSubmit, isActive);

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

	const shownRows = fieldRows(value, line.cursor, {width, rows, showCursor: isActive});
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
