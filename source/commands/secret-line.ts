// A key typed on a terminal with the echo off: the characters go into the value and a • each onto the screen, so
// the key is never shown, nor left in the scrollback. Pure: one chunk of raw input at a time.
export type SecretLine = {value: string; done?: 'enter' | 'interrupt'};

const ESCAPE = '\u001B';
const ERASE = '\b \b';

/** The line after `chunk`, and what to write for it; what follows Enter or Ctrl+C in the chunk is ignored. */
export function typeSecret(line: SecretLine, chunk: string): {line: SecretLine; echo: string} {
	let {value} = line;
	let echo = '';
	const characters = [...chunk];
	for (let index = 0; index < characters.length; index++) {
		const character = characters[index]!;
		if (character === '\r' || character === '\n') return {line: {value, done: 'enter'}, echo};
		if (character === '\u0003') return {line: {value, done: 'interrupt'}, echo};
		if (character === ESCAPE) {
			// An arrow or function key: ESC [ parameters final-letter, ESC O letter, or ESC and one character.
			if (characters[index + 1] === '[') {
				index += 2;
				while (index < characters.length && !/[@-~]/.test(characters[index]!)) index++;
			} else index += characters[index + 1] === 'O' ? 2 : 1;
		} else if (character === '\u007F' || character === '\b') {
			if (value !== '') {
				value = [...value].slice(0, -1).join('');
				echo += ERASE;
			}
		} else if (character === '\u0015') {
			echo += ERASE.repeat([...value].length);
			value = '';
		} else if (character >= ' ') {
			value += character;
			echo += '•';
		}
	}
	return {line: {value}, echo};
}
