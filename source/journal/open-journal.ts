import {createJournal, type Journal} from './journal-file.js';
import {journalPath} from './journal-path.js';

/**
 * The journal a client records to, or undefined with --no-journal. `profile` names the account in each line:
 * 'demo' for the demo sandbox, the saved profile's name, or KEY_FOR_THE_RUN.
 */
export function openJournal(env: NodeJS.ProcessEnv, {profile, off}: {profile: string; off: boolean}): Journal | undefined {
	return off ? undefined : createJournal({file: journalPath(env), profile});
}

/** A key given for the run (TELNYX_API_KEY, --api-key-file, typed at the start screen) is no saved profile's. */
export const KEY_FOR_THE_RUN = '(key for the run)';

/** The profile name a session's journal lines carry: 'demo', the saved profile's, or KEY_FOR_THE_RUN. */
export function journalProfile(demo: boolean, profile: string | undefined): string {
	return demo ? 'demo' : (profile ?? KEY_FOR_THE_RUN);
}
