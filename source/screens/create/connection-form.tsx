import React, {useReducer} from 'react';
import type {ApiClient} from '../../api/client.js';
import type {ExternalConnection} from '../../api/types.js';
import type {FormMode} from '../../create/form-mode.js';
import {initialWizardState, isProfileStep, wizardReducer} from '../../create/wizard-state.js';
import {useBindings, useInputHold, useTextCapture} from '../../input/use-keys.js';
import {ConfirmPrompt} from '../confirm/confirm-prompt.js';
import {ownText} from '../../text/sanitize.js';
import {FieldStep} from './field-step.js';
import {formTitle} from './field-lines.js';
import {ReviewStep} from './review-step.js';
import {useWizardRequests} from './use-wizard-requests.js';

export type ConnectionFormProps = {
	client: ApiClient;
	mode: FormMode;
	width: number;
	height: number;
	isActive: boolean;
	/** Cancelled or discarded: back to where it was opened, nothing sent. */
	onCancel: () => void;
	/** Telnyx answered with the created or updated connection. */
	onDone: (connection: ExternalConnection) => void;
};

/**
 * Creates or edits an external connection one question at a time. Only Esc is handled here: letters always
 * belong to the step's text field or picker, so a 'q' typed into a field is just a 'q'.
 */
export function ConnectionForm({client, mode, width, height, isActive, onCancel, onDone}: ConnectionFormProps): React.JSX.Element {
	const [state, dispatch] = useReducer(wizardReducer, mode, initialWizardState);
	useWizardRequests(client, state, dispatch, {onCancel, onDone});
	const bound = useBindings('wizard', {back: () => dispatch({type: 'back'})}, isActive && !state.confirmDiscard);
	// A stray 'q' or '?' between fields must not quit or cover a half-filled form.
	useTextCapture();
	// Keys typed while Telnyx answers, or while the profiles load, act on what arrives, as if typed after it;
	// once the form is done with, they go to the screen that replaces it.
	const waiting =
		state.submit.status === 'sending' ||
		state.check.status === 'loading' ||
		(isProfileStep(state.step, state.mode) && state.profiles.status === 'loading') ||
		state.submit.status === 'created' ||
		state.closed;
	useInputHold(isActive && waiting);

	if (state.confirmDiscard) {
		const creating = state.mode.op === 'create';
		return (
			<ConfirmPrompt
				title={formTitle(state)}
				question={ownText(creating ? 'Discard everything entered in this wizard?' : 'Discard the changes made in this form?')}
				cancelLabel={ownText('No, keep editing')}
				confirmLabel={ownText(creating ? 'Yes, discard and go back to the list' : 'Yes, discard them and go back to the connection')}
				width={width}
				isActive={isActive}
				onConfirm={() => dispatch({type: 'confirm-discard', discard: true})}
				onCancel={() => dispatch({type: 'confirm-discard', discard: false})}
			/>
		);
	}

	const {step} = state;
	if (step === 'review') {
		return <ReviewStep state={state} bound={bound} dispatch={dispatch} width={width} height={height} isActive={isActive} />;
	}

	return (
		<FieldStep key={step} state={state} step={step} bound={bound} dispatch={dispatch} width={width} height={height} isActive={isActive} />
	);
}
