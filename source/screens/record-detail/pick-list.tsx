import React from 'react';
import {Box, Text} from 'ink';
import {displayWidth, truncate} from '../../components/format.js';
import {Menu} from '../../components/menu.js';
import {clean, ownText, type Clean} from '../../components/sanitize.js';
import {hintsFor} from '../../input/bindings.js';
import {useBindings} from '../../input/use-keys.js';
import type {Choice} from '../../resources/civic-addresses/location-choices.js';

const HINTS = hintsFor(['menu', 'picker', 'global']);
// Over a form whose letters are text, ? and q are letters too: the footer offers F1 and no q.
const TYPING_HINTS = hintsFor(['menu', 'picker', 'global'], {typing: true});

export type PickListProps = {
	/** Names outside records (an address's description): Clean, so it cannot carry a raw escape. */
	question: Clean;
	items: Choice[];
	initialIndex: number;
	/** Rows the whole panel may take. */
	height: number;
	width: number;
	isActive: boolean;
	onPick: (value: string) => void;
	onCancel: () => void;
	/** Shown over a form that captures text. */
	typing?: boolean;
};

/** A choice among the API's own records (a location, an address): picked, never typed. */
export function PickList({
	question,
	items,
	initialIndex,
	height,
	width,
	isActive,
	onPick,
	onCancel,
	typing = false,
}: PickListProps): React.JSX.Element {
	useBindings('picker', {cancel: onCancel}, isActive);
	const limit = Math.max(1, height - 3);
	// The count of items out of sight stays; the question gives way to it.
	const more = items.length > limit ? clean` (↑↓ ${items.length - limit} more)` : ownText('');
	return (
		<Box flexDirection="column">
			<Text color="yellow">{clean`${truncate(question, Math.max(0, width - displayWidth(more)))}${more}`}</Text>
			{items.length === 0 ? (
				<Text>Nothing to choose from.</Text>
			) : (
				<Menu items={items} initialIndex={initialIndex} limit={limit} width={width} isFocused={isActive} onSelect={onPick} />
			)}
			<Text dimColor>{truncate(typing ? TYPING_HINTS : HINTS, width)}</Text>
		</Box>
	);
}
