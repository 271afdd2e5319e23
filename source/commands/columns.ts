// The columns a table or CSV shows: the resource's own (the TUI's list columns, their cells through the wire-value
// formatters and the sanitizer), picked by `--columns` or all of them, in the list's display order. A column that the
// TUI fills one request per row (a connection's name) is shown only when asked for by name. Pure.
import {didYouMean} from '../config/did-you-mean.js';
import type {Clean} from '../text/sanitize.js';
import type {ColumnSpec} from '../resources/column-layout.js';
import type {Resource} from '../resources/resource.js';

/** A column as commands draw it: its cell for a row (`width`: the room it has, for a cell that cuts itself). */
export type CellColumn<Row> = ColumnSpec<string> & {cell: (row: Row, width: number) => Clean};

/** Fills a column the resource fills one request per row: the value for a row, from what was fetched for its page. */
export type PerRowCell<Row> = (row: Row) => Clean;

export type PickedColumns<Row> = {columns: Array<CellColumn<Row>>; perRow: boolean};

/** Every column key a resource has, in display order, for help and messages. */
export function columnKeys<Row>(resource: Resource<Row>): string[] {
	return resource.displayOrder.filter(key => resource.columns.some(column => column.key === key));
}

/** Why `wanted` cannot be shown: the first name that is no column of the resource, with the nearest that is. */
export function unknownColumn<Row>(resource: Resource<Row>, wanted: readonly string[]): string | undefined {
	const keys = columnKeys(resource);
	const unknown = wanted.find(key => !keys.includes(key));
	if (unknown === undefined) return undefined;
	const near = didYouMean(unknown, keys);
	return `--columns: no column "${unknown}".${near ? ` Did you mean ${near}?` : ''} Columns: ${keys.join(', ')}.`;
}

/**
 * The columns named in `wanted` (in that order; known, as unknownColumn checked), or by default every column but those filled one request per row;
 * `perRowCell` draws those when named.
 */
export function pickColumns<Row>(
	resource: Resource<Row>,
	wanted: readonly string[] | undefined,
	perRowCell: PerRowCell<Row>,
): PickedColumns<Row> {
	const byKey = new Map(resource.columns.map(column => [column.key, column]));
	const keys = wanted ?? columnKeys(resource).filter(key => !('names' in byKey.get(key)!));
	const columns: Array<CellColumn<Row>> = [];
	let perRow = false;
	for (const key of keys) {
		const column = byKey.get(key);
		if (!column) throw new RangeError(`no column ${key}: unknownColumn checks --columns first`);
		if ('cell' in column) columns.push(column);
		else {
			perRow = true;
			columns.push({...column, cell: row => perRowCell(row)});
		}
	}
	return {columns, perRow};
}
