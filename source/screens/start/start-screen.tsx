import React, {useState} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {TextField} from '../../components/text-field.js';
import {SelectIndicator, SelectItem} from '../create/select-item.js';
import {useBindings, useInputHold, useTextCapture} from '../../input/use-keys.js';

export type StartChoice = {kind: 'key'; key: string; save: boolean} | {kind: 'demo'} | {kind: 'quit'};

type Step = 'choose' | 'key' | 'checking' | 'save';

/** One request with the key: what Telnyx said when it refused it, or undefined when the key works. */
export type CheckKey = (key: string) => Promise<string | undefined>;

type Props = {savePath: string; isActive?: boolean; checkKey?: CheckKey; onDone: (choice: StartChoice) => void};

const MENU = [
	{label: 'Enter an API key', value: 'key' as const},
	{label: 'Open the demo (embedded sandbox, no account needed)', value: 'demo' as const},
	{label: 'Quit', value: 'quit' as const},
];

/** Shown when no key was given: a key typed here is masked and kept for this run unless the user saves it. */
export function StartScreen({savePath, isActive = true, checkKey, onDone}: Props) {
	const [step, setStep] = useState<Step>('choose');
	const [key, setKey] = useState('');
	const [problem, setProblem] = useState('');

	useTextCapture();
	useBindings('start', {back: () => setStep(step === 'save' ? 'key' : 'choose')}, isActive && step !== 'choose' && step !== 'checking');
	// Keys typed while the key is checked answer the question that follows.
	useInputHold(isActive && step === 'checking');

	const submitKey = (value: string) => {
		if (value.trim() === '') {
			setProblem('Type or paste the key, then press Enter.');
			return;
		}
		if (!checkKey) {
			setStep('save');
			return;
		}
		setStep('checking');
		void checkKey(value.trim()).then(refused => {
			setProblem(refused ?? '');
			setStep(refused ? 'key' : 'save');
		});
	};

	return (
		<Box flexDirection="column">
			<Text bold>ec-tui · Telnyx external connections</Text>
			<Text>No API key was given: set TELNYX_API_KEY, pass --api-key-file PATH, enter one here, or open the demo (--demo).</Text>
			{step === 'choose' ? (
				<SelectInput
					items={MENU}
					isFocused={isActive}
					indicatorComponent={SelectIndicator}
					itemComponent={SelectItem}
					onSelect={item => {
						if (item.value === 'key') setStep('key');
						else onDone({kind: item.value});
					}}
				/>
			) : null}
			{step === 'key' ? (
				<Box flexDirection="column">
					<Box>
						<Text>API key: </Text>
						<TextField
							value={key}
							isActive={isActive}
							mask="•"
							onChange={value => {
								setKey(value);
								setProblem('');
							}}
							onSubmit={submitKey}
						/>
					</Box>
					<Text color={problem ? 'red' : undefined} dimColor={!problem}>
						{problem ? `✖ ${problem}` : 'The key is hidden as you type. Enter continues · Esc back · F1 help'}
					</Text>
				</Box>
			) : null}
			{step === 'checking' ? <Text>Checking the key with one request…</Text> : null}
			{step === 'save' ? (
				<Box flexDirection="column">
					{checkKey ? <Text color="green">✔ The key works.</Text> : null}
					<Text>{`Save the key to ${savePath} (readable by you only)?`}</Text>
					<SelectInput
						items={[
							{label: 'No, use it for this run only', value: false},
							{label: 'Yes, save it', value: true},
						]}
						isFocused={isActive}
						indicatorComponent={SelectIndicator}
						itemComponent={SelectItem}
						onSelect={item => onDone({kind: 'key', key: key.trim(), save: item.value})}
					/>
					<Text dimColor>↑↓ choose · Enter select · Esc back · F1 help</Text>
				</Box>
			) : null}
		</Box>
	);
}
