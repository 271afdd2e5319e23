// Wrapping done here rather than by Ink, so the detail view knows how many lines each value takes and
// can keep the frame below the terminal's height and count its lines.
import {displayWidth} from '../../text/format.js';
import {graphemes} from '../../text/graphemes.js';
import {cleanText, type Clean} from '../../text/sanitize.js';

const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;

function measuredGraphemes(text: string): Array<{text: string; width: number}> {
	if (PRINTABLE_ASCII.test(text)) return [...text].map(char => ({text: char, width: 1}));
	return graphemes(text).map(segment => ({text: segment, width: displayWidth(segment)}));
}

/**
 * Clean text as lines of at most `width` columns, the lines after the first indented by `hangingIndent`.
 * A line breaks after its last space when that space is in its second half (words stay whole), otherwise
 * between two characters (a URL has no spaces). Cutting clean text between graphemes keeps it clean.
 */
export function wrapLine(text: Clean, width: number, hangingIndent = 0): Clean[] {
	const firstWidth = Math.max(1, width);
	if (displayWidth(text) <= firstWidth) return [text];
	const indent = Math.min(Math.max(0, hangingIndent), Math.floor(firstWidth / 2));
	const lines: string[] = [];
	let limit = firstWidth;
	let line = '';
	let used = 0;
	// Where the line could break: just after its last space, and the columns up to there.
	let breakAt = -1;
	let breakUsed = 0;
	const emit = (text: string) => {
		lines.push(lines.length === 0 ? text : ' '.repeat(indent) + text);
		limit = firstWidth - indent;
	};

	for (const grapheme of measuredGraphemes(text)) {
		// A loop: after a break at a space, the rest of the line may still not leave room under the indent.
		while (used + grapheme.width > limit && line !== '') {
			// Not at the spaces of an indentation: that would leave a blank line.
			if (breakAt > 0 && breakUsed * 2 >= limit && line.slice(0, breakAt).trim() !== '') {
				emit(line.slice(0, breakAt).trimEnd());
				line = line.slice(breakAt);
				used -= breakUsed;
			} else {
				emit(line);
				line = '';
				used = 0;
			}

			breakAt = -1;
		}

		line += grapheme.text;
		used += grapheme.width;
		if (grapheme.text === ' ') {
			breakAt = line.length;
			breakUsed = used;
		}
	}

	if (line !== '') emit(line);
	// Whole graphemes of clean text: cleaning them again changes nothing, and types them.
	return lines.map(wrapped => cleanText(wrapped));
}
