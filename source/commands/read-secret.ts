// The key for `ec-tui profile add`: typed unseen on a terminal (secret-line.ts), or the first line of stdin
// when it is a pipe or a file (`< key.txt`, a password manager's output).
import {MAX_KEY_FILE_BYTES} from '../config/key-file.js';
import {typeSecret, type SecretLine} from './secret-line.js';

export type SecretInput = NodeJS.ReadableStream & {isTTY?: boolean; setRawMode?: (raw: boolean) => unknown};

/** The key typed or piped, trimmed; undefined after Ctrl+C. */
export async function readSecret(stdin: SecretInput, prompt: NodeJS.WritableStream, question: string): Promise<string | undefined> {
	return stdin.isTTY && stdin.setRawMode ? typed(stdin, prompt, question) : piped(stdin);
}

function typed(stdin: SecretInput, prompt: NodeJS.WritableStream, question: string): Promise<string | undefined> {
	prompt.write(question);
	stdin.setRawMode!(true);
	let line: SecretLine = {value: ''};
	return new Promise(resolve => {
		const onData = (chunk: Buffer | string) => {
			const next = typeSecret(line, chunk.toString());
			line = next.line;
			prompt.write(next.echo);
			if (!line.done) return;
			stdin.off('data', onData);
			stdin.setRawMode!(false);
			stdin.pause();
			prompt.write('\n');
			resolve(line.done === 'enter' ? line.value.trim() : undefined);
		};
		stdin.on('data', onData);
		stdin.resume();
	});
}

async function piped(stdin: SecretInput): Promise<string> {
	let text = '';
	for await (const chunk of stdin) {
		text += chunk.toString();
		// A key is one short line: the rest of a large input is not kept.
		if (text.length > MAX_KEY_FILE_BYTES || text.includes('\n')) break;
	}
	return (text.split(/\r?\n/)[0] ?? '').trim();
}
