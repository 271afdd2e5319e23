// The form's steps, in order, derived from the field table: what each one shows (label, API field, the
// spec's description, default or current value, optionality, rule) and whether its value is acceptable.
import {formFields, operationFields} from '../fields/connection-fields.js';
import type {Control, Field} from '../fields/field.js';
import {reviewText} from '../fields/review-text.js';
import {isChanged} from '../fields/update-diff.js';
import {CREATE_MODE, type FormMode} from './form-mode.js';
import type {WizardValues} from '../fields/wizard-values.js';

/** A field's path as the API spells it ('outbound.channel_limit'). */
export type FieldStepId = string;
export type StepId = FieldStepId | 'review';
export type {TextKey} from '../fields/field.js';
export type StepKind = Control;

export type StepMeta = {
	id: FieldStepId;
	label: string;
	/** The request field this step sets, as the API spells it. */
	field: string;
	description: string;
	/** Create: what an untouched step sends; edit: what the connection holds now. */
	defaultText: string;
	optional: boolean;
	rule: string;
	note?: string;
	kind: StepKind;
	/** Why the value is unacceptable, or undefined when it is fine. */
	problem(values: WizardValues): string | undefined;
};

function toStep(field: Field, mode: FormMode): StepMeta {
	const use = field[mode.op]!;
	return {
		id: field.id,
		label: field.label,
		field: field.id,
		description: field.description,
		defaultText: mode.op === 'create' ? field.defaultText : reviewText(field, mode.initial[field.control.key], 'update'),
		optional: use.optional,
		rule: use.rule,
		...(field.note && mode.op === 'create' && {note: field.note}),
		kind: field.control,
		problem(values) {
			// An edit leaves an untouched field as the record holds it, so only a changed one must keep the rule.
			if (mode.op === 'update' && use.optional && !isChanged(field, mode.initial, values)) return undefined;
			const parsed = field.parse(values[field.control.key], mode.op);
			return parsed.ok ? undefined : parsed.message;
		},
	};
}

export function stepMeta(id: FieldStepId, mode: FormMode = CREATE_MODE): StepMeta {
	const field = operationFields(mode.op).find(candidate => candidate.id === id);
	if (!field) throw new Error(`Unknown ${mode.op} step ${id}`);
	return toStep(field, mode);
}

/** The field steps that apply to these values: the inbound details of a create only when inbound was chosen. */
export function fieldSteps(values: WizardValues, mode: FormMode = CREATE_MODE): StepMeta[] {
	return formFields(values, mode.op).map(field => toStep(field, mode));
}

/** Every step that applies, review last: what "Step n of N" counts. */
export function visibleSteps(values: WizardValues, mode: FormMode = CREATE_MODE): StepId[] {
	return [...fieldSteps(values, mode).map(step => step.id), 'review'];
}

export function stepNumber(step: StepId, values: WizardValues, mode: FormMode = CREATE_MODE): {n: number; of: number} {
	const steps = visibleSteps(values, mode);
	return {n: steps.indexOf(step) + 1, of: steps.length};
}

/**
 * "Step n of N" that never jumps: until the inbound question is behind, the count is the least it can be with a
 * '+' ("Step 9 of 10+"), since answering yes adds its two steps; after it (or editing from the review), exact.
 */
export function stepCountText(step: StepId, values: WizardValues, {inboundAnswered = false} = {}, mode: FormMode = CREATE_MODE): string {
	const {n} = stepNumber(step, values, mode);
	const steps = visibleSteps(values, mode);
	const question = steps.indexOf('inbound');
	const open = !inboundAnswered && question >= 0 && steps.indexOf(step) <= question;
	const of = open ? visibleSteps({...values, inbound: false}, mode).length : steps.length;
	return `Step ${n} of ${of}${open ? '+' : ''}`;
}
