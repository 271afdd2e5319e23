// The create and edit form as a pure reducer: (state, event) -> state, no Ink and no I/O. Requests are
// started by the screen when the state asks for them (submit 'sending', profiles 'loading', check 'loading')
// and their results come back as events. An event that does not apply returns the very same object.
import type {
	CreateExternalConnectionRequest,
	ExternalConnection,
	OutboundVoiceProfile,
	TelnyxError,
	UpdateExternalConnectionRequest,
} from '../api/types.js';
import {createBody} from '../fields/create-body.js';
import {fieldForError} from '../fields/pointers.js';
import {updateVerdict} from '../fields/read-back.js';
import {updateDiff} from '../fields/update-diff.js';
import {CREATE_MODE, type FormMode} from './form-mode.js';
import {fieldSteps, stepMeta, visibleSteps, type FieldStepId, type StepId} from './steps.js';
import {classifySubmitError, type SubmitError, type SubmitFailure} from './submit-failure.js';
import {hasInput, INITIAL_VALUES, type WizardValues} from '../fields/wizard-values.js';

export type ProfilesState =
	| {status: 'loading'}
	/** `more`: the account has more profiles than were fetched; those can still be typed. */
	| {status: 'loaded'; profiles: OutboundVoiceProfile[]; more: boolean}
	| {status: 'failed'; message: string};

/** Shown under the field: the broken rule, or what Telnyx said about the value. */
export type FieldError = {message: string; from: 'rule' | 'server'};
export type FieldErrors = Partial<Record<FieldStepId, FieldError>>;

export type SubmitState =
	| {status: 'idle'}
	| {status: 'sending'; attempt: number; body: CreateExternalConnectionRequest | UpdateExternalConnectionRequest}
	| {status: 'failed'; attempt: number; failure: SubmitFailure}
	| {status: 'created'; attempt: number};

/**
 * After an unknown outcome, a look before resending: a create's newest connections (on request), an edit's
 * own record (at once; none when it is gone).
 */
export type CheckState =
	| {status: 'idle'}
	| {status: 'loading'; request: number}
	| {status: 'loaded'; request: number; connections: ExternalConnection[]}
	| {status: 'failed'; request: number; message: string};

export type WizardState = {
	mode: FormMode;
	step: StepId;
	values: WizardValues;
	errors: FieldErrors;
	/** On a profile step: choosing from the account's profiles, or typing an id. */
	profileMode: 'pick' | 'type';
	profiles: ProfilesState;
	/** Set while changing one field from the review: accepting returns there, Esc restores these. */
	editing: {values: WizardValues; errors: FieldErrors} | undefined;
	reviewMode: 'menu' | 'fields';
	confirmDiscard: boolean;
	/** A disabled profile was chosen: it is used only once the person confirms. */
	confirmDisabled: {step: FieldStepId; id: string} | undefined;
	submit: SubmitState;
	attempts: number;
	check: CheckState;
	/** The form is done with (cancelled or discarded): the screen hands back to where it was opened. */
	closed: boolean;
};

/** What the step on screen reports: the input layer delivers each key to the control of the step it was typed at. */
export type StepEvent = {type: 'input'; text: string} | {type: 'accept'} | {type: 'choose'; value: string} | {type: 'type-id'};

export type WizardEvent =
	| StepEvent
	| {type: 'back'}
	| {type: 'cancel'}
	| {type: 'confirm-discard'; discard: boolean}
	| {type: 'confirm-disabled'; use: boolean}
	| {type: 'edit-menu'}
	| {type: 'jump'; step: FieldStepId}
	| {type: 'submit'}
	| {type: 'submitted'; attempt: number}
	| {type: 'submit-failed'; attempt: number; error: SubmitError}
	| {type: 'profiles-loaded'; profiles: OutboundVoiceProfile[]; more: boolean}
	| {type: 'profiles-failed'; message: string}
	| {type: 'check-list'}
	| {type: 'check-loaded'; request: number; connections: ExternalConnection[]}
	| {type: 'check-failed'; request: number; message: string};

export function initialWizardState(mode: FormMode = CREATE_MODE): WizardState {
	const values = mode.op === 'create' ? INITIAL_VALUES : mode.initial;
	return {
		mode,
		step: fieldSteps(values, mode)[0]!.id,
		values,
		errors: {},
		profileMode: 'pick',
		profiles: {status: 'loading'},
		editing: undefined,
		reviewMode: 'menu',
		confirmDiscard: false,
		confirmDisabled: undefined,
		submit: {status: 'idle'},
		attempts: 0,
		check: {status: 'idle'},
		closed: false,
	};
}

