// Splitting text into graphemes (what a terminal draws as one character) takes Intl.Segmenter, which loads ICU data
// the first time (about 15 ms, before the first frame) and is slow per character. Most of what a terminal UI draws
// is simple text, each UTF-16 unit of which is a grapheme of its own: that is split by unit, and only other text
// goes through a segmenter, made on first use. The patches of @alcalzone/ansi-tokenize (Ink's frame tokenizer) and
// wrap-ansi's string-width carry the same pattern: test/graphemes.test.ts holds them together and checks every code
// point the pattern admits.

// No combining marks, joiners, variation selectors, format characters, surrogates (emoji), Hangul jamo, halfwidth
// sound marks or carriage returns (CR LF is one grapheme): controls, Latin, Greek, Cyrillic, punctuation (— … ›),
// arrows, box drawing, braille, kana, CJK and Hangul syllables.
export const SIMPLE_TEXT =
	/^[\u0000-\u000C\u000E-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F\u2800-\u28FF\u3000-\u3029\u3030-\u303F\u3041-\u3096\u309B-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3\uFF01-\uFF9D\uFFA1-\uFFDC]*$/;

let segmenter: Intl.Segmenter | undefined;

export function graphemes(text: string): string[] {
	if (SIMPLE_TEXT.test(text)) return text.split('');
	return Array.from((segmenter ??= new Intl.Segmenter()).segment(text), ({segment}) => segment);
}
