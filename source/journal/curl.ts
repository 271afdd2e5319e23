// An entry as the curl command that sends it again: the key stays in the shell, as $TELNYX_API_KEY, never written.
import {isLoopbackHost} from '../config/loopback.js';
import type {JournalEntry} from './journal-lines.js';

/** A word for a POSIX shell: single-quoted, each ' closed, escaped and reopened. */
function quoted(word: string): string {
	return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The entry's host names no scheme: the sandbox and a local mock listen on plain http, Telnyx on https. */
function urlOf(entry: Pick<JournalEntry, 'host' | 'path'>): string {
	const hostname = entry.host.replace(/:\d+$/, '');
	return `${isLoopbackHost(hostname) ? 'http' : 'https'}://${entry.host}${entry.path}`;
}

export function curlCommand(entry: Pick<JournalEntry, 'method' | 'host' | 'path' | 'body'>): string {
	const words = [
		'curl',
		'-X',
		entry.method,
		quoted(urlOf(entry)),
		'-H',
		'"Authorization: Bearer $TELNYX_API_KEY"',
		...(entry.body === undefined ? [] : ['-H', quoted('Content-Type: application/json'), '-d', quoted(JSON.stringify(entry.body))]),
	];
	return words.join(' ');
}
