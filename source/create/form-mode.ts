// What the step-by-step form is for: a new connection, or an edit of one whose values it starts from.
import type {ExternalConnection} from '../api/types.js';
import {valuesFromRecord} from '../fields/record-values.js';
import type {WizardValues} from '../fields/wizard-values.js';

export type FormMode = {op: 'create'} | {op: 'update'; id: string; initial: WizardValues};

export const CREATE_MODE: FormMode = {op: 'create'};

export function editMode(record: ExternalConnection): FormMode {
	return {op: 'update', id: record.id, initial: valuesFromRecord(record)};
}
