// The edit that puts a connection back as it was, for the journal's undo: only for an edit of its tags or its
// `active`, whose old values the form holds exactly. Any other field's old value may not read back the same.
import type {Inverse} from '../api/mutation-recorder.js';
import {updateDiff} from './update-diff.js';
import type {WizardValues} from './wizard-values.js';

const UNDOABLE_FIELDS: ReadonlySet<string> = new Set(['tags', 'active']);

export function updateInverse(id: string, initial: WizardValues, values: WizardValues): Inverse | undefined {
	const diff = updateDiff(initial, values);
	if (!diff.ok || diff.changes.length === 0 || !diff.changes.every(change => UNDOABLE_FIELDS.has(change.field.id))) return undefined;
	// The same diff the other way: the old values, with what the update schema requires.
	const back = updateDiff(values, initial);
	if (!back.ok || back.body === undefined) return undefined;
	const fields = diff.changes.map(change => change.field.id).join(' and ');
	return {label: `connection ${id}: ${fields} back as they were`, route: '/external_connections/{id}', ids: {id}, body: back.body};
}
