import React from 'react';
import {Box} from 'ink';
import {KeyFooter} from '../../components/key-footer.js';
import {Menu, MENU_BOUND} from '../../components/menu.js';
import type {Clean} from '../../text/sanitize.js';
import {useBindings} from '../../input/use-keys.js';
import {PromptHead, type PromptLine} from './prompt-head.js';

export type ConfirmPromptProps = {
	title: Clean;
	question: Clean;
	/** What the person should know before choosing (the exact request, what cannot be undone). */
	lines?: PromptLine[];
	cancelLabel: Clean;
	confirmLabel: Clean;
	/** A safe first choice before Cancel (reading back what happened), so Enter alone takes it. */
	check?: {label: Clean; onCheck: () => void};
	width: number;
	isActive: boolean;
	onConfirm: () => void;
	onCancel: () => void;
	/** The footer's words for Esc when it is not a cancel (a review that goes back with the values kept). */
	cancelHint?: string;
};

type Choice = 'check' | 'cancel' | 'confirm';

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
	cancelHint,
}: ConfirmPromptProps): React.JSX.Element {
	const bound = useBindings('confirm', {cancel: onCancel}, isActive);
	return (
		<Box flexDirection="column" width={width}>
			<PromptHead title={title} question={question} lines={lines} width={width} />
			<Menu<Choice>
				items={[
					...(check ? [{label: check.label, value: 'check' as const}] : []),
					{label: cancelLabel, value: 'cancel'},
					{label: confirmLabel, value: 'confirm'},
				]}
				width={width}
				isFocused={isActive}
				onSelect={choice => {
					if (choice === 'confirm') onConfirm();
					else if (choice === 'check') check?.onCheck();
					else onCancel();
				}}
			/>
			<KeyFooter bound={[MENU_BOUND, cancelHint === undefined ? bound : {...bound, hints: {cancel: cancelHint}}]} width={width} />
		</Box>
	);
}
