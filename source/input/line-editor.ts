// Readline editing of a one-line value, pure: the cursor counts code points, so a character outside the
// Basic Multilingual Plane is never cut in half. No control character or escape sequence ever enters a value.
import type {ActionOf} from './bindings.js';

export type LineState = {value: string; cursor: number};
export type EditAction = Exclude<ActionOf<'textField'>, 'submit'>;

const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;
const LINE_BREAKS = /\r\n|[\r\n\t]/gu;

/** What may enter a one-line value: line breaks and tabs become spaces, other controls are dropped. */
export function cleanInsertion(text: string): string {
	return text.replace(LINE_BREAKS, ' ').replace(CONTROL_OR_BIDI, '');
}

export function lineAtEnd(value: string): LineState {
	return {value, cursor: [...value].length};
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_]/u.test(char);

function wordStartBefore(chars: string[], cursor: number): number {
	let index = cursor;
	while (index > 0 && !isWordChar(chars[index - 1])) index--;
	while (index > 0 && isWordChar(chars[index - 1])) index--;
	return index;
}

function wordEndAfter(chars: string[], cursor: number): number {
	let index = cursor;
	while (index < chars.length && !isWordChar(chars[index])) index++;
	while (index < chars.length && isWordChar(chars[index])) index++;
	return index;
}

// Ctrl+W deletes back to the previous whitespace, as readline's unix-word-rubout does (a URL path segment
// at a time would surprise nobody, but bash users expect whitespace).
function whitespaceWordStartBefore(chars: string[], cursor: number): number {
	let index = cursor;
	while (index > 0 && /\s/u.test(chars[index - 1]!)) index--;
	while (index > 0 && !/\s/u.test(chars[index - 1]!)) index--;
	return index;
}

function cut(chars: string[], from: number, to: number): LineState {
	return {value: [...chars.slice(0, from), ...chars.slice(to)].join(''), cursor: from};
}

export function insertText(state: LineState, text: string): LineState {
	const clean = cleanInsertion(text);
	if (clean === '') return state;
	const chars = [...state.value];
	const cursor = Math.min(state.cursor, chars.length);
	return {value: [...chars.slice(0, cursor), clean, ...chars.slice(cursor)].join(''), cursor: cursor + [...clean].length};
}

export function applyEdit(state: LineState, action: EditAction): LineState {
	const chars = [...state.value];
	const cursor = Math.max(0, Math.min(state.cursor, chars.length));
	switch (action) {
		case 'left':
			return {value: state.value, cursor: Math.max(0, cursor - 1)};
		case 'right':
			return {value: state.value, cursor: Math.min(chars.length, cursor + 1)};
		case 'home':
			return {value: state.value, cursor: 0};
		case 'end':
			return {value: state.value, cursor: chars.length};
		case 'wordLeft':
			return {value: state.value, cursor: wordStartBefore(chars, cursor)};
		case 'wordRight':
			return {value: state.value, cursor: wordEndAfter(chars, cursor)};
		case 'backspace':
			return cursor === 0 ? {value: state.value, cursor} : cut(chars, cursor - 1, cursor);
		case 'deleteForward':
			return cut(chars, cursor, Math.min(chars.length, cursor + 1));
		case 'killToStart':
			return cut(chars, 0, cursor);
		case 'killToEnd':
			return cut(chars, cursor, chars.length);
		case 'killWordBack':
			return cut(chars, whitespaceWordStartBefore(chars, cursor), cursor);
		case 'killWordForward':
			return cut(chars, cursor, wordEndAfter(chars, cursor));
	}
}
