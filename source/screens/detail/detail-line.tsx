import React from 'react';
import {Text} from 'ink';
import {EMPTY} from '../../text/format.js';
import type {DetailLine} from './detail-layout.js';

/** One line of the detail; the selected field's lines are bold, its first marked '›' (nothing relies on colour). */
export function DetailLineView({line, selected, marked}: {line: DetailLine; selected: boolean; marked: boolean}): React.JSX.Element {
	switch (line.kind) {
		case 'heading': {
			return (
				<Text bold color="cyan" wrap="truncate-end">
					{line.text}
				</Text>
			);
		}

		case 'field': {
			return (
				<Text bold={selected} wrap="truncate-end">
					{marked ? '› ' : '  '}
					{line.label}
					<Text dimColor={line.value === EMPTY}>{line.value}</Text>
				</Text>
			);
		}

		case 'note': {
			return (
				<Text italic wrap="truncate-end">
					{line.text}
				</Text>
			);
		}

		case 'text': {
			return <Text wrap="truncate-end">{line.text}</Text>;
		}
	}
}
