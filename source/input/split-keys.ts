// Cuts the terminal's input into single keypresses. A read can hold many keys (a fast typist, key repeat, SSH,
// tmux send-keys, a paste), and a key can be split across two reads (an escape sequence, a UTF-8 character,
// the markers of a bracketed paste); what is incomplete waits for the next read. No Ink and no I/O.
import {StringDecoder} from 'node:string_decoder';
import {parseKeypress, pasteKeypress, type Keypress} from './keypress.js';

const ESC = '\u001B';
const PASTE_START = '\u001B[200~';
const PASTE_END = '\u001B[201~';
// A paste larger than this is cut: no text field needs it, and memory stays bounded.
export const MAX_PASTE_CHARS = 1_000_000;

export type KeySplitter = {
	/** The keys this read completes, in order. */
	push: (chunk: string | Uint8Array) => Keypress[];
	/** True while the input ends in a lone ESC: the caller decides, after a short wait, that it was the Esc key. */
	hasPendingEscape: () => boolean;
	/** Whatever waits for more input, as keys: a lone ESC becomes Esc. */
	flush: () => Keypress[];
};

type Cut = {unit: string; next: number} | 'incomplete';

function isCsiParameterOrIntermediate(code: number): boolean {
	return code >= 0x20 && code <= 0x3f;
}

function isFinalByte(code: number): boolean {
	return code >= 0x40 && code <= 0x7e;
}

/** The escape sequence starting at `start` (which holds ESC), or 'incomplete' when the input ends inside it. */
function cutEscapeSequence(input: string, start: number): Cut {
	const introducer = input[start + 1];
	if (introducer === undefined) return 'incomplete';
	if (introducer === '[') {
		let index = start + 2;
		// The Linux console's function keys: ESC [ [ A.
		if (input[index] === '[') {
			if (index + 1 >= input.length) return 'incomplete';
			return {unit: input.slice(start, index + 2), next: index + 2};
		}

		for (; index < input.length; index++) {
			const code = input.charCodeAt(index);
			if (isCsiParameterOrIntermediate(code)) continue;
			// rxvt's modified keys end in $ or ^, which are intermediate bytes elsewhere.
			if (isFinalByte(code) || ((input[index] === '$' || input[index] === '^') && index > start + 2)) {
				return {unit: input.slice(start, index + 1), next: index + 1};
			}

			// Not a well-formed sequence: ESC [ alone is Alt+[, the rest is read again as keys.
			return {unit: input.slice(start, start + 2), next: start + 2};
		}

		return 'incomplete';
	}

	if (introducer === 'O') {
		if (start + 2 >= input.length) return 'incomplete';
		return {unit: input.slice(start, start + 3), next: start + 3};
	}

	if (introducer === ESC) {
		// ESC ESC [ A (Alt+↑ in some terminals) or Esc pressed twice.
		const inner = input[start + 2];
		if (inner === undefined) return 'incomplete';
		if (inner === '[' || inner === 'O') {
			const rest = cutEscapeSequence(input, start + 1);
			if (rest === 'incomplete') return rest;
			return {unit: input.slice(start, rest.next), next: rest.next};
		}

		return {unit: ESC, next: start + 1};
	}

	// ESC and one character: Alt+that character, the character kept whole.
	const width = (input.codePointAt(start + 1) ?? 0) > 0xffff ? 2 : 1;
	return {unit: input.slice(start, start + 1 + width), next: start + 1 + width};
}

export function createKeySplitter(): KeySplitter {
	const decoder = new StringDecoder('utf8');
	let pending = '';
	// Text of a bracketed paste whose end marker has not arrived yet.
	let paste: string | undefined;

	const cut = (input: string): Keypress[] => {
		const keys: Keypress[] = [];
		let index = 0;
		while (index < input.length) {
			if (paste !== undefined) {
				const end = input.indexOf(PASTE_END, index);
				if (end === -1) {
					// Keep a tail that could be the start of the end marker.
					const keep = longestMarkerPrefixAtEnd(input, index);
					paste = (paste + input.slice(index, input.length - keep)).slice(0, MAX_PASTE_CHARS);
					pending = input.slice(input.length - keep);
					return keys;
				}

				keys.push(pasteKeypress((paste + input.slice(index, end)).slice(0, MAX_PASTE_CHARS)));
				paste = undefined;
				index = end + PASTE_END.length;
				continue;
			}

			if (input.startsWith(PASTE_START, index)) {
				paste = '';
				index += PASTE_START.length;
				continue;
			}

			if (input[index] === ESC) {
				const sequence = cutEscapeSequence(input, index);
				if (sequence === 'incomplete') {
					pending = input.slice(index);
					return keys;
				}

				keys.push(parseKeypress(sequence.unit));
				index = sequence.next;
				continue;
			}

			const width = (input.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
			keys.push(parseKeypress(input.slice(index, index + width)));
			index += width;
		}

		pending = '';
		return keys;
	};

	return {
		push(chunk) {
			const text = typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
			return cut(pending + text);
		},
		hasPendingEscape: () => paste === undefined && pending.startsWith(ESC),
		flush() {
			const keys: Keypress[] = [];
			while (paste === undefined && pending !== '') {
				const rest = pending;
				pending = '';
				// A lone ESC is the Esc key; ESC [ or ESC O with nothing after it is Alt+[ or Alt+O.
				const introduced = rest[1] === '[' || rest[1] === 'O';
				keys.push(parseKeypress(introduced ? rest.slice(0, 2) : ESC), ...cut(rest.slice(introduced ? 2 : 1)));
			}
			return keys;
		},
	};
}

/** How many characters at the end of input[from…] could begin the paste end marker. */
function longestMarkerPrefixAtEnd(input: string, from: number): number {
	for (let length = Math.min(PASTE_END.length - 1, input.length - from); length > 0; length--) {
		if (PASTE_END.startsWith(input.slice(input.length - length))) return length;
	}

	return 0;
}
