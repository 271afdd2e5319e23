import React, {useReducer} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {ApiClient} from '../../api/client.js';
import type {ExternalConnection} from '../../api/types.js';
import {initialWizardState, isProfileStep, wizardReducer} from '../../create/wizard-state.js';
import {FieldStep} from './field-step.js';
import {ReviewStep} from './review-step.js';
import {SelectIndicator, SelectItem} from './select-item.js';
import {useWizardRequests} from './use-wizard-requests.js';
import {useBindings, useInputHold, useTextCapture} from '../../input/use-keys.js';

export type CreateWizardProps = {
	client: ApiClient;
	width: number;
	height: number;
	isActive: boolean;
	/** Cancelled or discarded: back to the list, nothing sent. */
	onCancel: () => void;
	/** Telnyx answered 201 with this connection. */
	onCreated: (connection: ExternalConnection) => void;
};

const DISCARD_CHOICES = [
	{label: 'No, keep editing', value: 'keep'},
	{label: 'Yes, discard and go back to the list', value: 'discard'},
];

/**
 * Creates an external connection one question at a time. Only Esc is handled here: letters always
 * belong to the step's text field or picker, so a 'q' typed into a field is just a 'q'.
 */
export function CreateWizard({client, width, height, isActive, onCancel, onCreated}: CreateWizardProps): React.JSX.Element {
	const [state, dispatch] = useReducer(wizardReducer, undefined, initialWizardState);
	useWizardRequests(client, state, dispatch, {onCancel, onCreated});
	useBindings('wizard', {back: () => dispatch({type: 'back'})}, isActive);
	// A stray 'q' or '?' between fields must not quit or cover a half-filled wizard.
	useTextCapture();
	// Keys typed while Telnyx answers, or while the profiles load, act on what arrives, as if typed after it;
	// once the wizard is done with, they go to the screen that replaces it.
	const waiting =
		state.submit.status === 'sending' ||
		state.check.status === 'loading' ||
		(isProfileStep(state.step) && state.profiles.status === 'loading') ||
		state.submit.status === 'created' ||
		state.closed;
	useInputHold(isActive && waiting);

	if (state.confirmDiscard) {
		return (
			<Box flexDirection="column" width={width}>
				<Text bold wrap="truncate-end">
					Create an external connection
				</Text>
				<Text color="yellow" wrap="truncate-end">
					Discard everything entered in this wizard?
				</Text>
				<SelectInput
					items={DISCARD_CHOICES}
					isFocused={isActive}
					indicatorComponent={SelectIndicator}
					itemComponent={SelectItem}
					onSelect={item => {
						dispatch({type: 'confirm-discard', discard: item.value === 'discard'});
					}}
				/>
				<Text dimColor wrap="truncate-end">
					↑↓ choose · Enter select · Esc keep editing · F1 help · Ctrl+C quit
				</Text>
			</Box>
		);
	}

	const {step} = state;
	if (step === 'review') {
		return <ReviewStep state={state} dispatch={dispatch} width={width} height={height} isActive={isActive} />;
	}

	return (
		<FieldStep
			key={step}
			state={state}
			step={step}
			dispatch={dispatch}
			width={width}
			height={height}
			isActive={isActive}
		/>
	);
}
