// How a wizard value reads back to a person: choices as words, ids with their profile's name,
// tags as the list that will be sent, empty optional fields as "left out".
import type {OutboundVoiceProfile} from '../../api/types.js';
import {EMPTY} from '../../components/format.js';
import {cleanText} from '../../components/sanitize.js';
import {showField} from '../../components/wire-value.js';
import type {StepMeta} from '../../create/steps.js';
import type {ProfilesState} from '../../create/wizard-state.js';
import type {WizardValues} from '../../create/wizard-values.js';
import {parseTags} from '../../validation/create-fields.js';

const LEFT_OUT = '— (left out)';

export function displayValue(meta: StepMeta, values: WizardValues, profiles: ProfilesState): string {
	const {kind} = meta;
	switch (kind.type) {
		case 'choice': {
			const value = values[kind.key];
			return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
		}

		case 'profile': {
			const id = values[kind.key].trim();
			if (id === '') return '— (not set)';
			const name = profileName(profiles, id);
			return cleanText(name === undefined ? id : `${id} (${name})`);
		}

		case 'text': {
			if (kind.key === 'tags') {
				const tags = parseTags(values.tags);
				return tags.length === 0 ? LEFT_OUT : cleanText(tags.join(', '));
			}

			const text = values[kind.key].trim();
			return text === '' ? LEFT_OUT : cleanText(text);
		}
	}
}

// Profiles come from the wire: a name of another type is shown as what it is.
function profileName(profiles: ProfilesState, id: string): string | undefined {
	const profile = profiles.status === 'loaded' ? profiles.profiles.find(candidate => candidate.id === id) : undefined;
	const name = profile ? showField(profile.name, 'text') : EMPTY;
	return name === EMPTY ? undefined : name;
}

export function profileLabel(profile: OutboundVoiceProfile): string {
	// Marked in front, where a narrow terminal cannot cut it off, and in words, not colour.
	return `${profile.enabled === false ? '⊘ disabled · ' : ''}${showField(profile.name, 'text')} · ${cleanText(profile.id)}`;
}
