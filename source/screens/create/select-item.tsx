import React from 'react';
import {Box, Text} from 'ink';
import type {IndicatorProps, ItemProps} from 'ink-select-input';

// ink-select-input's item and indicator, fitted to one row: a wrapped label would push the frame past the
// terminal's height, and without flexShrink={0} a long label squeezes the pointer out of its column.

export function SelectItem({isSelected = false, label}: ItemProps): React.JSX.Element {
	return (
		<Text color={isSelected ? 'blue' : undefined} wrap="truncate-end">
			{label}
		</Text>
	);
}

export function SelectIndicator({isSelected = false}: IndicatorProps): React.JSX.Element {
	return (
		<Box marginRight={1} flexShrink={0}>
			<Text color="blue">{isSelected ? '❯' : ' '}</Text>
		</Box>
	);
}
