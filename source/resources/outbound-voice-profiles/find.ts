// One profile by id. The spec has no retrieve, so a detail shows the list row it was opened from; a detail
// opened again after its list's pages went (back from the profile's connections) reads the account's profiles,
// 250 a request (accounts have a handful), through the same listing the profile names use.
import {listAllOutboundVoiceProfiles} from '../../api/all-outbound-voice-profiles.js';
import type {ApiClient, RequestOptions} from '../../api/client.js';
import {ApiError} from '../../api/errors.js';
import type {OutboundVoiceProfile} from '../../api/types.js';

export async function findOutboundVoiceProfile(
	client: Pick<ApiClient, 'listOutboundVoiceProfiles'>,
	id: string,
	held: OutboundVoiceProfile | undefined,
	options: RequestOptions,
): Promise<OutboundVoiceProfile> {
	if (held !== undefined) return held;
	const found = (await listAllOutboundVoiceProfiles(client, options)).find(profile => profile.id === id);
	if (found === undefined) {
		// Asked by its list, not by id: the id itself was fine, so this is the list's answer, not a refusal.
		throw new ApiError({kind: 'malformed', message: `No outbound voice profile ${id} in the account's list any more: it was deleted.`});
	}
	return found;
}
