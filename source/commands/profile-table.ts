// `ec-tui profile list`: each saved profile's name, base URL and read-only, and which is the default; never a
// key. The file's text passes the sanitizer on its way to a terminal. Pure.
import {DEFAULT_BASE_URL} from '../api/base-url.js';
import {defaultProfileName, type SavedProfiles} from '../config/profiles.js';
import {displayWidth, padToWidth} from '../text/format.js';
import {cleanText, type Clean} from '../text/sanitize.js';

export type ProfileRow = {name: string; baseUrl: string; readOnly: boolean; default: boolean};

export function profileRows(saved: SavedProfiles): ProfileRow[] {
	const chosen = defaultProfileName(saved);
	return saved.profiles.map(profile => ({
		name: profile.name,
		baseUrl: profile.baseUrl ?? DEFAULT_BASE_URL,
		readOnly: profile.readOnly,
		default: profile.name === chosen,
	}));
}

/** The rows as a table, `*` before the default. */
export function profileTable(rows: readonly ProfileRow[]): string {
	const cells = rows.map(row => [cleanText(row.name), cleanText(row.baseUrl), cleanText(row.readOnly ? 'yes' : 'no')]);
	const titles = ['NAME', 'BASE URL', 'READ-ONLY'].map(cleanText);
	const widths = titles.map((title, column) => Math.max(displayWidth(title), ...cells.map(cell => displayWidth(cell[column]!))));
	const line = (marker: string, values: readonly Clean[]) =>
		`${marker} ${values.map((value, column) => padToWidth(value, widths[column]!)).join('  ')}`.trimEnd() + '\n';
	return [line(' ', titles), ...cells.map((cell, index) => line(rows[index]!.default ? '*' : ' ', cell))].join('');
}
