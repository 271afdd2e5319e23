// Word wrapping done here rather than by Ink, so the wizard knows exactly how many rows each text takes
// and can keep the frame below the terminal's height.
import {displayWidth} from '../text/format.js';
import {graphemes} from '../text/graphemes.js';
import {clean, cleanText, type Clean} from '../text/sanitize.js';

/** Outside text as clean lines of at most `width` columns. */
export function wrapText(text: string, width: number): Clean[] {
	const columns = Math.max(1, width);
	const lines: string[] = [];
	let line = '';
	// Line breaks and tabs in a message only separate words here; every other control is shown escaped.
	for (const word of text
		.split(/[ \t\n\r]+/)
		.filter(Boolean)
		.map(cleanText)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (displayWidth(candidate) <= columns) {
			line = candidate;
			continue;
		}

		if (line !== '') lines.push(line);
		line = '';
		// A word wider than the line (a long URL) is cut into line-sized pieces.
		for (const segment of graphemes(word)) {
			if (displayWidth(line + segment) > columns && line !== '') {
				lines.push(line);
				line = '';
			}

			line += segment;
		}
	}

	if (line !== '' || lines.length === 0) lines.push(line);
	// Clean words and whole graphemes of them: cleaning again changes nothing, and types them.
	return lines.map(cleanText);
}

/** At most `max` lines; the last one kept says how many were cut. */
export function clipLines(lines: Clean[], max: number, what: Clean = clean`lines`): Clean[] {
	if (lines.length <= max) return lines;
	if (max <= 0) return [];
	const kept = lines.slice(0, max - 1);
	return [...kept, clean`… ${lines.length - kept.length} more ${what}`];
}
