import React, {useState} from 'react';
import {Box, Text} from 'ink';
import {KeyFooter} from '../../components/key-footer.js';
import {TextField} from '../../components/text-field.js';
import {useBindings, useBound} from '../../input/use-keys.js';
import {truncate} from '../../text/format.js';
import {clean, cleanText, type Clean} from '../../text/sanitize.js';
import {PromptHead, type PromptLine} from '../confirm/prompt-head.js';

export type TextPromptProps = {
	title: Clean;
	question: Clean;
	/** The rule the answer must meet, always on screen. */
	rule: Clean;
	lines?: readonly PromptLine[];
	/** Why the answer is refused, or undefined to take it. */
	check: (answer: string) => string | undefined;
	width: number;
	isActive: boolean;
	onAnswer: (answer: string) => void;
	onCancel: () => void;
};

/** A question answered by typing: the rule on screen, Enter checks, a refusal is said and the text kept; Esc cancels. */
export function TextPrompt({title, question, rule, lines = [], check, width, isActive, onAnswer, onCancel}: TextPromptProps) {
	const [answer, setAnswer] = useState('');
	const [refusal, setRefusal] = useState<string>();
	const bound = useBindings('textPrompt', {cancel: onCancel}, isActive);
	// Enter reaches the text field, which submits: declared here for the footer and the help.
	useBound('textPrompt', ['answer'], isActive);
	return (
		<Box flexDirection="column" width={width}>
			<PromptHead title={title} question={question} lines={lines} width={width} />
			<Text dimColor>{truncate(rule, width)}</Text>
			<TextField
				value={answer}
				width={width}
				isActive={isActive}
				onChange={value => {
					setAnswer(value);
					setRefusal(undefined);
				}}
				onSubmit={value => {
					const problem = check(value);
					if (problem === undefined) onAnswer(value);
					else setRefusal(problem);
				}}
			/>
			{refusal === undefined ? null : <Text color="red">{truncate(clean`✖ ${cleanText(refusal)}`, width)}</Text>}
			<KeyFooter bound={[{context: 'textPrompt', actions: ['answer', ...bound.actions]}]} width={width} />
		</Box>
	);
}
