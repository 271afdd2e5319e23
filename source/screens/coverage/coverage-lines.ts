// The coverage view's text: its summary, its column titles and each location's row, fitted to a width. Pure.
import type {CoverageRow, CoverageSummary} from '../../resources/civic-addresses/coverage.js';
import type {Places} from '../../resources/civic-addresses/places.js';
import {displayWidth, formatCount, padToWidth, spaces, truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';

const STATUS_WIDTH = 10;
const NUMBERS_WIDTH = 9;

export function summaryLine({locations, unknown, numbersOnUnknown, counted}: CoverageSummary, width: number): Clean {
	const counting = counted < locations ? clean` · counting ${formatCount(counted)}/${formatCount(locations)}…` : ownText('');
	const places = clean`${formatCount(locations)} ${ownText(locations === 1 ? 'location' : 'locations')}`;
	return truncate(
		clean`${places} · ${formatCount(unknown)} with no emergency address known · ${formatCount(numbersOnUnknown)} numbers on them${counting}`,
		width,
	);
}

export function titleLine(width: number): Clean {
	return truncate(
		clean`  ${padToWidth(ownText('emergency'), STATUS_WIDTH)}  ${padStart(ownText('numbers'), NUMBERS_WIDTH)}  location`,
		width,
	);
}

function statusText(row: CoverageRow): Clean {
	if (row.emergency === undefined) return ownText('none known');
	return row.emergency.kind === 'set' ? ownText('set') : ownText('accepted');
}

function numbersText(row: CoverageRow): Clean {
	if (row.numbers === undefined) return ownText('…');
	return row.numbers === 'failed' ? ownText('?') : formatCount(row.numbers);
}

export function rowLine(row: CoverageRow, places: Places | undefined, selected: boolean, width: number): Clean {
	const address =
		row.emergency?.kind === 'set'
			? clean` · address ${cleanText(places?.get(row.emergency.addressId) ?? row.emergency.addressId)}`
			: ownText('');
	const lead = selected ? ownText('› ') : ownText('  ');
	const status = padToWidth(statusText(row), STATUS_WIDTH);
	return truncate(clean`${lead}${status}  ${padStart(numbersText(row), NUMBERS_WIDTH)}  ${cleanText(row.name)}${address}`, width);
}

function padStart(text: Clean, width: number): Clean {
	return clean`${spaces(Math.max(0, width - displayWidth(text)))}${text}`;
}
