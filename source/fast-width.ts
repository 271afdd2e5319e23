import {eastAsianWidth} from 'get-east-asian-width';

// Code points whose terminal width is their East Asian Width alone: no combining marks, zero-width or format
// characters, emoji, Hangul jamo or variation selectors, so no grapheme segmentation is needed. Covers Latin,
// Greek, Cyrillic, common punctuation and symbols (— … › · ↑), box drawing, braille spinners and CJK.
const SIMPLE_TEXT =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F\u2800-\u28FF\u3000-\u3029\u3030-\u303F\u3041-\u3096\u309B-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3\uFF01-\uFF9F\uFFA1-\uFFDC]*$/;

/**
 * The width string-width would give, for text made only of simple code points; undefined otherwise.
 * string-width segments every non-ASCII string into graphemes and tests emoji regexes, whose first use
 * costs about 15 ms of start-up and which Ink runs on every frame.
 */
export function fastWidth(text: string): number | undefined {
	if (!SIMPLE_TEXT.test(text)) return undefined;
	let width = 0;
	for (const character of text) width += eastAsianWidth(character.codePointAt(0)!, {ambiguousAsWide: false});
	return width;
}
