// The 422 of PATCH …/locations/{location_id}, which the spec documents as one thing only: the
// location already has an accepted emergency address.
import {isApiError} from '../../api/errors.js';
import {ownText} from '../../text/sanitize.js';
import type {Explanation} from '../explanation.js';

const ALREADY_ACCEPTED = /already has an accepted/i;

/** Telnyx refused the change because Teams already accepted an address for the location. */
export function isAlreadyAccepted(error: unknown): boolean {
	if (!isApiError(error) || error.kind !== 'http' || error.status !== 422) return false;
	// A 422 about the request itself (a malformed id) names its field and says so in its detail.
	return error.errors.length === 0 || error.errors.some(e => ALREADY_ACCEPTED.test(`${e.title} ${e.detail ?? ''}`));
}

export function explainLocationRefusal(error: unknown): Explanation | undefined {
	if (!isAlreadyAccepted(error)) return undefined;
	return {
		lines: [
			ownText(
				'Microsoft Teams has already accepted an emergency address for this location, and an accepted address cannot be replaced through the API.',
			),
			ownText('To use another address: change it in the Teams admin center, or move the numbers to a location that has none yet.'),
		],
	};
}
