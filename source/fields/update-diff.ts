// Prefilled values and edited values -> what changed and the exact PATCH body: only the changed fields,
// plus what the update schema requires (outbound with its outbound_voice_profile_id). Nothing changed,
// nothing to send. Fields left as they were are not checked: what the record holds stays as it is.
import type {UpdateExternalConnectionRequest} from '../api/types.js';
import type {WizardValues} from './wizard-values.js';
import {CONNECTION_FIELDS} from './connection-fields.js';
import {pathOf, type Field} from './field.js';
import {setAt, type Json} from './paths.js';

export type Change = {field: Field; before: WizardValues[keyof WizardValues]; after: WizardValues[keyof WizardValues]};

export type UpdateDiff =
	{ok: true; changes: Change[]; body: UpdateExternalConnectionRequest | undefined} | {ok: false; step: string; message: string};

const updateFields = CONNECTION_FIELDS.filter(field => field.update !== undefined);

/** Whether the person changed this field: a value typed differently that means the same (' 10' and '10') did not. */
export function isChanged(field: Field, initial: WizardValues, values: WizardValues): boolean {
	const before = initial[field.control.key];
	const after = values[field.control.key];
	if (before === after) return false;
	const [old, now] = [field.parse(before, 'update'), field.parse(after, 'update')];
	return !(old.ok && now.ok && JSON.stringify(old.value) === JSON.stringify(now.value));
}

export function updateDiff(initial: WizardValues, values: WizardValues): UpdateDiff {
	const changes: Change[] = [];
	const body: Json = {};
	for (const field of updateFields) {
		const changed = isChanged(field, initial, values);
		if (!changed && field.update!.optional) continue;
		const result = field.parse(values[field.control.key], 'update');
		if (!result.ok) return {ok: false, step: field.id, message: result.message};
		setAt(body, pathOf(field), result.value);
		if (changed) changes.push({field, before: initial[field.control.key], after: values[field.control.key]});
	}
	return {ok: true, changes, body: changes.length === 0 ? undefined : (body as UpdateExternalConnectionRequest)};
}
