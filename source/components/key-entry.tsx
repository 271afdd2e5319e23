import React, {useState} from 'react';
import {Box, Text} from 'ink';
import {KeyFooter} from './key-footer.js';
import {Menu, MENU_BOUND} from './menu.js';
import {TEXT_FIELD_BOUND} from './use-line-field.js';
import {MaskedField} from './masked-field.js';
import {clean, cleanText, ownText} from '../text/sanitize.js';
import {useBindings, useInputHold} from '../input/use-keys.js';

/** One request with the key: what Telnyx said when it refused it, or undefined when the key works. */
export type CheckKey = (key: string) => Promise<string | undefined>;

type Step = 'key' | 'checking' | 'save';

type Props = {
	/** Where the key would be saved; none: a key that works is used at once, for this run only. */
	savePath?: string | undefined;
	width: number;
	isActive: boolean;
	checkKey?: CheckKey;
	/** Esc on the key field. */
	onBack: () => void;
	onDone: (key: string, save: boolean) => void;
};

/**
 * A masked key field, the key checked with one request, then whether to save it: the start screen's questions, and
 * the prompt for another key after a 401. The key is never drawn, and never in a message.
 */
export function KeyEntry({savePath, width, isActive, checkKey, onBack, onDone}: Props) {
	const [step, setStep] = useState<Step>('key');
	const [key, setKey] = useState('');
	const [problem, setProblem] = useState('');

	const bound = useBindings('start', {back: () => (step === 'save' ? setStep('key') : onBack())}, isActive && step !== 'checking');
	// Keys typed while the key is checked answer the question that follows.
	useInputHold(isActive && step === 'checking');

	const submitKey = (value: string) => {
		if (value.trim() === '') {
			setProblem('Type or paste the key, then press Enter.');
			return;
		}
		const works = () => (savePath === undefined ? onDone(value.trim(), false) : setStep('save'));
		if (!checkKey) return works();
		setStep('checking');
		void checkKey(value.trim()).then(refused => {
			setProblem(refused ?? '');
			if (refused) setStep('key');
			else works();
		});
	};

	return (
		<Box flexDirection="column">
			{step === 'key' ? (
				<Box flexDirection="column">
					<Box>
						<Text>API key: </Text>
						<MaskedField
							value={key}
							isActive={isActive}
							width={Math.max(1, width - 'API key: '.length)}
							onChange={value => {
								setKey(value);
								setProblem('');
							}}
							onSubmit={submitKey}
						/>
					</Box>
					{problem ? (
						<Text color="red">{clean`✖ ${cleanText(problem)}`}</Text>
					) : (
						<KeyFooter
							bound={[{...TEXT_FIELD_BOUND, hints: {submit: 'Enter continue'}}, bound]}
							width={width}
							typing
							state={ownText('The key is hidden as you type.')}
						/>
					)}
				</Box>
			) : null}
			{step === 'checking' ? <Text>Checking the key with one request…</Text> : null}
			{step === 'save' && savePath !== undefined ? (
				<Box flexDirection="column">
					{checkKey ? <Text color="green">✔ The key works.</Text> : null}
					<Text>{clean`Save the key to ${cleanText(savePath)} (readable by you only)?`}</Text>
					<Menu
						items={[
							{label: ownText('No, use it for this run only'), value: false},
							{label: ownText('Yes, save it'), value: true},
						]}
						width={width}
						isFocused={isActive}
						onSelect={save => onDone(key.trim(), save)}
					/>
					<KeyFooter bound={[MENU_BOUND, bound]} width={width} typing />
				</Box>
			) : null}
		</Box>
	);
}
