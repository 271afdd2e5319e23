import {EventEmitter} from 'node:events';

/**
 * The stdin Ink is given: the input layer reads the terminal itself, so Ink must find nothing to read, yet
 * believe raw mode is available (its useInput, inside ink-select-input, asks for it).
 */
export function quietStdin(): NodeJS.ReadStream {
	const stdin = Object.assign(new EventEmitter(), {
		isTTY: true,
		setRawMode: () => stdin,
		setEncoding: () => stdin,
		ref: () => stdin,
		unref: () => stdin,
		resume: () => stdin,
		pause: () => stdin,
		read: () => null,
	});
	return stdin as unknown as NodeJS.ReadStream;
}
