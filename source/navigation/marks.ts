// Rows a person marked on a list, for one action on all of them: each by its key, with the row as it was when
// marked (an action needs its fields, and the row may since have scrolled out of the page cache), in the order
// they were marked. Pure.

export type Marks = ReadonlyMap<string, unknown>;

export const NO_MARKS: Marks = new Map();

/** Marks the row of `key`, or unmarks it when it was marked. */
export function toggleMark(marks: Marks, key: string, row: unknown): Marks {
	const next = new Map(marks);
	if (next.has(key)) next.delete(key);
	else next.set(key, row);
	return next;
}

export const markedRows = (marks: Marks): unknown[] => [...marks.values()];