export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
	switch (event.type) {
		case 'submitted':
			return isSending(state, event.attempt) ? {...state, submit: {status: 'created', attempt: event.attempt}} : state;
		case 'submit-failed':
			return isSending(state, event.attempt) ? failed(state, event.attempt, event.error) : state;
		case 'profiles-loaded':
			return withProfiles(state, {status: 'loaded', profiles: event.profiles, more: event.more});
		case 'profiles-failed':
			return withProfiles(state, {status: 'failed', message: event.message});
		case 'check-loaded':
			return isChecking(state, event.request) ? checked(state, event.request, event.connections) : state;
		case 'check-failed':
			return isChecking(state, event.request)
				? {...state, check: {status: 'failed', request: event.request, message: event.message}}
				: state;
		default:
			// Nothing the person does counts while the POST is in flight or once the wizard is over.
			if (state.closed || state.submit.status === 'sending' || state.submit.status === 'created') return state;
			return personEvent(state, event);
	}
}

function personEvent(state: WizardState, event: WizardEvent): WizardState {
	if (state.confirmDiscard) {
		if (event.type === 'confirm-discard') return event.discard ? {...state, closed: true} : {...state, confirmDiscard: false};
		return event.type === 'back' ? {...state, confirmDiscard: false} : state;
	}

	if (state.confirmDisabled) {
		const {step, id} = state.confirmDisabled;
		const asked = {...state, confirmDisabled: undefined};
		if (event.type === 'confirm-disabled') return event.use ? takeProfile(asked, step, id) : asked;
		return event.type === 'back' ? asked : state;
	}

	switch (event.type) {
		case 'input':
			return input(state, event.text);
		case 'accept':
			return accept(state);
		case 'choose':
			return choose(state, event.value);
		case 'type-id':
			return isProfileStep(state.step, state.mode) ? {...state, profileMode: 'type'} : state;
		case 'back':
			return back(state);
		case 'cancel':
			if (state.step !== 'review') return state;
			// Nothing typed, or nothing left to change (the connection is gone): no need to ask.
			return hasInput(state.values, startValues(state.mode)) && !isGone(state)
				? {...state, confirmDiscard: true}
				: {...state, closed: true};
		case 'edit-menu':
			return state.step === 'review' ? {...state, reviewMode: 'fields'} : state;
		case 'jump':
			return state.step === 'review' && fieldSteps(state.values, state.mode).some(step => step.id === event.step)
				? startEditing(state, event.step)
				: state;
		case 'submit':
			return submit(state);
		case 'check-list':
			return state.step === 'review' && state.check.status !== 'loading'
				? {...state, check: {status: 'loading', request: checkRequest(state.check) + 1}}
				: state;
		default:
			return state;
	}
}

function input(state: WizardState, text: string): WizardState {
	if (state.step === 'review') return state;
	const {kind} = stepMeta(state.step, state.mode);
	const typing = kind.type === 'text' || (kind.type === 'profile' && state.profileMode === 'type');
	if (!typing || state.values[kind.key] === text) return state;
	const values = {...state.values, [kind.key]: text};
	return {...state, values, errors: errorsAfterEdit(state.errors, state.step, values, state.mode)};
}

// An error that was fixed disappears as the value is typed: a broken rule once the value keeps it, Telnyx's
// complaint once the value it was about has changed.
function errorsAfterEdit(errors: FieldErrors, step: FieldStepId, values: WizardValues, mode: FormMode): FieldErrors {
	const error = errors[step];
	if (!error) return errors;
	const fixed = error.from === 'server' || stepMeta(step, mode).problem(values) === undefined;
	return fixed ? without(errors, step) : errors;
}

function accept(state: WizardState): WizardState {
	if (state.step === 'review') return state;
	const meta = stepMeta(state.step, state.mode);
	const problem = meta.problem(state.values);
	if (problem !== undefined) return {...state, errors: {...state.errors, [meta.id]: {message: problem, from: 'rule'}}};
	return advance({...state, errors: without(state.errors, meta.id)}, meta.id);
}

