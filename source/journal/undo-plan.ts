// Whether `u` can put an entry's change back, and the request it would send; or why not, in one sentence.
import type {Inverse} from '../api/mutation-recorder.js';
import type {JournalEntry} from './journal-lines.js';

/** `redo`: the inverse of the undo itself (the entry's own change), so an undo can be undone in turn. */
export type UndoPlan = {ok: true; undo: Inverse; redo: Inverse} | {ok: false; reason: string};

/** `session`: where this session talks, and as which profile: an entry of another account is not put back with this one's key. */
export function undoPlan(entry: JournalEntry, session: {host: string; profile: string}): UndoPlan {
	const {inverse, result} = entry;
	if (!inverse) {
		return {ok: false, reason: "u: this change has no inverse (only a number's location and a connection's tags or active do)"};
	}
	if (result?.outcome !== 'ok') {
		const why = result?.outcome === 'failed' ? 'it failed, so nothing changed' : 'its outcome is unknown: read the record first';
		return {ok: false, reason: `u: nothing to put back: ${why}`};
	}
	if (entry.host !== session.host) return {ok: false, reason: `u: it was sent to ${entry.host}, and this session is on ${session.host}`};
	if (entry.profile !== session.profile) {
		return {ok: false, reason: `u: it was sent as the profile "${entry.profile}", and this session is "${session.profile}"`};
	}
	return {
		ok: true,
		undo: inverse,
		redo: {label: `redo: ${entry.method} ${entry.path}`, route: inverse.route, ids: inverse.ids, body: entry.body},
	};
}
