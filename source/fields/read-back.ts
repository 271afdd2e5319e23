// After an update whose outcome is unknown, the record read back tells what happened: every changed field
// holds its new value (it went through), every one its old value (it did not), or neither.
import type {ExternalConnection} from '../api/types.js';
import type {WizardValues} from './wizard-values.js';
import {pathOf, type Field} from './field.js';
import {getAt} from './paths.js';
import {updateDiff} from './update-diff.js';

export type UpdateVerdict = 'applied' | 'not-applied' | 'mixed';

export function updateVerdict(record: ExternalConnection, initial: WizardValues, values: WizardValues): UpdateVerdict {
	const diff = updateDiff(initial, values);
	const changes = diff.ok ? diff.changes : [];
	const holds = (field: Field, value: WizardValues[keyof WizardValues]) => {
		const held = field.parse(field.fromRecord!(getAt(record, pathOf(field))), 'update');
		const meant = field.parse(value, 'update');
		return held.ok && meant.ok && JSON.stringify(held.value) === JSON.stringify(meant.value);
	};
	if (changes.every(change => holds(change.field, change.after))) return 'applied';
	if (changes.every(change => holds(change.field, change.before))) return 'not-applied';
	return 'mixed';
}
