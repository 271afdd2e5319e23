import React, {useState} from 'react';
import {Box, Text} from 'ink';
import type {ListFilters} from '../../api/types.js';
import {truncate} from '../../text/format.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {TextField} from '../../components/text-field.js';
import {KeyFooter} from '../../components/key-footer.js';
import {TEXT_FIELD_BOUND} from '../../components/use-line-field.js';
import {useBindings, useTextCapture} from '../../input/use-keys.js';
import {validateNumberPart} from '../../validation/number-filter.js';

type Props = {
	initial: ListFilters;
	width: number;
	isActive: boolean;
	onApply: (filters: ListFilters) => void;
	onClear: () => void;
	onClose: () => void;
};

const TEXT_BOUND = {...TEXT_FIELD_BOUND, hints: {submit: 'Enter apply (empty clears)'}};
const LABEL = 'Number contains  ';

/** A connection's numbers filtered by part of the number (`filter[phone_number][contains]`), checked before it is sent. */
export function NumberFilterForm({initial, width, isActive, onApply, onClear, onClose}: Props) {
	useTextCapture();
	const [text, setText] = useState(initial.numberContains ?? '');
	const [error, setError] = useState<string>();
	const bound = useBindings('filter', {cancel: onClose}, isActive);
	return (
		<Box flexDirection="column">
			<Text bold>Filter phone numbers</Text>
			<Box>
				<Text>{LABEL}</Text>
				<TextField
					value={text}
					width={Math.max(1, width - LABEL.length)}
					placeholder={ownText('e.g. 4411349600')}
					isActive={isActive}
					onChange={value => {
						setText(value);
						setError(undefined);
					}}
					onSubmit={value => {
						const checked = validateNumberPart(value);
						if (!checked.ok) setError(checked.message);
						else if (checked.value === undefined) onClear();
						else onApply({numberContains: checked.value});
					}}
				/>
			</Box>
			{error ? <Text color="red">{truncate(clean`✖ ${cleanText(error)}`, width)}</Text> : null}
			<KeyFooter bound={[TEXT_BOUND, bound]} width={width} typing />
		</Box>
	);
}
