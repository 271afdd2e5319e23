// The question a destructive command asks on a terminal: y or yes goes ahead; anything else, an empty line, or
// stdin closing is no.
import {createInterface} from 'node:readline';
import type {CommandIo} from './io.js';

export function confirm(question: string, io: Pick<CommandIo, 'stdin' | 'stderr' | 'signal'>): Promise<boolean> {
	io.stderr.write(`${question} [y/N] `);
	return new Promise(resolve => {
		const lines = createInterface({input: io.stdin, terminal: false});
		lines.once('line', line => {
			resolve(/^y(es)?$/i.test(line.trim()));
			lines.close();
		});
		lines.once('close', () => resolve(false));
		io.signal.addEventListener('abort', () => lines.close(), {once: true});
	});
}
