// How a form value reads back to a person on the review and in the edit menu: choices as words, tags as
// the list that will be sent, an empty optional value as left out (create) or none (update). Not yet
// sanitized: the screen does that, and adds a profile's name.
import type {WizardValues} from './wizard-values.js';
import {parseTags} from '../validation/create-fields.js';
import type {Field, Operation} from './field.js';

export function reviewText(field: Field, value: WizardValues[keyof WizardValues], operation: Operation): string {
	const empty = operation === 'create' ? '— (left out)' : '— (none)';
	const {control} = field;
	if (control.type === 'choice') return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
	const typed = typeof value === 'string' ? value : '';
	if (control.type === 'profile') return typed.trim() === '' ? '— (not set)' : typed.trim();
	if (control.key === 'tags') {
		const tags = parseTags(typed);
		return tags.length === 0 ? empty : tags.join(', ');
	}
	return typed.trim() === '' ? empty : typed.trim();
}
