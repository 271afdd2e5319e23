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
	const meta = stepMeta(step);
	const choices = choicesFor(meta, state);
	const text = choices ? undefined : textOf(meta, state);
	const controlNeeds = choices ? choices.items.length : wrapText(`${text ?? ''} `, width - PROMPT.length).length;
	const layout = layoutFieldStep(state, step, {width, height}, controlNeeds);

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
					limit={layout.controlRows}
					isFocused={isActive}
					indicatorComponent={SelectIndicator}
					itemComponent={SelectItem}
					onSelect={item => {
						dispatch(item.value === TYPE_AN_ID ? {type: 'type-id', step} : {type: 'choose', step, value: item.value});
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
							dispatch({type: 'input', step, text: value});
						}}
						onSubmit={() => {
							dispatch({type: 'accept', step});
						}}
					/>
				</Box>
			)}
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
	// Nothing chosen yet: the cursor starts on the first enabled profile rather than on typing.
	const start = current >= 0 ? current : profiles.findIndex(profile => profile.enabled !== false);
	return {items, initialIndex: start + 1};
}

function textOf(meta: StepMeta, state: WizardState): string | undefined {
	const {kind} = meta;
	return kind.type === 'choice' ? undefined : state.values[kind.key];
}
