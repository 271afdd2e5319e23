import React, {useState} from 'react';
import {Box, Text} from 'ink';
import {helpSections} from '../../input/bindings.js';
import {useBindings} from '../../input/use-keys.js';
import {useReadOnly} from '../../input/read-only.js';
import {padToWidth} from '../../text/format.js';
import {KeyFooter} from '../../components/key-footer.js';
import {clean, ownText} from '../../text/sanitize.js';
import {helpLines} from './help-lines.js';

const MIN_COLUMN_WIDTH = 58;

type Props = {
	width: number;
	height: number;
	isActive: boolean;
	onClose: () => void;
	/** The actions of the screen under the help, listed first. */
	bound?: ReadonlyArray<{context: string; actions: readonly string[]}>;
};

/**
 * The keys of the screen under it first, then every key of every screen, from the key-binding table: in columns
 * when they fit, else scrolled with ↑↓, PgUp PgDn, g and G.
 */
export function HelpOverlay({width, height, isActive, onClose, bound = []}: Props) {
	const bodyRows = Math.max(1, height - 2);
	const sections = helpSections(bound, useReadOnly().on);
	const maxColumns = Math.max(1, Math.floor(width / MIN_COLUMN_WIDTH));
	// As few columns as hold it all, or as many as fit when nothing does.
	let columnCount = 1;
	let lines = helpLines(sections, Math.floor(width / columnCount) - 1);
	while (columnCount < maxColumns && lines.length > bodyRows * columnCount) {
		columnCount++;
		lines = helpLines(sections, Math.floor(width / columnCount) - 1);
	}
	const rowsPerColumn = Math.ceil(lines.length / columnCount);
	const scrollable = rowsPerColumn > bodyRows;
	const [offset, setOffset] = useState(0);
	const maxOffset = Math.max(0, rowsPerColumn - bodyRows);
	const start = Math.min(offset, maxOffset);
	const scrollTo = (line: number) => setOffset(Math.max(0, Math.min(maxOffset, line)));

	const keys = useBindings(
		'help',
		{
			close: onClose,
			...(scrollable && {
				down: () => scrollTo(start + 1),
				up: () => scrollTo(start - 1),
				pageDown: () => scrollTo(start + bodyRows),
				pageUp: () => scrollTo(start - bodyRows),
				first: () => scrollTo(0),
				last: () => scrollTo(maxOffset),
			}),
		},
		isActive,
	);

	const columnWidth = Math.floor(width / columnCount);
	const columns = Array.from({length: columnCount}, (_, index) =>
		lines.slice(index * rowsPerColumn, (index + 1) * rowsPerColumn).slice(start, start + bodyRows),
	);
	const position = scrollable ? clean`lines ${start + 1}–${Math.min(rowsPerColumn, start + bodyRows)} of ${rowsPerColumn}` : undefined;
	return (
		<Box flexDirection="column">
			<Text bold>{padToWidth(ownText('Keys'), width)}</Text>
			<Box>
				{columns.map((column, index) => (
					<Box key={index} flexDirection="column" width={columnWidth}>
						{column.map((line, row) => (
							<Text key={row}>{padToWidth(line, columnWidth - 1)}</Text>
						))}
					</Box>
				))}
			</Box>
			<KeyFooter bound={[keys]} width={width} global={false} {...(position && {state: position})} />
		</Box>
	);
}
