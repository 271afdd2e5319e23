// The list header's lines for a width: the applied filters come before the title, and wrap onto lines of
// their own rather than be cut, so no filter in force is ever out of sight. Pure, so the app can count the
// lines (the table gives them up) before the header is drawn.
import {displayWidth, formatCount, truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {placeTag, type Place} from '../../components/app-header.js';

const INDENT = '  ';
const FILTER_LABEL = ownText('filter: ');
/** Filter lines at most; only filters longer than any a person types reach it. */
const MAX_FILTER_LINES = 3;

export type HeaderLayout = {title: Clean; inlineFilters: Clean; filterLines: Clean[]};

/** The right side's words for rows marked: ` · 12 marked`, or nothing. */
export const markedText = (marked: number): Clean => (marked > 0 ? clean` · ${formatCount(marked)} marked` : ownText(''));

/** The room the right side (`row N of TOTAL`, then the rows marked) may take for a total, whatever the cursor's row. */
export function positionReserve(total: number | undefined, marked = 0): number {
	if (total === undefined) return displayWidth('not loaded');
	return displayWidth(`row ${formatCount(total)} of ${formatCount(total)}${markedText(marked)}`);
}

/**
 * `filters` must be clean (it is shown as given); `tag` is the place badge the line starts with; `titles`, longest
 * first: the header drops to the next when the filters need the room.
 */
export function layoutHeader({
	width,
	tag,
	filters,
	reserve,
	titles,
}: {
	width: number;
	tag: Clean;
	filters: Clean;
	reserve: number;
	titles: readonly string[];
}): HeaderLayout {
	const left = width - displayWidth(tag) - reserve - 1;
	// ec-tui's titles, which name a connection by its id: cleaned like outside text.
	const cleanTitles = titles.map(cleanText);
	const first = cleanTitles[0] ?? ownText('');
	if (filters === '') return {title: truncate(first, Math.max(0, left - INDENT.length)), inlineFilters: ownText(''), filterLines: []};
	const inline = clean`${FILTER_LABEL}${filters}`;
	for (const title of cleanTitles) {
		const used = (title === '' ? 0 : INDENT.length + displayWidth(title)) + INDENT.length + displayWidth(inline);
		if (used <= left) return {title, inlineFilters: inline, filterLines: []};
	}
	return {
		title: truncate(first, Math.max(0, left - INDENT.length)),
		inlineFilters: ownText(''),
		filterLines: wrapFilters(filters, width - INDENT.length),
	};
}

/** The list's header for its filters and total; the app counts its lines with the same call. */
export function listHeaderLayout(
	width: number,
	place: Place,
	filterText: string,
	total: number | undefined,
	titles: readonly string[],
	marked = 0,
): HeaderLayout {
	// The filters hold what a user typed or pasted: JSON quoting escapes C0 but not C1 or bidi characters.
	return layoutHeader({width, tag: placeTag(place), filters: cleanText(filterText), reserve: positionReserve(total, marked), titles});
}

export const headerLineCount = (layout: HeaderLayout) => 1 + layout.filterLines.length;

/** The filters after `filter: `, broken between filters where it can, inside one where it must. */
let segmenter: Intl.Segmenter | undefined;

function wrapFilters(filters: Clean, width: number): Clean[] {
	const lines: string[] = [];
	let line = FILTER_LABEL.trimEnd();
	const pieces = filters.split(' · ');
	pieces.forEach((piece, index) => {
		const item = index < pieces.length - 1 ? `${piece} ·` : piece;
		const joined = line === '' ? item : `${line} ${item}`;
		if (displayWidth(joined) <= width) {
			line = joined;
			return;
		}
		if (displayWidth(item) <= width) {
			lines.push(line);
			line = item;
			return;
		}
		// A filter wider than a line (a long name) is cut into line-sized pieces, between graphemes.
		for (const {segment: char} of (segmenter ??= new Intl.Segmenter()).segment(line === '' ? item : ` ${item}`)) {
			if (displayWidth(line + char) > width) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	});
	lines.push(line);
	// Pieces of clean text cut between graphemes: cleaning them again changes nothing, and types them.
	const clean = lines.map(cleanText);
	if (clean.length <= MAX_FILTER_LINES) return clean;
	const kept = clean.slice(0, MAX_FILTER_LINES);
	kept[MAX_FILTER_LINES - 1] = truncate(cleanText(lines.slice(MAX_FILTER_LINES - 1).join('')), width);
	return kept;
}
