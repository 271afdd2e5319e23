// CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a comma, a quote or a line break, and a
// quote inside doubled. Cells come from the columns already sanitized (no control characters reach them). Pure.

// A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`): such a
// cell gets a leading apostrophe, as OWASP advises, so it opens as the text the API sent. Tab and CR count too.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(text: string): string {
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
	return `${fields.map(csvField).join(',')}\r\n`;
}
