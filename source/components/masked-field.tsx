import React from 'react';
import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {maskedWindow} from './field-view.js';
import {useLineField} from './use-line-field.js';

type Props = {
	value: string;
	onChange: (value: string) => void;
	onSubmit: (value: string) => void;
	isActive: boolean;
	width: number;
};

const MASK = '•';

/**
 * A secret's field: edited like every text field, drawn by ink-text-input as one mask character per character.
 * ink-text-input gets only mask characters, never the secret, and only as many as fit around the cursor
 * (patches/ink-text-input+6.0.0.patch hands it the cursor and keeps its own key handling off).
 */
export function MaskedField({value, onChange, onSubmit, isActive, width}: Props): React.JSX.Element {
	const line = useLineField(value, onChange, onSubmit, isActive);
	const window = maskedWindow([...value].length, line.cursor, width);
	return (
		<Box>
			{window.cutStart ? <Text>…</Text> : null}
			<TextInput
				value={MASK.repeat(window.shown)}
				cursorOffset={window.cursor}
				focus={isActive}
				showCursor={isActive}
				onChange={() => {}}
			/>
		</Box>
	);
}