function choose(state: WizardState, value: string): WizardState {
	if (state.step === 'review') return state;
	const {kind} = stepMeta(state.step, state.mode);
	switch (kind.type) {
		case 'choice': {
			if (kind.key === 'externalSipConnection') {
				return value === 'zoom' ? accept({...state, values: {...state.values, externalSipConnection: 'zoom'}}) : state;
			}

			if (value !== 'yes' && value !== 'no') return state;
			return accept({...state, values: {...state.values, [kind.key]: value === 'yes'}});
		}

		case 'profile': {
			const listed = state.profiles.status === 'loaded' ? state.profiles.profiles.find(profile => profile.id === value) : undefined;
			// The profile an edited connection already has needs no second thought: keeping it changes nothing.
			const kept = state.mode.op === 'update' && state.mode.initial[kind.key] === value;
			if (listed?.enabled === false && !kept) return {...state, confirmDisabled: {step: state.step, id: value}};
			return takeProfile(state, state.step, value);
		}

		default:
			return state;
	}
}

function takeProfile(state: WizardState, step: FieldStepId, id: string): WizardState {
	const {kind} = stepMeta(step, state.mode);
	if (kind.type !== 'profile' || state.step !== step) return state;
	const chosen = accept({...state, values: {...state.values, [kind.key]: id}});
	// An id the API listed but the rule refuses is shown in the text field, where it can be fixed.
	return chosen.step === state.step ? {...chosen, profileMode: 'type'} : chosen;
}

function back(state: WizardState): WizardState {
	if (state.step === 'review') {
		if (state.reviewMode === 'fields') return {...state, reviewMode: 'menu'};
		const steps = visibleSteps(state.values, state.mode);
		return enter(state, steps[steps.length - 2] ?? 'review');
	}

	if (isProfileStep(state.step, state.mode) && state.profileMode === 'type' && state.profiles.status !== 'failed') {
		// The broken rule was about the text typed, which the list does not show; what Telnyx said stays.
		const error = state.errors[state.step];
		return {...state, profileMode: 'pick', errors: error?.from === 'rule' ? without(state.errors, state.step) : state.errors};
	}

	if (state.editing) {
		return {...state, values: state.editing.values, errors: state.editing.errors, editing: undefined, step: 'review'};
	}

	const steps = visibleSteps(state.values, state.mode);
	const index = steps.indexOf(state.step);
	if (index > 0) return enter(state, steps[index - 1] ?? state.step);
	return hasInput(state.values, startValues(state.mode)) ? {...state, confirmDiscard: true} : {...state, closed: true};
}

/** The exact body Submit sends: a create's, an edit's PATCH (undefined when nothing changed), or the broken rule. */
export function requestBody(
	state: WizardState,
):
	| {ok: true; body: CreateExternalConnectionRequest | UpdateExternalConnectionRequest | undefined}
	| {ok: false; step: string; message: string} {
	const {mode} = state;
	if (mode.op === 'create') return createBody(state.values);
	const diff = updateDiff(mode.initial, state.values);
	return diff.ok ? {ok: true, body: diff.body} : diff;
}

function submit(state: WizardState): WizardState {
	if (state.step !== 'review' || isGone(state)) return state;
	const built = requestBody(state);
	if (!built.ok) {
		const errors: FieldErrors = {...state.errors, [built.step]: {message: built.message, from: 'rule'}};
		return startEditing({...state, errors}, built.step);
	}

	// An edit that changes nothing sends nothing; the review says so.
	if (built.body === undefined) return state;
	const attempt = state.attempts + 1;
	return {...state, attempts: attempt, reviewMode: 'menu', submit: {status: 'sending', attempt, body: built.body}};
}

function failed(state: WizardState, attempt: number, error: SubmitError): WizardState {
	const failure = classifySubmitError(error, {onRecord: state.mode.op === 'update'});
	// An edit whose outcome is unknown reads its record back at once: that tells whether it went through.
	if (failure.kind === 'unknown-outcome' && state.mode.op === 'update') {
		return {...state, submit: {status: 'failed', attempt, failure}, check: {status: 'loading', request: checkRequest(state.check) + 1}};
	}
	const next: WizardState = {...state, submit: {status: 'failed', attempt, failure}};
	if (failure.kind !== 'rejected') return next;

	const errors = {...state.errors, ...serverErrors(failure.errors, state.mode)};
	const first = fieldSteps(state.values, state.mode).find(step => errors[step.id]?.from === 'server');
	// Errors that point nowhere the wizard knows stay on the review, listed with the failure.
	return first ? startEditing({...next, errors}, first.id) : {...next, errors};
}

