// How each format writes a list, streamed: text before the first row, each page's rows, and text after the last
// (also after an interruption, so what was written stays valid: JSON's array is closed, JSONL and CSV end on a
// whole line). JSON, JSONL and YAML carry the API's records as received; table and CSV the columns' cells. Pure.
import {EMPTY} from '../text/format.js';
import type {CellColumn} from './columns.js';
import {csvLine} from './csv.js';
import {escapeUnsafe, jsonText} from './json-text.js';
import {recordLines, tableHeader, tableRow, type TableLayout} from './table-text.js';
import {yamlDocument, yamlListItem} from './yaml.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'yaml'] as const;
export type Format = (typeof FORMATS)[number];

export type ListWriter<Row> = {head(): string; rows(rows: readonly Row[]): string; tail(): string};

/** A CSV cell: the column's text, an absent value empty (not the table's `—`). */
const csvCell = <Row>(column: CellColumn<Row>, row: Row) => {
	const text = column.cell(row, Number.MAX_SAFE_INTEGER);
	return text === EMPTY ? '' : text;
};

export type Shape<Row> = {columns: ReadonlyArray<CellColumn<Row>>; layout: TableLayout<Row>; inactive: (row: Row) => boolean};

export function listWriter<Row>(format: Format, shape: Shape<Row>): ListWriter<Row> {
	switch (format) {
		case 'json': {
			let first = true;
			return {
				head: () => '',
				// One escape pass over the page's text: the unsafe characters are as rare as they are dangerous.
				rows: rows => {
					if (rows.length === 0) return '';
					const text = `${first ? '[\n' : ',\n'}${rows.map(row => JSON.stringify(row)).join(',\n')}`;
					first = false;
					return escapeUnsafe(text);
				},
				tail: () => (first ? '[]\n' : '\n]\n'),
			};
		}
		case 'jsonl':
			return {head: () => '', rows: rows => escapeUnsafe(rows.map(row => `${JSON.stringify(row)}\n`).join('')), tail: () => ''};
		case 'yaml': {
			let none = true;
			return {
				head: () => '',
				rows: rows => {
					if (rows.length > 0) none = false;
					return rows.map(yamlListItem).join('');
				},
				tail: () => (none ? '[]\n' : ''),
			};
		}
		case 'csv':
			return {
				head: () => csvLine(shape.columns.map(column => column.key)),
				rows: rows => rows.map(row => csvLine(shape.columns.map(column => csvCell(column, row)))).join(''),
				tail: () => '',
			};
		case 'table':
			return {
				head: () => tableHeader(shape.layout),
				rows: rows => rows.map(row => tableRow(shape.layout, row, shape.inactive(row))).join(''),
				tail: () => '',
			};
	}
}

/** One record (`get`): JSON indented, as a single record reads best; the rest as a list of one would be. */
export function recordText<Row>(format: Format, record: Row, columns: ReadonlyArray<CellColumn<Row>>): string {
	switch (format) {
		case 'json':
			return `${jsonText(record, 2)}\n`;
		case 'jsonl':
			return `${jsonText(record)}\n`;
		case 'yaml':
			return yamlDocument(record);
		case 'csv':
			return csvLine(columns.map(column => column.key)) + csvLine(columns.map(column => csvCell(column, record)));
		case 'table':
			return recordLines(columns, record);
	}
}
