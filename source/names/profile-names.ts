// The session's outbound voice profile names by id, as a value: (cache, event) -> cache, no I/O.
import type {OutboundVoiceProfile} from '../api/types.js';

export type ProfileNames =
	{status: 'empty'} | {status: 'loading'} | {status: 'loaded'; names: ReadonlyMap<string, string>} | {status: 'failed'; at: number};

export const NO_PROFILE_NAMES: ProfileNames = {status: 'empty'};

// A failure (a key without access to profiles, an API down) is not asked again on every detail opened.
export const RETRY_FAILED_AFTER_MS = 60_000;

export function needsLoading(cache: ProfileNames, now: number): boolean {
	return cache.status === 'empty' || (cache.status === 'failed' && now - cache.at >= RETRY_FAILED_AFTER_MS);
}

/** Profiles whose id or name is not text are left out: their ids then show without a name. */
export function profileNamesLoaded(profiles: readonly OutboundVoiceProfile[]): ProfileNames {
	const names = new Map<string, string>();
	for (const profile of profiles as ReadonlyArray<Record<string, unknown>>) {
		const {id, name} = profile;
		if (typeof id === 'string' && typeof name === 'string' && name !== '') names.set(id, name);
	}

	return {status: 'loaded', names};
}

export function profileNamesFailed(now: number): ProfileNames {
	return {status: 'failed', at: now};
}

/** The raw name of a profile id, when the cache has it. */
export function profileNameOf(cache: ProfileNames, id: unknown): string | undefined {
	return cache.status === 'loaded' && typeof id === 'string' ? cache.names.get(id) : undefined;
}