/** Telnyx errors grouped by step; several on one field are shown together. */
function serverErrors(errors: TelnyxError[], mode: FormMode): FieldErrors {
	const grouped: FieldErrors = {};
	for (const error of errors) {
		const step = fieldForError(error, mode.op)?.id;
		if (!step) continue;
		const message = error.detail || error.title || `Error ${error.code}`;
		const previous = grouped[step];
		grouped[step] = {message: previous ? `${previous.message} ${message}` : message, from: 'server'};
	}

	return grouped;
}

/** The errors of a rejection that no step can show. */
export function unmappedErrors(errors: TelnyxError[], mode: FormMode = CREATE_MODE): TelnyxError[] {
	return errors.filter(error => fieldForError(error, mode.op) === undefined);
}

// An edit's read-back that shows every change made is a success like a 200: the form is done.
function checked(state: WizardState, request: number, connections: ExternalConnection[]): WizardState {
	const next: WizardState = {...state, check: {status: 'loaded', request, connections}};
	const [record] = connections;
	const {mode, submit} = state;
	if (mode.op !== 'update' || !record || submit.status !== 'failed') return next;
	return updateVerdict(record, mode.initial, state.values) === 'applied'
		? {...next, submit: {status: 'created', attempt: submit.attempt}}
		: next;
}

/** The edited connection turned out to be deleted: a 404 to the PATCH, or no record on reading it back. */
export function isGone(state: WizardState): boolean {
	const {submit, check, mode} = state;
	if (mode.op !== 'update') return false;
	return (
		(submit.status === 'failed' && submit.failure.kind === 'not-found') || (check.status === 'loaded' && check.connections.length === 0)
	);
}

function startValues(mode: FormMode): WizardValues {
	return mode.op === 'create' ? INITIAL_VALUES : mode.initial;
}

// After a step: onwards in order, or, when editing from the review, to the next field that still needs
// attention (a server complaint, or a required value the edit made necessary) and otherwise the review.
function advance(state: WizardState, from: FieldStepId): WizardState {
	if (state.editing) {
		const pending = fieldSteps(state.values, state.mode).find(
			step => state.errors[step.id]?.from === 'server' || step.problem(state.values) !== undefined,
		);
		if (pending) return enter(state, pending.id);
		return {...state, editing: undefined, step: 'review', reviewMode: 'menu'};
	}

	const steps = visibleSteps(state.values, state.mode);
	return enter(state, steps[steps.indexOf(from) + 1] ?? 'review');
}

function startEditing(state: WizardState, step: FieldStepId): WizardState {
	return enter({...state, editing: {values: state.values, errors: state.errors}, reviewMode: 'menu'}, step);
}

function enter(state: WizardState, step: StepId): WizardState {
	return {...state, step, profileMode: profileModeFor(step, state)};
}

// A value typed earlier that is not one of the listed profiles is shown as typed, ready to correct.
function profileModeFor(step: StepId, {values, profiles, mode}: WizardState): 'pick' | 'type' {
	if (step === 'review' || !isProfileStep(step, mode)) return 'pick';
	if (profiles.status === 'failed') return 'type';
	const kind = stepMeta(step, mode).kind;
	const value = kind.type === 'profile' ? values[kind.key] : '';
	if (value === '') return 'pick';
	return profiles.status === 'loaded' && profiles.profiles.some(profile => profile.id === value) ? 'pick' : 'type';
}

function withProfiles(state: WizardState, profiles: ProfilesState): WizardState {
	const next = {...state, profiles};
	// Only a failure changes the mode under the person's hands: there is no list left to pick from.
	return profiles.status === 'failed' && isProfileStep(state.step, state.mode) ? {...next, profileMode: 'type'} : next;
}

export function isProfileStep(step: StepId, mode: FormMode = CREATE_MODE): boolean {
	return step !== 'review' && stepMeta(step, mode).kind.type === 'profile';
}

function isSending(state: WizardState, attempt: number): boolean {
	return state.submit.status === 'sending' && state.submit.attempt === attempt;
}

function isChecking(state: WizardState, request: number): boolean {
	return state.check.status === 'loading' && state.check.request === request;
}

function checkRequest(check: CheckState): number {
	return check.status === 'idle' ? 0 : check.request;
}

function without(errors: FieldErrors, step: FieldStepId): FieldErrors {
	if (!(step in errors)) return errors;
	const rest = {...errors};
	delete rest[step];
	return rest;
}
