import React, {useState} from 'react';
import {Box, Text, useInput} from 'ink';
import {KEY_SECTIONS} from '../../keymap.js';
import {padToWidth} from '../../components/format.js';

const KEY_WIDTH = 20;
const MIN_COLUMN_WIDTH = 44;

function helpLines(): string[] {
	const lines: string[] = [];
	for (const section of KEY_SECTIONS) {
		if (lines.length > 0) lines.push('');
		lines.push(section.screen);
		for (const binding of section.bindings) lines.push(`  ${padToWidth(binding.keys, KEY_WIDTH)}${binding.action}`);
	}
	return lines;
}

const LINES = helpLines();

type Props = {width: number; height: number; isActive: boolean; onClose: () => void};

/** Every key of every screen; laid out in columns when it fits, scrolled with ↑↓ when it does not. */
export function HelpOverlay({width, height, isActive, onClose}: Props) {
	const bodyRows = Math.max(1, height - 2);
	const columnCount = Math.min(Math.ceil(LINES.length / bodyRows), Math.max(1, Math.floor(width / MIN_COLUMN_WIDTH)));
	const rowsPerColumn = Math.ceil(LINES.length / columnCount);
	const scrollable = rowsPerColumn > bodyRows;
	const [offset, setOffset] = useState(0);
	const maxOffset = Math.max(0, rowsPerColumn - bodyRows);

	useInput(
		(input, key) => {
			if (key.ctrl) return;
			if (key.escape || input === '?' || key.backspace || key.delete) onClose();
			else if (key.downArrow || input === 'j') setOffset(current => Math.min(maxOffset, current + 1));
			else if (key.upArrow || input === 'k') setOffset(current => Math.max(0, current - 1));
		},
		{isActive},
	);

	const columnWidth = Math.floor(width / columnCount);
	const start = Math.min(offset, maxOffset);
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
			<Text dimColor>Esc or ? closes the help</Text>
		</Box>
	);
}
