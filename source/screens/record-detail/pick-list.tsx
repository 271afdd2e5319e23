import React from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {truncate} from '../../components/format.js';
import {hintsFor} from '../../input/bindings.js';
import {useBindings} from '../../input/use-keys.js';
import {SelectIndicator, SelectItem} from '../create/select-item.js';
import type {Choice} from '../../resources/civic-addresses/location-choices.js';

const HINTS = hintsFor(['menu', 'picker', 'global']);

export type PickListProps = {
	question: string;
	items: Choice[];
	initialIndex: number;
	/** Rows the whole panel may take. */
	height: number;
	width: number;
	isActive: boolean;
	onPick: (value: string) => void;
	onCancel: () => void;
};

/** A choice among the API's own records (a location, an address): picked, never typed. */
export function PickList({question, items, initialIndex, height, width, isActive, onPick, onCancel}: PickListProps): React.JSX.Element {
	useBindings('picker', {cancel: onCancel}, isActive);
	const limit = Math.max(1, height - 3);
	const more = items.length > limit ? ` (↑↓ ${items.length - limit} more)` : '';
	return (
		<Box flexDirection="column">
			<Text color="yellow" wrap="truncate-end">
				{truncate(question + more, width)}
			</Text>
			{items.length === 0 ? (
				<Text>Nothing to choose from.</Text>
			) : (
				<SelectInput
					items={items}
					initialIndex={initialIndex}
					limit={limit}
					isFocused={isActive}
					indicatorComponent={SelectIndicator}
					itemComponent={SelectItem}
					onSelect={item => onPick(item.value)}
				/>
			)}
			<Text dimColor wrap="truncate-end">
				{truncate(HINTS, width)}
			</Text>
		</Box>
	);
}
