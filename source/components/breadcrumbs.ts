// A header's trail (External connections › connection › civic addresses › civic address) in a narrow terminal:
// the places nearest the user say where they are, so the trail gives way from its start.
import {displayWidth, truncate} from '../text/format.js';
import {clean, joinClean, ownText, type Clean} from '../text/sanitize.js';

const SEPARATOR = ownText(' › ');
const LEFT_OUT = ownText('…');

/** The trail in at most `width` columns: whole, else '… › ' and the last places that fit, else the last place cut. */
export function fitCrumbs(crumbs: readonly Clean[], width: number): Clean {
	const whole = joinClean(crumbs, SEPARATOR);
	if (displayWidth(whole) <= width || crumbs.length <= 1) return truncate(whole, width);
	for (let first = 1; first < crumbs.length; first++) {
		const tail = clean`${LEFT_OUT}${SEPARATOR}${joinClean(crumbs.slice(first), SEPARATOR)}`;
		if (displayWidth(tail) <= width) return tail;
	}
	return truncate(clean`${LEFT_OUT}${SEPARATOR}${crumbs.at(-1)!}`, width);
}
