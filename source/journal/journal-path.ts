import path from 'node:path';
import os from 'node:os';

/** The XDG state folder's ec-tui directory: $XDG_STATE_HOME/ec-tui, else ~/.local/state/ec-tui. */
export function journalDirectory(env: NodeJS.ProcessEnv): string {
	const base = env['XDG_STATE_HOME'] || path.join(os.homedir(), '.local', 'state');
	return path.join(base, 'ec-tui');
}

export function journalPath(env: NodeJS.ProcessEnv): string {
	return path.join(journalDirectory(env), 'journal.jsonl');
}

/** The one previous file kept after a rotation. */
export function previousJournalPath(file: string): string {
	return file.replace(/\.jsonl$/, '.1.jsonl');
}
