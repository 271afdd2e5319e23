// Rows a person marked on a list, for one action on all of them: each by its key, with the row as it was when
// marked (an action needs its fields, and the row may since have scrolled out of the page cache), in the order
// they were marked. Pure.

export type Marks = ReadonlyMap<string, unknown>;

export type MarkEntry = {id: string; row: unknown};

export const NO_MARKS: Marks = new Map();

/** Marks the row of `key`, or unmarks it when it was marked. */
export function toggleMark(marks: Marks, key: string, row: unknown): Marks {
	const next = new Map(marks);
	if (next.has(key)) next.delete(key);
	else next.set(key, row);
	return next;
}

/** Marks every entry (a range, everything matching a filter); one already marked stays marked, with its row as now. */
export function markEach(marks: Marks, entries: readonly MarkEntry[]): Marks {
	const next = new Map(marks);
	for (const {id, row} of entries) if (id !== '') next.set(id, row);
	return next;
}

/**
 * The marks after the list was read again: each marked row it holds is taken as it is now; when `whole` (every row
 * of the unfiltered list is in hand), a marked row it no longer has is gone and loses its mark. The same object when
 * nothing changed.
 */
export function refreshMarks(marks: Marks, rows: ReadonlyMap<string, unknown>, whole: boolean): Marks {
	let changed = false;
	const next = new Map<string, unknown>();
	for (const [key, row] of marks) {
		const now = rows.get(key);
		if (now === undefined && whole) {
			changed = true;
			continue;
		}
		if (now !== undefined && now !== row) changed = true;
		next.set(key, now ?? row);
	}
	return changed ? next : marks;
}

export const markedRows = (marks: Marks): unknown[] => [...marks.values()];

/** Marks held at most: each keeps its row, and 10,000 connections' rows are a few MB. */
export const MAX_MARKS = 10_000;
