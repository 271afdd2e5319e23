// The account menu's lines: each saved profile with its base URL and read-only, the one in use marked. Never a
// key (the profiles file holds none). Pure.
import {DEFAULT_BASE_URL} from '../../api/base-url.js';
import type {Read} from '../../config/profiles-file.js';
import type {SavedProfiles} from '../../config/profiles.js';
import type {Choice} from '../../resources/civic-addresses/location-choices.js';
import {cleanText} from '../../text/sanitize.js';

export type SavedAccounts = Read<SavedProfiles>;

export function accountChoices(saved: SavedProfiles, current: string | undefined): {items: Choice[]; initialIndex: number} {
	const items = saved.profiles.map(profile => ({
		label: cleanText(
			[
				profile.name,
				profile.baseUrl ?? DEFAULT_BASE_URL,
				...(profile.readOnly ? ['read-only'] : []),
				...(profile.name === current ? ['(in use)'] : []),
			].join(' · '),
		),
		value: profile.name,
	}));
	return {
		items,
		initialIndex: Math.max(
			0,
			saved.profiles.findIndex(profile => profile.name === current),
		),
	};
}
