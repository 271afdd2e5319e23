// The journal's writer: one JSON line per event, appended in the order they happen, to a file only its owner may
// read, in a directory only its owner may enter. Lines go through one queue, so concurrent sends never interleave.
import {constants} from 'node:fs';
import {chmod, lstat, mkdir, open, rename} from 'node:fs/promises';
import {randomUUID} from 'node:crypto';
import path from 'node:path';
import type {MutationRecorder, MutationResult, SentMutation} from '../api/mutation-recorder.js';
import {previousJournalPath} from './journal-path.js';
import {sentLine, type ResultLine} from './journal-lines.js';

/** Past this size the file becomes journal.1.jsonl (replacing the one before) and a new one starts. */
export const JOURNAL_ROTATE_BYTES = 5 * 1024 * 1024;

export type Journal = MutationRecorder & {
	readonly file: string;
	/** Resolves once every line asked for so far is written (or has failed): before the process exits. */
	idle(): Promise<void>;
	/** The same file and the same one queue, its lines naming another profile: the account switched to. */
	as(profile: string): Journal;
};

type Options = {file: string; profile: string; rotateBytes?: number; now?: () => Date};

export function createJournal({file, profile, rotateBytes = JOURNAL_ROTATE_BYTES, now = () => new Date()}: Options): Journal {
	let queue: Promise<unknown> = Promise.resolve();
	let directoryReady = false;
	// What each id was, so its result line names the same request.
	const pending = new Map<string, Pick<ResultLine, 'profile' | 'method' | 'host' | 'path'>>();

	const prepare = async () => {
		if (directoryReady) return;
		const directory = path.dirname(file);
		await mkdir(directory, {recursive: true, mode: 0o700});
		// mkdir leaves an existing directory's mode as it was.
		await chmod(directory, 0o700);
		directoryReady = true;
	};

	const rotateIfFull = async (adding: number) => {
		const info = await lstat(file).catch(() => undefined);
		if (info?.isSymbolicLink()) throw new Error(`${file} is a symbolic link`);
		if (info && info.size > 0 && info.size + adding > rotateBytes) await rename(file, previousJournalPath(file));
	};

	const append = async (line: string) => {
		await prepare();
		const bytes = Buffer.from(`${line}\n`, 'utf8');
		await rotateIfFull(bytes.length);
		// O_NOFOLLOW: a symbolic link left at the path is refused, never written through.
		const handle = await open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
		try {
			const info = await handle.stat();
			if (!info.isFile()) throw new Error(`${file} is not a regular file`);
			if ((info.mode & 0o077) !== 0) await handle.chmod(0o600);
			await handle.write(bytes);
		} finally {
			await handle.close();
		}
	};

	const enqueue = (line: unknown): Promise<void> => {
		const written = queue.then(() => append(JSON.stringify(line)));
		queue = written.catch(() => undefined);
		return written;
	};

	const journalAs = (profile: string): Journal => ({
		file,
		async sent(mutation: SentMutation) {
			const id = randomUUID();
			const line = sentLine({time: now().toISOString(), id, profile}, mutation);
			await enqueue(line);
			pending.set(id, {profile, method: mutation.method, host: mutation.host, path: mutation.path});
			return id;
		},
		async settled(id: string, result: MutationResult) {
			const request = pending.get(id);
			if (!request) return;
			pending.delete(id);
			const line: ResultLine = {time: now().toISOString(), id, ...request, phase: 'result', ...result};
			// The mutation is done either way; a result line that cannot be written leaves the entry without one, which
			// the journal screen shows as unknown.
			await enqueue(line).catch(() => undefined);
		},
		async idle() {
			await queue;
		},
		as: journalAs,
	});
	return journalAs(profile);
}
