// The one sanitizer at the render boundary: every string ec-tui did not write itself (API data, error
// bodies, hosts, profile names, what a user typed) passes through here before it reaches a <Text>.
// Ink strips some escape sequences but passes OSC (title, clipboard, links) and C1 controls, and a
// bidi override reorders the rest of the line: each is shown as a visible escape instead of obeyed.

declare const clean: unique symbol;
/** Text that holds no control or bidi character: safe to write to the terminal as is. */
export type Clean = string & {readonly [clean]: true};

// Cc is C0, DEL and C1 exactly (U+0000–U+001F, U+007F–U+009F); Bidi_Control is the overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) and the marks U+061C, U+200E, U+200F.
const UNSAFE = /[\p{Cc}\p{Bidi_Control}]/gu;

const SHORT_ESCAPES: Record<string, string> = {'\t': '\\t', '\n': '\\n', '\r': '\\r'};

const hex = (char: string, digits: number) => char.codePointAt(0)!.toString(16).padStart(digits, '0');

function visibleEscape(char: string): string {
	const code = char.codePointAt(0)!;
	return SHORT_ESCAPES[char] ?? (code <= 0x9f ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`);
}

// No line of a terminal holds more, and measuring text for the layout (grapheme segmentation) grows
// faster than its length: a 100 KB name would freeze a screen for seconds on every frame.
const MAX_SHOWN = 2000;

function cut(text: string): string {
	if (text.length <= MAX_SHOWN) return text;
	// With the '…', at most MAX_SHOWN; never between the two halves of a surrogate pair.
	const end = /[\uD800-\uDBFF]/.test(text[MAX_SHOWN - 2]!) ? MAX_SHOWN - 2 : MAX_SHOWN - 1;
	return `${text.slice(0, end)}…`;
}

/**
 * One line of text with every control and bidi character shown as an escape (`\x1b`, `\x9d`, `\u202e`),
 * cut to MAX_SHOWN characters.
 */
export function cleanText(text: string): Clean {
	return cut(cut(text).replace(UNSAFE, visibleEscape)) as Clean;
}

/** Marks text ec-tui wrote itself (labels, headings) as clean; never for anything that came from outside. */
export function ownText(text: string): Clean {
	return text as Clean;
}

/**
 * Pretty-printed JSON as clean lines: JSON.stringify escapes C0 but leaves DEL, C1 and bidi characters
 * as they are. Those only occur inside string literals, so a `\uXXXX` escape keeps each line valid JSON
 * (unless it is longer than MAX_SHOWN and cut).
 */
export function cleanJsonLines(json: string): Clean[] {
	return json.split('\n').map(line => cut(cut(line).replace(UNSAFE, char => `\\u${hex(char, 4)}`)) as Clean);
}
