import {useEffect, useState} from 'react';
import type {JournalEntry} from '../../journal/journal-lines.js';
import {readJournal} from '../../journal/read-journal.js';

export type JournalRead =
	{status: 'off'} | {status: 'loading'} | {status: 'loaded'; entries: JournalEntry[]} | {status: 'failed'; error: unknown};

/** The journal's recent entries, read when the screen opens and again for each new `round`; 'off' without a file. */
export function useJournal(file: string | undefined, round: number): JournalRead {
	const [read, setRead] = useState<JournalRead>(file === undefined ? {status: 'off'} : {status: 'loading'});
	useEffect(() => {
		if (file === undefined) return;
		let live = true;
		readJournal(file).then(
			entries => live && setRead({status: 'loaded', entries}),
			(error: unknown) => live && setRead({status: 'failed', error}),
		);
		return () => {
			live = false;
		};
	}, [file, round]);
	return read;
}
