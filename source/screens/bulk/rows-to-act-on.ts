import type {ListView, Marks} from '../../navigation/index.js';
import {markedRows} from '../../navigation/index.js';
import type {ResourceStore} from '../../resources/resource-store.js';

/** What a list's bulk key acts on: the marked rows, or with none marked the row under the cursor (none while it loads). */
export function rowsToActOn({store, list, marks}: {store: ResourceStore; list: ListView; marks?: Marks}): unknown[] {
	if (marks && marks.size > 0) return markedRows(marks);
	const under = store.rowAt(list.cursor);
	return under === undefined ? [] : [under];
}
