// The detail's rows as terminal lines of a given width: labels in a column sized to the longest, values
// wrapped within the value column, raw JSON lines wrapped under their own indentation. Pure.
import {displayWidth, padToWidth, spaces, truncate} from '../../text/format.js';
import {clean, cleanText, type Clean} from '../../text/sanitize.js';
import type {DetailRow} from '../../resources/detail-lines.js';
import {wrapLine} from './wrap-line.js';

/** `field` is the index of the field a line belongs to; its label is blank on the lines a value wrapped onto. */
export type DetailLine =
	{kind: 'heading'; text: Clean} | {kind: 'field'; field: number; label: Clean; value: Clean} | {kind: 'note' | 'text'; text: Clean};

/** The lines of one field, first to last; `revealFrom` includes the heading right above its first field. */
export type FieldSpan = {first: number; last: number; revealFrom: number};

export type DetailLayout = {lines: DetailLine[]; fields: FieldSpan[]};

/** Columns left of every field line for the cursor mark ('›') and a space. */
export const GUTTER = 2;

const leadingSpaces = (text: string) => text.length - text.trimStart().length;

export function layoutDetail(rows: DetailRow[], width: number): DetailLayout {
	// Labels and headings are ec-tui's, but may name outside things (an item's title): cleaned like the rest.
	const labels = rows.flatMap(row => (row.kind === 'field' ? [displayWidth(cleanText(row.label))] : []));
	const labelWidth = Math.min(Math.max(0, ...labels), Math.floor(width / 2));
	const valueWidth = Math.max(1, width - GUTTER - labelWidth - 1);
	const blankLabel = spaces(labelWidth + 1);
	const lines: DetailLine[] = [];
	const fields: FieldSpan[] = [];
	for (const row of rows) {
		switch (row.kind) {
			case 'heading': {
				lines.push({kind: 'heading', text: truncate(cleanText(row.text), width)});
				break;
			}

			case 'field': {
				const field = fields.length;
				const first = lines.length;
				const label = clean`${padToWidth(cleanText(row.label), labelWidth)} `;
				for (const [index, value] of wrapLine(row.value, valueWidth).entries()) {
					lines.push({kind: 'field', field, label: index === 0 ? label : blankLabel, value});
				}

				fields.push({first, last: lines.length - 1, revealFrom: lines[first - 1]?.kind === 'heading' ? first - 1 : first});
				break;
			}

			case 'note': {
				for (const text of wrapLine(clean`${spaces(GUTTER)}${row.text}`, width, GUTTER)) lines.push({kind: 'note', text});
				break;
			}

			case 'text': {
				for (const text of wrapLine(row.text, width, leadingSpaces(row.text))) lines.push({kind: 'text', text});
				break;
			}
		}
	}

	return {lines, fields};
}
