// A list column of a resource under a connection: its place in the width priorities (ColumnSpec, laid
// out by fitColumns) and its cell, wire data shown through wire-value and the sanitizer.
import type {Clean} from '../text/sanitize.js';
import type {ColumnSpec} from './column-layout.js';

export type ResourceColumn<Row, K extends string = string> = ColumnSpec<K> & {cell: (row: Row) => Clean};

/** `columns` most important first; `stretch`: the first of these shown takes the width left over. */
export type ColumnSet<Row, K extends string = string> = {
	columns: ReadonlyArray<ResourceColumn<Row, K>>;
	displayOrder: readonly K[];
	stretch: readonly K[];
};
