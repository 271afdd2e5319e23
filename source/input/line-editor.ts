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
const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

// Positions are counted in code points, but the value is walked in UTF-16 units from the cursor rather than
// spread into an array: a pasted 10,000 numbers (130,000 characters) would cost every key 50 ms.
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The UTF-16 index of code point `cursor` (clamped to the end). */
function indexOf(value: string, cursor: number): number {
	let index = 0;
	for (let count = 0; count < cursor && index < value.length; count++) index += isHigh(value.charCodeAt(index)) ? 2 : 1;
	return index;
}

function codePoints(text: string): number {
	let count = 0;
	// A low surrogate after a high one is the second half of the same code point.
	for (let index = 0; index < text.length; index++)
		if (!(isLow(text.charCodeAt(index)) && index > 0 && isHigh(text.charCodeAt(index - 1)))) count++;
	return count;
}

const charAt = (value: string, index: number) => (isHigh(value.charCodeAt(index)) ? value.slice(index, index + 2) : value.charAt(index));
const charBefore = (value: string, index: number) =>
	index >= 2 && isLow(value.charCodeAt(index - 1)) && isHigh(value.charCodeAt(index - 2))
		? value.slice(index - 2, index)
		: value.charAt(index - 1);

/** A position as both: code points (the cursor) and UTF-16 units (for slicing). */
type At = {cursor: number; index: number};

function back(value: string, at: At, keepGoing: (char: string) => boolean): At {
	let {cursor, index} = at;
	while (index > 0) {
		const char = charBefore(value, index);
		if (!keepGoing(char)) break;
		index -= char.length;
		cursor--;
	}
	return {cursor, index};
}

function forward(value: string, at: At, keepGoing: (char: string) => boolean): At {
	let {cursor, index} = at;
	while (index < value.length) {
		const char = charAt(value, index);
		if (!keepGoing(char)) break;
		index += char.length;
		cursor++;
	}
	return {cursor, index};
}

const wordStartBefore = (value: string, at: At) =>
	back(
		value,
		back(value, at, char => !isWordChar(char)),
		isWordChar,
	);
const wordEndAfter = (value: string, at: At) =>
	forward(
		value,
		forward(value, at, char => !isWordChar(char)),
		isWordChar,
	);
// Ctrl+W deletes back to the previous whitespace, as readline's unix-word-rubout does (a URL path segment
// at a time would surprise nobody, but bash users expect whitespace).
const whitespaceWordStartBefore = (value: string, at: At) => back(value, back(value, at, isSpace), char => !isSpace(char));

function cut(value: string, from: At, to: At): LineState {
	return {value: value.slice(0, from.index) + value.slice(to.index), cursor: from.cursor};
}

export function insertText(state: LineState, text: string): LineState {
	const clean = cleanInsertion(text);
	if (clean === '') return state;
	const index = indexOf(state.value, state.cursor);
	const cursor = codePoints(state.value.slice(0, index));
	return {value: state.value.slice(0, index) + clean + state.value.slice(index), cursor: cursor + codePoints(clean)};
}

export function applyEdit(state: LineState, action: EditAction): LineState {
	const {value} = state;
	const index = indexOf(value, Math.max(0, state.cursor));
	const at: At = {cursor: index === value.length ? codePoints(value) : Math.max(0, state.cursor), index};
	const start: At = {cursor: 0, index: 0};
	const end = (): At => ({cursor: codePoints(value), index: value.length});
	switch (action) {
		case 'left':
			return {value, cursor: Math.max(0, at.cursor - 1)};
		case 'right':
			return {value, cursor: index < value.length ? at.cursor + 1 : at.cursor};
		case 'home':
			return {value, cursor: 0};
		case 'end':
			return {value, cursor: end().cursor};
		case 'wordLeft':
			return {value, cursor: wordStartBefore(value, at).cursor};
		case 'wordRight':
			return {value, cursor: wordEndAfter(value, at).cursor};
		case 'backspace':
			return at.cursor === 0 ? {value, cursor: 0} : cut(value, {cursor: at.cursor - 1, index: index - charBefore(value, index).length}, at);
		case 'deleteForward':
			return index < value.length
				? cut(value, at, {cursor: at.cursor + 1, index: index + charAt(value, index).length})
				: {value, cursor: at.cursor};
		case 'killToStart':
			return cut(value, start, at);
		case 'killToEnd':
			return cut(value, at, end());
		case 'killWordBack':
			return cut(value, whitespaceWordStartBefore(value, at), at);
		case 'killWordForward':
			return cut(value, at, wordEndAfter(value, at));
	}
}
