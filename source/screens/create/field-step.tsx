import React, {type Dispatch} from 'react';
import {Box, Text} from 'ink';
import {stepMeta, type FieldStepId, type StepMeta} from '../../create/steps.js';
import type {WizardEvent, WizardState} from '../../create/wizard-state.js';
import {profileLabel} from './display-values.js';
import {layoutFieldStep} from './field-lines.js';
import {displayWidth, truncate} from '../../text/format.js';
import {KeyFooter} from '../../components/key-footer.js';
import {Menu, MENU_BOUND} from '../../components/menu.js';
import {TextField} from '../../components/text-field.js';
import {TEXT_FIELD_BOUND} from '../../components/use-line-field.js';
import type {Bound} from '../../input/bindings.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';

export type FieldStepProps = {
	state: WizardState;
	step: FieldStepId;
	/** The form's own keys (Esc), for the footer. */
	bound: Bound;
	dispatch: Dispatch<WizardEvent>;
	width: number;
	height: number;
	isActive: boolean;
};

type Choice = {label: Clean; value: string};

// Profile ids are digits, so this cannot collide with one. It is the first item: a digit typed at the
// picker selects by position, and '1' (how most ids start) then opens the text field.
const TYPE_AN_ID = 'type-an-id';
const PROMPT = '› ';

/** One question: its label, API field, description, default and rule, the control, and what went wrong. */
export function FieldStep({state, step, bound, dispatch, width, height, isActive}: FieldStepProps): React.JSX.Element {
	const meta = stepMeta(step, state.mode);
	const choices = choicesFor(meta, state);
	const text = choices ? undefined : textOf(meta, state);
	// Rows the field would fill: measured on what a few rows can show, so a long paste costs no more.
	const fieldWidth = Math.max(1, width - PROMPT.length);
	const controlNeeds = choices
		? choices.items.length
		: Math.ceil((displayWidth(cleanText((text ?? '').slice(0, fieldWidth * height))) + 1) / fieldWidth);
	const layout = layoutFieldStep(state, step, {width, height}, controlNeeds);
	// A picker cut short says so on its last row: ink-select-input wraps around, so the rest is either way.
	const hidden =
		choices && choices.items.length > layout.controlRows && layout.controlRows > 1 ? choices.items.length - layout.controlRows + 1 : 0;

	if (state.confirmDisabled) {
		return <ConfirmDisabled state={state} bound={bound} width={width} isActive={isActive} dispatch={dispatch} title={layout.title} />;
	}

	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{layout.title}</Text>
			<Text color="cyan">{layout.fieldLine}</Text>
			{layout.description.map((line, index) => (
				<Text key={`d${index}`} dimColor>
					{line}
				</Text>
			))}
			{layout.defaultLine === undefined ? null : <Text dimColor>{layout.defaultLine}</Text>}
			{layout.rule.map((line, index) => (
				<Text key={`r${index}`} dimColor>
					{line}
				</Text>
			))}
			{layout.spacer ? <Text> </Text> : null}
			{choices ? (
				<Menu
					// Remounted per step and per list, so the cursor starts on the current value.
					key={`${step}-${choices.items.length}`}
					items={choices.items}
					initialIndex={choices.initialIndex}
					limit={hidden > 0 ? layout.controlRows - 1 : layout.controlRows}
					width={width}
					isFocused={isActive}
					onSelect={value => {
						dispatch(value === TYPE_AN_ID ? {type: 'type-id'} : {type: 'choose', value});
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
						width={fieldWidth}
						rows={layout.controlRows}
						placeholder={ownText(meta.kind.type === 'profile' ? 'digits, e.g. 1293384261075731499' : 'empty = left out')}
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
			{hidden > 0 ? <Text dimColor>{truncate(clean`  ↑↓ ${hidden} more (${choices!.items.length} in all)`, width)}</Text> : null}
			{layout.notes.map((note, index) => (
				<Text key={`n${index}`} color={note.color}>
					{note.text}
				</Text>
			))}
			{layout.errors.map((line, index) => (
				<Text key={`e${index}`} color="red">
					{line}
				</Text>
			))}
			<KeyFooter
				bound={[choices ? {...MENU_BOUND, hints: {choose: 'Enter accept'}} : TEXT_FIELD_BOUND, {...bound, hints: {back: layout.escHint}}]}
				width={width}
				typing
			/>
		</Box>
	);
}

function choicesFor(meta: StepMeta, state: WizardState): {items: Choice[]; initialIndex: number} | undefined {
	const {kind} = meta;
	if (kind.type === 'choice') {
		if (kind.key === 'externalSipConnection') return {items: [{label: ownText('zoom'), value: 'zoom'}], initialIndex: 0};
		const items = [
			{label: ownText('Yes'), value: 'yes'},
			{label: ownText('No'), value: 'no'},
		];
		return {items, initialIndex: state.values[kind.key] ? 0 : 1};
	}

	if (kind.type !== 'profile' || state.profileMode === 'type') return undefined;
	const profiles = state.profiles.status === 'loaded' ? state.profiles.profiles : [];
	const items = [
		{label: ownText('Type an id…'), value: TYPE_AN_ID},
		...profiles.map(profile => ({label: profileLabel(profile), value: profile.id})),
	];
	const current = profiles.findIndex(profile => profile.id === state.values[kind.key]);
	// Nothing chosen yet, as the screen's 'Default: none' says: the cursor starts on no profile, but on typing one.
	return {items, initialIndex: current + 1};
}

const DISABLED_CHOICES = [
	{label: ownText('No, pick another profile'), value: 'no'},
	{label: ownText('Yes, use the disabled profile'), value: 'yes'},
];

/** A disabled profile was chosen: used only when confirmed, since calls through it are refused until it is enabled. */
function ConfirmDisabled({
	state,
	bound,
	width,
	isActive,
	dispatch,
	title,
}: {
	state: WizardState;
	bound: Bound;
	width: number;
	isActive: boolean;
	dispatch: Dispatch<WizardEvent>;
	title: Clean;
}) {
	const id = state.confirmDisabled?.id ?? '';
	const profile = state.profiles.status === 'loaded' ? state.profiles.profiles.find(candidate => candidate.id === id) : undefined;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{truncate(title, width)}</Text>
			<Text color="yellow">{truncate(clean`⚠ ${profile ? profileLabel(profile) : cleanText(id)}`, width)}</Text>
			<Text>{truncate(ownText('This profile is disabled: calls through it are refused until it is enabled. Use it anyway?'), width)}</Text>
			<Menu
				items={DISABLED_CHOICES}
				width={width}
				isFocused={isActive}
				onSelect={value => {
					dispatch({type: 'confirm-disabled', use: value === 'yes'});
				}}
			/>
			<KeyFooter bound={[MENU_BOUND, {...bound, hints: {back: 'Esc back to the profiles'}}]} width={width} typing />
		</Box>
	);
}

function textOf(meta: StepMeta, state: WizardState): string | undefined {
	const {kind} = meta;
	return kind.type === 'choice' ? undefined : state.values[kind.key];
}
