// Form values -> the exact CreateExternalConnectionRequest: every field checked in the form's order, then
// each value set at its path; an optional field left empty is omitted (never '').
import type {CreateExternalConnectionRequest} from '../api/types.js';
import type {WizardValues} from './wizard-values.js';
import {CONNECTION_FIELDS, formFields} from './connection-fields.js';
import {pathOf} from './field.js';
import {setAt, type Json} from './paths.js';

export type BuildResult = {ok: true; body: CreateExternalConnectionRequest} | {ok: false; step: string; message: string};

/** The first invalid field (in the form's order) is reported instead of a body: nothing invalid is ever sent. */
export function createBody(values: WizardValues): BuildResult {
	const asked = formFields(values, 'create');
	const parsed = new Map<string, unknown>();
	for (const field of asked) {
		const result = field.parse(values[field.control.key], 'create');
		if (!result.ok) return {ok: false, step: field.id, message: result.message};
		parsed.set(field.id, result.value);
	}

	const body: Json = {};
	// The table's order is the body's.
	for (const field of CONNECTION_FIELDS) {
		const value = parsed.get(field.id);
		if (value !== undefined) setAt(body, pathOf(field), value);
	}
	return {ok: true, body: body as CreateExternalConnectionRequest};
}
