// The one sanitizer at the render boundary: every string ec-tui did not write itself (API data, error
// bodies, hosts, profile names, what a user typed) passes through here before it reaches a <Text>.
// Ink strips some escape sequences but passes OSC (title, clipboard, links) and C1 controls, and a
// bidi override reorders the rest of the line: each is shown as a visible escape instead of obeyed.
// Code points whose width terminals disagree on (a soft hyphen is 0 columns to string-width and 1 to
// wcwidth and tmux; a Hangul filler 0 or 2) are shown escaped too, so that the width the layout counts is
// the width every terminal draws.
import stringWidth from 'string-width';

declare const cleanBrand: unique symbol;
/** Text that holds no control, bidi or width-ambiguous character: safe to write to the terminal as is. */
export type Clean = string & {readonly [cleanBrand]: true};

// Always escaped, outside an emoji sequence whose width all agree on:
// - Cc: C0, DEL and C1 (U+0000–U+001F, U+007F–U+009F);
// - Cf: format characters, bidi controls and marks included, soft hyphen, zero-width space and joiners,
//   BOM, tags, Arabic number signs (0, 1 or 2 columns depending on the terminal);
// - Cs: a lone surrogate (the terminal gets U+FFFD); Cn: unassigned here, so of no agreed width;
// - Zl, Zp: U+2028, U+2029, which some terminals take as a line break;
// - Default_Ignorable_Code_Point: Hangul fillers (U+115F, U+3164, U+FFA0: 0 columns to string-width,
//   1 or 2 to wcwidth), variation selectors, the combining grapheme joiner;
// - Hangul conjoining vowels and finals (U+1160–U+11FF, U+D7B0–U+D7FF): 0 columns to wcwidth, 1 alone to
//   string-width;
// - U+3248–U+324F, circled numbers whose East Asian Width changed: 1 column to string-width, 2 to wcwidth.
const ESCAPED = /[\p{Cc}\p{Cf}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u1160-\u11FF\uD7B0-\uD7FF\u3248-\u324F]/u;
// What may make a cluster's width differ from the sum of its code points': joiners, variation selectors,
// skin-tone modifiers, tags and the keycap.
// Alternatives, not one class: a class of joiners is what no-misleading-character-class guards against.
const JOINING = /\u200D|\uFE0E|\uFE0F|\u20E3|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}]/u;
const JOINING_ALL = new RegExp(JOINING.source, 'gu');
const NEEDS_LOOK = new RegExp(`${ESCAPED.source}|${JOINING.source}`, 'u');
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;

const SHORT_ESCAPES: Record<string, string> = {'\t': '\\t', '\n': '\\n', '\r': '\\r'};

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

function visibleEscape(char: string): string {
	const code = char.codePointAt(0)!;
	if (SHORT_ESCAPES[char]) return SHORT_ESCAPES[char];
	if (code <= 0x9f) return `\\x${hex(code, 2)}`;
	return code > 0xffff ? `\\u{${hex(code, 5)}}` : `\\u${hex(code, 4)}`;
}

/** The same code point as JSON writes it: `\uXXXX`, a surrogate pair past the BMP, so the line stays valid JSON. */
function jsonEscape(char: string): string {
	let escaped = '';
	for (let index = 0; index < char.length; index++) escaped += `\\u${hex(char.charCodeAt(index), 4)}`;
	return escaped;
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

// A code point's width as wcwidth gives it: 0 for those escaped alone, else what string-width says of it alone.
const codePointWidth = (char: string) => (ESCAPED.test(char) ? 0 : stringWidth(char));

// Made on first use: creating a segmenter loads ICU data, which most text never needs.
let segmenter: Intl.Segmenter | undefined;

type Mode = {escape: (char: string) => string; dropJoiners: boolean};

/**
 * Each grapheme cluster as every terminal draws it at the width string-width gives it. An emoji sequence is kept
 * whole when its width is the sum of its code points' (a flag, 👍 with VS16); otherwise (a ZWJ family is 2 columns
 * to string-width and most terminals, 6 to wcwidth; a skin tone 2, or 4 in tmux; ☺ with VS16 2, or 1 in tmux)
 * its joiners are dropped for display, or escaped in JSON, and each of its pictographs stands alone.
 */
function fixClusters(text: string, mode: Mode): string {
	let shown = '';
	for (const {segment} of (segmenter ??= new Intl.Segmenter()).segment(text)) {
		if (!NEEDS_LOOK.test(segment)) {
			shown += segment;
			continue;
		}
		const chars = [...segment];
		if (chars.length > 1 && EMOJI.test(segment)) {
			if (stringWidth(segment) === chars.reduce((sum, char) => sum + codePointWidth(char), 0)) {
				shown += segment;
				continue;
			}
			shown += mode.dropJoiners ? fixCodePoints(segment.replace(JOINING_ALL, ''), mode) : fixCodePoints(segment, mode);
			continue;
		}
		shown += fixCodePoints(segment, mode);
	}
	return shown;
}

function fixCodePoints(text: string, {escape}: Mode): string {
	let shown = '';
	for (const char of text) shown += ESCAPED.test(char) || JOINING.test(char) ? escape(char) : char;
	return shown;
}

const TEXT_MODE: Mode = {escape: visibleEscape, dropJoiners: true};
const JSON_MODE: Mode = {escape: jsonEscape, dropJoiners: false};

function sanitize(text: string, mode: Mode): string {
	const short = cut(text);
	if (PRINTABLE_ASCII.test(short) || !NEEDS_LOOK.test(short)) return short;
	return cut(fixClusters(short, mode));
}

/**
 * One line of text with every control, bidi and width-ambiguous character shown as an escape (`\x1b`, `\x9d`,
 * `\u202e`, `\u00ad`), cut to MAX_SHOWN characters.
 */
export function cleanText(text: string): Clean {
	return sanitize(text, TEXT_MODE) as Clean;
}

/**
 * A string literal ec-tui wrote itself (a label, a heading) as Clean. Its type must be a literal (or a union of
 * literals): a computed string or a template with a value in it does not compile here (a Record of a literal
 * union has required keys, one of `string` or of a template pattern has none), so outside text cannot be waved
 * through. Text with values in it is built with the clean`…` tag.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is the point: the test of a required key.
export function ownText<T extends string>(text: {} extends Record<T, 1> ? never : T): Clean {
	return text as string as Clean;
}

/**
 * Text built from Clean parts: the template's literal parts are ec-tui's own, and each value is Clean or a number.
 * A plain string in it does not compile.
 */
export function clean(strings: TemplateStringsArray, ...values: ReadonlyArray<Clean | number>): Clean {
	let text = strings[0]!;
	values.forEach((value, index) => {
		text += String(value) + strings[index + 1]!;
	});
	return text as Clean;
}

/** Clean parts joined by a clean separator. */
export function joinClean(parts: readonly Clean[], separator: Clean): Clean {
	return parts.join(separator) as Clean;
}

/**
 * Pretty-printed JSON as clean lines: JSON.stringify escapes C0 but leaves DEL, C1, bidi and format characters
 * as they are. Those only occur inside string literals, so a `\uXXXX` escape keeps each line valid JSON
 * (unless it is longer than MAX_SHOWN and cut).
 */
export function cleanJsonLines(json: string): Clean[] {
	return json.split('\n').map(line => sanitize(line, JSON_MODE) as Clean);
}
