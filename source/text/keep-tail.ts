// An id cut from the start: its last characters are what tells one from another (`…6354012`), as `truncate`'s
// beginning is for a name.
import {displayWidth} from './format.js';
import {graphemes} from './graphemes.js';
import {cleanText, ownText, type Clean} from './sanitize.js';

/** `text` in at most `width` columns, starting with '…' when it was cut. A cut of clean text is clean. */
export function keepTail(text: Clean, width: number): Clean {
	if (width <= 0) return ownText('');
	if (displayWidth(text) <= width) return text;
	const segments = graphemes(text);
	let tail = '';
	let used = 0;
	for (let index = segments.length - 1; index >= 0; index--) {
		const segmentWidth = displayWidth(segments[index]!);
		if (used + segmentWidth > width - 1) break;
		tail = segments[index]! + tail;
		used += segmentWidth;
	}

	return cleanText(`…${tail}`);
}
