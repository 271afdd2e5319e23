// A list as a plain-text table: the TUI's column layout (fitColumns) at the terminal's width, or every column at
// its ideal width when the output is not a terminal; a record on its own as `title  value` lines. Cells are Clean
// (sanitized); the text is streamed a row at a time. Pure.
import {fitColumns, GAP, MARKER_WIDTH} from '../resources/column-layout.js';
import {padToWidth} from '../text/format.js';
import {cleanText} from '../text/sanitize.js';
import type {CellColumn} from './columns.js';

/** The columns shown, in order, each with its width. */
export type TableLayout<Row> = Array<{column: CellColumn<Row>; width: number}>;

/** `width`: the terminal's columns; undefined lays every column out at its ideal width. */
export function tableLayout<Row>(
	columns: ReadonlyArray<CellColumn<Row>>,
	width: number | undefined,
	stretch: readonly string[],
): TableLayout<Row> {
	const keys = columns.map(column => column.key);
	const natural = MARKER_WIDTH + columns.reduce((sum, column) => sum + column.ideal, 0) + GAP.length * Math.max(0, keys.length - 1);
	const fitted = fitColumns(columns, width ?? natural, {
		displayOrder: keys,
		stretch: width === undefined ? '' : (stretch.find(key => keys.includes(key)) ?? ''),
	});
	return fitted.map(({key, width: fittedWidth}) => ({column: columns.find(column => column.key === key)!, width: fittedWidth}));
}

const line = (marker: string, cells: string[]) => `${`${marker}${cells.join(GAP)}`.trimEnd()}\n`;

export function tableHeader<Row>(layout: TableLayout<Row>): string {
	return line(
		' '.repeat(MARKER_WIDTH),
		layout.map(({column, width}) => padToWidth(cleanText(column.title), width)),
	);
}

/** One row; an inactive one starts with `·`, as in the TUI, so it reads without colour. */
export function tableRow<Row>(layout: TableLayout<Row>, row: Row, inactive: boolean): string {
	return line(
		inactive ? '· ' : '  ',
		layout.map(({column, width}) => padToWidth(column.cell(row, width), width)),
	);
}

/** A record on its own: each column's title, then its whole value. */
export function recordLines<Row>(columns: ReadonlyArray<CellColumn<Row>>, row: Row): string {
	const titleWidth = Math.max(0, ...columns.map(column => column.title.length));
	return columns
		.map(column => `${`${column.title.padEnd(titleWidth)}  ${column.cell(row, Number.MAX_SAFE_INTEGER)}`.trimEnd()}\n`)
		.join('');
}
