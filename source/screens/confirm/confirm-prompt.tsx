import React from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {hintsFor} from '../../input/bindings.js';
import {useBindings} from '../../input/use-keys.js';
import {SelectIndicator, SelectItem} from '../create/select-item.js';

export type PromptLine = {text: string; color?: 'red' | 'yellow' | 'cyan' | 'green'; dim?: boolean};

export type ConfirmPromptProps = {
	title: string;
	question: string;
	/** What the person should know before choosing (the exact request, what cannot be undone). */
	lines?: PromptLine[];
	cancelLabel: string;
	confirmLabel: string;
	/** A safe first choice before Cancel (reading back what happened), so Enter alone takes it. */
	check?: {label: string; onCheck: () => void};
	width: number;
	isActive: boolean;
	onConfirm: () => void;
	onCancel: () => void;
};

const HINTS = `${hintsFor(['menu'])} · ${hintsFor(['confirm', 'global'], {typing: true})} · Ctrl+C quit`;

/** The one confirmation of the app: Cancel (or a read-back) is the first choice, Cancel is Esc, so a stray Enter cannot confirm. */
export function ConfirmPrompt({
	title,
	question,
	lines = [],
	cancelLabel,
	confirmLabel,
	check,
	width,
	isActive,
	onConfirm,
	onCancel,
}: ConfirmPromptProps): React.JSX.Element {
	useBindings('confirm', {cancel: onCancel}, isActive);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate-end">
				{title}
			</Text>
			<Text color="yellow" wrap="truncate-end">
				{question}
			</Text>
			{lines.map((line, index) => (
				<Text key={index} color={line.color} dimColor={line.dim} wrap="truncate-end">
					{line.text}
				</Text>
			))}
			<SelectInput
				items={[
					...(check ? [{label: check.label, value: 'check'}] : []),
					{label: cancelLabel, value: 'cancel'},
					{label: confirmLabel, value: 'confirm'},
				]}
				isFocused={isActive}
				indicatorComponent={SelectIndicator}
				itemComponent={SelectItem}
				onSelect={item => {
					if (item.value === 'confirm') onConfirm();
					else if (item.value === 'check') check?.onCheck();
					else onCancel();
				}}
			/>
			<Text dimColor wrap="truncate-end">
				{HINTS}
			</Text>
		</Box>
	);
}
