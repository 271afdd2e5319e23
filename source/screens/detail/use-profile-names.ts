// The shell around the profile-name cache: one cache per API client (a session: another key or base URL is
// another client), filled by one listing the first time a detail view opens, shared by every later one.
import {useEffect, useSyncExternalStore} from 'react';
import {listAllOutboundVoiceProfiles} from '../../api/all-outbound-voice-profiles.js';
import type {ApiClient} from '../../api/client.js';
import {NO_PROFILE_NAMES, needsLoading, profileNamesFailed, profileNamesLoaded, type ProfileNames} from '../../names/profile-names.js';

type Session = {cache: ProfileNames; listeners: Set<() => void>; subscribe: (listener: () => void) => () => void};

const sessions = new WeakMap<ApiClient, Session>();

function sessionOf(client: ApiClient): Session {
	let session = sessions.get(client);
	if (!session) {
		const listeners = new Set<() => void>();
		session = {
			cache: NO_PROFILE_NAMES,
			listeners,
			subscribe(listener) {
				listeners.add(listener);
				return () => listeners.delete(listener);
			},
		};
		sessions.set(client, session);
	}

	return session;
}

function update(session: Session, cache: ProfileNames): void {
	session.cache = cache;
	for (const listener of session.listeners) listener();
}

// Not aborted when the view closes: the names serve the next view, and the GET deadline bounds the wait.
function load(client: ApiClient, session: Session): void {
	if (!needsLoading(session.cache, Date.now())) return;
	update(session, {status: 'loading'});
	listAllOutboundVoiceProfiles(client).then(
		profiles => update(session, profileNamesLoaded(profiles)),
		() => update(session, profileNamesFailed(Date.now())),
	);
}

export function useProfileNames(client: ApiClient): ProfileNames {
	const session = sessionOf(client);
	const cache = useSyncExternalStore(session.subscribe, () => session.cache);
	useEffect(() => load(client, session), [client, session]);
	return cache;
}
