import React from 'react';
import {Box, Text} from 'ink';
import SelectInput, {type IndicatorProps, type ItemProps} from 'ink-select-input';
import {truncate} from '../text/format.js';
import {cleanText, type Clean} from '../text/sanitize.js';
import type {Bound} from '../input/bindings.js';
import {useBound} from '../input/use-keys.js';

export type MenuItem<V> = {label: Clean; value: V};

type Props<V> = {
	items: ReadonlyArray<MenuItem<V>>;
	/** The row's width: labels are cut to it, so none wraps and pushes the frame past the terminal's height. */
	width: number;
	isFocused: boolean;
	initialIndex?: number;
	/** Items shown at once. */
	limit?: number;
	onSelect: (value: V) => void;
};

/** What a focused menu binds (its keys reach ink-select-input through the input layer), for footers. */
export const MENU_BOUND: Bound = {context: 'menu', actions: ['down', 'up', 'choose', 'number']};

// The pointer and the gap after it.
const INDICATOR_WIDTH = 2;

/** ink-select-input with Clean labels cut to the width: the only place the app uses it. */
export function Menu<V>({items, width, isFocused, initialIndex, limit, onSelect}: Props<V>): React.JSX.Element {
	useBound('menu', MENU_BOUND.actions, isFocused);
	const fitted = items.map(item => ({label: truncate(item.label, Math.max(1, width - INDICATOR_WIDTH)), value: item.value}));
	return (
		<SelectInput
			items={fitted}
			isFocused={isFocused}
			{...(initialIndex === undefined ? {} : {initialIndex})}
			{...(limit === undefined ? {} : {limit})}
			indicatorComponent={SelectIndicator}
			itemComponent={SelectItem}
			onSelect={item => onSelect(item.value)}
		/>
	);
}

// ink-select-input's item and indicator, fitted to one row: without flexShrink={0} a long label squeezes the
// pointer out of its column.
function SelectItem({isSelected = false, label}: ItemProps): React.JSX.Element {
	// ink-select-input types the label as a plain string: it is the Clean label cut above, and cleaning it again
	// changes nothing.
	return <Text color={isSelected ? 'blue' : undefined}>{cleanText(label)}</Text>;
}

function SelectIndicator({isSelected = false}: IndicatorProps): React.JSX.Element {
	return (
		<Box marginRight={1} flexShrink={0}>
			<Text color="blue">{isSelected ? '❯' : ' '}</Text>
		</Box>
	);
}
