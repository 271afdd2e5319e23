// Records as JSON text, the API's values exactly: only characters a terminal would obey or draw at a width no two
// terminals agree on (DEL, C1 controls, bidi and other format characters, U+2028/U+2029), which JSON.stringify
// leaves as they are, are written as escapes. A JSON reader gets the same string back. Pure.

// Every one occurs inside a string literal only: JSON's own syntax is ASCII.
const UNSAFE = /[\u007f-\u009f\u2028\u2029\p{Cf}]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

const hex4 = (code: number) => code.toString(16).padStart(4, '0');

/** `\uXXXX`, as a surrogate pair past the BMP (what JSON has). */
export const jsonEscape = (char: string) => [...Array(char.length).keys()].map(index => `\\u${hex4(char.charCodeAt(index))}`).join('');

/** `text` (JSON or YAML, whose double-quoted strings take the same escapes) with each unsafe character escaped by `escape`. */
export function escapeUnsafe(text: string, escape: (char: string) => string = jsonEscape): string {
	return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, escape) : text;
}

/** One value as JSON: on one line, or indented by `indent` spaces. */
export function jsonText(value: unknown, indent?: number): string {
	return escapeUnsafe(JSON.stringify(value, null, indent));
}
