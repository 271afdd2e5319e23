import React from 'react';
import {Text} from 'ink';
import {truncate} from '../../text/format.js';
import type {Clean} from '../../text/sanitize.js';

export type PromptLine = {text: Clean; color?: 'red' | 'yellow' | 'cyan' | 'green'; dim?: boolean};

/** What a question says before its answer: the title, the question, and what to know before answering. */
export function PromptHead({title, question, lines, width}: {title: Clean; question: Clean; lines: readonly PromptLine[]; width: number}) {
	return (
		<>
			<Text bold>{truncate(title, width)}</Text>
			<Text color="yellow">{truncate(question, width)}</Text>
			{lines.map((line, index) => (
				<Text key={index} color={line.color} dimColor={line.dim}>
					{truncate(line.text, width)}
				</Text>
			))}
		</>
	);
}
