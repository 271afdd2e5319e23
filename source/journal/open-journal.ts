import {createJournal, type Journal} from './journal-file.js';
import {journalPath} from './journal-path.js';

/**
 * The journal a client records to, or undefined with --no-journal. `profile` names the account in each line:
 * 'demo' for the demo sandbox, else the profile's name ('default' until there are named ones).
 */
export function openJournal(env: NodeJS.ProcessEnv, {profile, off}: {profile: string; off: boolean}): Journal | undefined {
	return off ? undefined : createJournal({file: journalPath(env), profile});
}

/** The profile name a journal line carries for a run without named profiles. */
export function profileNameOf(demo: boolean): string {
	return demo ? 'demo' : 'default';
}
