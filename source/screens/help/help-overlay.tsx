import React, {useState} from 'react';
import {Box, Text} from 'ink';
import {helpSections} from '../../input/bindings.js';
import {useBindings} from '../../input/use-keys.js';
import {padToWidth} from '../../components/format.js';
import {clean, cleanText, ownText, type Clean} from '../../components/sanitize.js';

const KEY_WIDTH = 24;
const MIN_COLUMN_WIDTH = 58;

function helpLines(): Clean[] {
	const lines: Clean[] = [];
	for (const section of helpSections()) {
		if (lines.length > 0) lines.push(ownText(''));
		lines.push(cleanText(section.title));
		for (const line of section.lines) lines.push(clean`  ${padToWidth(cleanText(line.keys), KEY_WIDTH)}${cleanText(line.help)}`);
	}
	return lines;
}

const LINES = helpLines();

type Props = {width: number; height: number; isActive: boolean; onClose: () => void};

/** Every key of every screen, from the key-binding table; in columns when it fits, scrolled with ↑↓ when not. */
export function HelpOverlay({width, height, isActive, onClose}: Props) {
	const bodyRows = Math.max(1, height - 2);
	const columnCount = Math.min(Math.ceil(LINES.length / bodyRows), Math.max(1, Math.floor(width / MIN_COLUMN_WIDTH)));
	const rowsPerColumn = Math.ceil(LINES.length / columnCount);
	const scrollable = rowsPerColumn > bodyRows;
	const [offset, setOffset] = useState(0);
	const maxOffset = Math.max(0, rowsPerColumn - bodyRows);
	const start = Math.min(offset, maxOffset);

	useBindings(
		'help',
		{
			close: onClose,
			down: () => setOffset(Math.min(maxOffset, start + 1)),
			up: () => setOffset(Math.max(0, start - 1)),
		},
		isActive,
	);

	const columnWidth = Math.floor(width / columnCount);
	const columns = Array.from({length: columnCount}, (_, index) =>
		LINES.slice(index * rowsPerColumn, (index + 1) * rowsPerColumn).slice(start, start + bodyRows),
	);
	return (
		<Box flexDirection="column">
			<Text bold>Keys{scrollable ? ' (↑↓ scroll)' : ''}</Text>
			<Box>
				{columns.map((lines, index) => (
					<Box key={index} flexDirection="column" width={columnWidth}>
						{lines.map((line, row) => (
							<Text key={row}>{padToWidth(line, columnWidth - 1)}</Text>
						))}
					</Box>
				))}
			</Box>
			<Text dimColor>Esc, F1 or ? closes the help</Text>
		</Box>
	);
}
