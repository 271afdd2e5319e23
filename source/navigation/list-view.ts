// A list's place: cursor, window and count, with the invariants every list route keeps. Pure.
import type {FilterValues} from '../api/types.js';

export type ListView = {
	cursor: number;
	scrollOffset: number;
	total: number | undefined;
	viewportRows: number;
	filters: FilterValues;
	/** Enter was pressed on this row before it loaded: it opens once it arrives. */
	pendingOpen?: number;
	/** Space was pressed on this row before it loaded: it is marked once it arrives, the keys after it waiting. */
	pendingMark?: number;
	/** After a create, the row the cursor was on: it keeps the cursor when the new row shifts the rest. */
	keepId?: string;
};

export function emptyListView(viewportRows: number, filters: FilterValues = {}): ListView {
	return {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: toViewportRows(viewportRows), filters};
}

export function hasFilters(filters: FilterValues): boolean {
	return Object.values(filters).some(value => value !== undefined && value.length > 0);
}

/** Applies a change, then restores the invariants; an unchanged view keeps its identity, so React can skip the render. */
export function changeListView(list: ListView, change: Partial<ListView>): ListView {
	const next: ListView = {...list, ...change};
	next.cursor = clampCursor(next.cursor, next.total);
	next.scrollOffset = fitScroll(next.scrollOffset, next.cursor, next.total, next.viewportRows);
	// Optional fields are left out rather than kept as undefined, so states compare as they read.
	if (next.pendingOpen === undefined) delete next.pendingOpen;
	if (next.pendingMark === undefined) delete next.pendingMark;
	if (next.keepId === undefined) delete next.keepId;
	const same =
		next.cursor === list.cursor &&
		next.scrollOffset === list.scrollOffset &&
		next.total === list.total &&
		next.viewportRows === list.viewportRows &&
		next.pendingOpen === list.pendingOpen &&
		next.pendingMark === list.pendingMark &&
		next.keepId === list.keepId;
	return same ? list : next;
}

/** A row at `row` left the list: the cursor stays on the item it was on, or on the next one when it was that row. */
export function withoutRow(list: ListView, row: number): ListView {
	if (list.total === undefined || !Number.isInteger(row) || row < 0 || row >= list.total) return list;
	const cursor = list.cursor > row ? list.cursor - 1 : list.cursor;
	const {pendingOpen: _pending, pendingMark: _mark, ...rest} = list;
	return changeListView(rest, {total: list.total - 1, cursor});
}

export function isValidListView({cursor, scrollOffset, total, viewportRows}: ListView): boolean {
	if (!isCount(cursor) || !isCount(scrollOffset)) return false;
	if (!Number.isInteger(viewportRows) || viewportRows < 1) return false;
	if (total !== undefined && !isCount(total)) return false;
	if (cursor !== clampCursor(cursor, total)) return false;
	if (cursor < scrollOffset || cursor >= scrollOffset + viewportRows) return false;
	return scrollOffset <= maxScroll(total, viewportRows);
}

export const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

export function clampCursor(cursor: number, total: number | undefined): number {
	if (total === undefined || total === 0) return 0;
	return Math.min(Math.max(cursor, 0), total - 1);
}

// The cursor stays in the window, and the window never shows blank rows below the last one when it can avoid it.
function fitScroll(scrollOffset: number, cursor: number, total: number | undefined, viewportRows: number): number {
	let offset = Math.min(scrollOffset, maxScroll(total, viewportRows));
	if (cursor < offset) offset = cursor;
	if (cursor >= offset + viewportRows) offset = cursor - viewportRows + 1;
	return Math.max(offset, 0);
}

function maxScroll(total: number | undefined, viewportRows: number): number {
	if (total === undefined) return 0;
	return Math.max(total - viewportRows, 0);
}

export function toViewportRows(rows: number): number {
	return Number.isFinite(rows) ? Math.max(1, Math.floor(rows)) : 1;
}
