// How a form value reads back to a person (the field table's review text), with a profile's name.
import type {OutboundVoiceProfile} from '../../api/types.js';
import {EMPTY} from '../../text/format.js';
import {clean, cleanText, type Clean} from '../../text/sanitize.js';
import {showField} from '../../components/wire-value.js';
import type {StepMeta} from '../../create/steps.js';
import type {ProfilesState} from '../../create/wizard-state.js';
import type {WizardValues} from '../../fields/wizard-values.js';
import {connectionField} from '../../fields/connection-fields.js';
import type {Operation} from '../../fields/field.js';
import {reviewText} from '../../fields/review-text.js';

/** A form value as the review and the edit menu show it, sanitized; a profile id with its profile's name. */
export function displayValue(meta: StepMeta, values: WizardValues, profiles: ProfilesState, operation: Operation = 'create'): string {
	const value = values[meta.kind.key];
	const text = reviewText(connectionField(meta.id), value, operation);
	if (meta.kind.type !== 'profile' || typeof value !== 'string' || value.trim() === '') return cleanText(text);
	const name = profileName(profiles, value.trim());
	return cleanText(name === undefined ? text : `${text} (${name})`);
}

// Profiles come from the wire: a name of another type is shown as what it is.
function profileName(profiles: ProfilesState, id: string): string | undefined {
	const profile = profiles.status === 'loaded' ? profiles.profiles.find(candidate => candidate.id === id) : undefined;
	const name = profile ? showField(profile.name, 'text') : EMPTY;
	return name === EMPTY ? undefined : name;
}

export function profileLabel(profile: OutboundVoiceProfile): Clean {
	// Marked in front, where a narrow terminal cannot cut it off, and in words, not colour.
	const label = clean`${showField(profile.name, 'text')} · ${cleanText(profile.id)}`;
	return profile.enabled === false ? clean`⊘ disabled · ${label}` : label;
}
