import React, {type Dispatch} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {stepMeta, type FieldStepId, type StepMeta} from '../../create/steps.js';
import type {WizardEvent, WizardState} from '../../create/wizard-state.js';
import {wrapText} from '../../create/wrap.js';
import {profileLabel} from './display-values.js';
import {layoutFieldStep} from './field-lines.js';
import {SelectIndicator, SelectItem} from './select-item.js';
import {TextField} from '../../components/text-field.js';
import {cleanText} from '../../components/sanitize.js';

export type FieldStepProps = {
	state: WizardState;
	step: FieldStepId;
	dispatch: Dispatch<WizardEvent>;
	width: number;
	height: number;
	isActive: boolean;
};

type Choice = {label: string; value: string};

// Profile ids are digits, so this cannot collide with one. It is the first item: a digit typed at the
// picker selects by position, and '1' (how most ids start) then opens the text field.
const TYPE_AN_ID = 'type-an-id';
const PROMPT = '› ';

/** One question: its label, API field, description, default and rule, the control, and what went wrong. */
export function FieldStep({state, step, dispatch, width, height, isActive}: FieldStepProps): React.JSX.Element {
	const meta = stepMeta(step, state.mode);
	const choices = choicesFor(meta, state);
	const text = choices ? undefined : textOf(meta, state);
	const controlNeeds = choices ? choices.items.length : wrapText(`${text ?? ''} `, width - PROMPT.length).length;
	const layout = layoutFieldStep(state, step, {width, height}, controlNeeds);
	// A picker cut short says so on its last row: ink-select-input wraps around, so the rest is either way.
	const hidden =
		choices && choices.items.length > layout.controlRows && layout.controlRows > 1 ? choices.items.length - layout.controlRows + 1 : 0;

	if (state.confirmDisabled) {
		return <ConfirmDisabled state={state} width={width} isActive={isActive} dispatch={dispatch} title={layout.title} />;
	}

	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate-end">
				{layout.title}
			</Text>
			<Text color="cyan" wrap="truncate-end">
				{layout.fieldLine}
			</Text>
			{layout.description.map((line, index) => (
				<Text key={`d${index}`} dimColor wrap="truncate-end">
					{line}
				</Text>
			))}
			{layout.defaultLine === undefined ? null : (
				<Text dimColor wrap="truncate-end">
					{layout.defaultLine}
				</Text>
			)}
			{layout.rule.map((line, index) => (
				<Text key={`r${index}`} dimColor wrap="truncate-end">
					{line}
				</Text>
			))}
			{layout.spacer ? <Text> </Text> : null}
			{choices ? (
				<SelectInput
					// Remounted per step and per list, so the cursor starts on the current value.
					key={`${step}-${choices.items.length}`}
					items={choices.items}
					initialIndex={choices.initialIndex}
					limit={hidden > 0 ? layout.controlRows - 1 : layout.controlRows}
					isFocused={isActive}
					indicatorComponent={SelectIndicator}
					itemComponent={SelectItem}
					onSelect={item => {
						dispatch(item.value === TYPE_AN_ID ? {type: 'type-id'} : {type: 'choose', value: item.value});
					}}
				/>
			) : (
				<Box height={layout.controlRows} overflow="hidden">
					<Box flexShrink={0}>
						<Text>{PROMPT}</Text>
					</Box>
					<TextField
						key={step}
						value={text ?? ''}
						placeholder={meta.kind.type === 'profile' ? 'digits, e.g. 1293384261075731499' : 'empty = left out'}
						isActive={isActive}
						onChange={value => {
							dispatch({type: 'input', text: value});
						}}
						onSubmit={() => {
							dispatch({type: 'accept'});
						}}
					/>
				</Box>
			)}
			{hidden > 0 ? (
				<Text dimColor wrap="truncate-end">
					{`  ↑↓ ${hidden} more (${choices!.items.length} in all)`}
				</Text>
			) : null}
			{layout.notes.map((note, index) => (
				<Text key={`n${index}`} color={note.color} wrap="truncate-end">
					{note.text}
				</Text>
			))}
			{layout.errors.map((line, index) => (
				<Text key={`e${index}`} color="red" wrap="truncate-end">
					{line}
				</Text>
			))}
			<Text dimColor wrap="truncate-end">
				{layout.hints}
			</Text>
		</Box>
	);
}

function choicesFor(meta: StepMeta, state: WizardState): {items: Choice[]; initialIndex: number} | undefined {
	const {kind} = meta;
	if (kind.type === 'choice') {
		if (kind.key === 'externalSipConnection') return {items: [{label: 'zoom', value: 'zoom'}], initialIndex: 0};
		const items = [
			{label: 'Yes', value: 'yes'},
			{label: 'No', value: 'no'},
		];
		return {items, initialIndex: state.values[kind.key] ? 0 : 1};
	}

	if (kind.type !== 'profile' || state.profileMode === 'type') return undefined;
	const profiles = state.profiles.status === 'loaded' ? state.profiles.profiles : [];
	const items = [
		{label: 'Type an id…', value: TYPE_AN_ID},
		...profiles.map(profile => ({label: profileLabel(profile), value: profile.id})),
	];
	const current = profiles.findIndex(profile => profile.id === state.values[kind.key]);
	// Nothing chosen yet, as the screen's 'Default: none' says: the cursor starts on no profile, but on typing one.
	return {items, initialIndex: current + 1};
}

const DISABLED_CHOICES = [
	{label: 'No, pick another profile', value: 'no'},
	{label: 'Yes, use the disabled profile', value: 'yes'},
];

/** A disabled profile was chosen: used only when confirmed, since calls through it are refused until it is enabled. */
function ConfirmDisabled({
	state,
	width,
	isActive,
	dispatch,
	title,
}: {
	state: WizardState;
	width: number;
	isActive: boolean;
	dispatch: Dispatch<WizardEvent>;
	title: string;
}) {
	const id = state.confirmDisabled?.id ?? '';
	const profile = state.profiles.status === 'loaded' ? state.profiles.profiles.find(candidate => candidate.id === id) : undefined;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate-end">
				{title}
			</Text>
			<Text color="yellow" wrap="truncate-end">
				{`⚠ ${profile ? profileLabel(profile) : cleanText(id)}`}
			</Text>
			<Text wrap="truncate-end">This profile is disabled: calls through it are refused until it is enabled. Use it anyway?</Text>
			<SelectInput
				items={DISABLED_CHOICES}
				isFocused={isActive}
				indicatorComponent={SelectIndicator}
				itemComponent={SelectItem}
				onSelect={item => {
					dispatch({type: 'confirm-disabled', use: item.value === 'yes'});
				}}
			/>
			<Text dimColor wrap="truncate-end">
				↑↓ choose · Enter select · Esc back to the profiles · F1 help · Ctrl+C quit
			</Text>
		</Box>
	);
}

function textOf(meta: StepMeta, state: WizardState): string | undefined {
	const {kind} = meta;
	return kind.type === 'choice' ? undefined : state.values[kind.key];
}
