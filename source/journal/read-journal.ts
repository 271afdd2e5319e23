// The journal's recent entries: only the end of the file is read (and of the previous one when the file is short),
// never a whole 5 MB file, and never through a symbolic link.
import {constants} from 'node:fs';
import {open} from 'node:fs/promises';
import {previousJournalPath} from './journal-path.js';
import {entriesOf, type JournalEntry} from './journal-lines.js';

/** About two thousand entries: more than a person scrolls through, little enough to read at every opening. */
export const JOURNAL_TAIL_BYTES = 512 * 1024;

/** The last `budget` bytes of a file as whole lines; none for a file that is missing or not a regular file. */
async function tailLines(file: string, budget: number): Promise<{lines: string[]; bytes: number}> {
	let handle;
	try {
		handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch {
		return {lines: [], bytes: 0};
	}
	try {
		const info = await handle.stat();
		if (!info.isFile() || budget <= 0) return {lines: [], bytes: 0};
		const length = Math.min(info.size, budget);
		const start = info.size - length;
		const buffer = Buffer.alloc(length);
		const {bytesRead} = await handle.read(buffer, 0, length, start);
		const lines = buffer.subarray(0, bytesRead).toString('utf8').split('\n');
		// A read that starts mid-file starts mid-line: that first piece is not a line.
		if (start > 0) lines.shift();
		return {lines: lines.filter(line => line !== ''), bytes: bytesRead};
	} finally {
		await handle.close();
	}
}

/** The journal's recent mutations, newest first. */
export async function readJournal(file: string, budget = JOURNAL_TAIL_BYTES): Promise<JournalEntry[]> {
	const current = await tailLines(file, budget);
	const previous = await tailLines(previousJournalPath(file), budget - current.bytes);
	return entriesOf([...previous.lines, ...current.lines]);
}
