// What a text field shows of its value: only the part around the cursor that fits its rows, each character
// cleaned on its own (a value from the API may hold anything, and an escape must move with its character),
// so a pasted 10,000 numbers cost a key no more than ten. Pure.
import stringWidth from 'string-width';
import {clean, cleanText, ownText, type Clean} from '../text/sanitize.js';

/** One row of the field: the cursor's cell, when on this row, between `before` and `after`. */
export type FieldRow = {before: Clean; cursor?: Clean; after: Clean};

const MORE = ownText('…');

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The UTF-16 index of code point `cursor` of `value` (the line editor counts code points). */
function indexOfCodePoint(value: string, cursor: number): number {
	let index = 0;
	for (let count = 0; count < cursor && index < value.length; count++) index += isHighSurrogate(value.charCodeAt(index)) ? 2 : 1;
	return index;
}

function charAt(value: string, index: number): string {
	return isHighSurrogate(value.charCodeAt(index)) ? value.slice(index, index + 2) : value.charAt(index);
}

function charBefore(value: string, index: number): string {
	const low = value.charCodeAt(index - 1);
	return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? value.slice(index - 2, index) : value.charAt(index - 1);
}

type Cell = {text: Clean; width: number};

function cellOf(char: string): Cell {
	const text = cleanText(char);
	return {text, width: stringWidth(text)};
}

/**
 * The field's rows at `width` columns, at most `rows` of them. When the value does not fit, the rows show the
 * part that ends at the cursor (or starts at the value's start, while the cursor is near it), with '…' where
 * text is left out.
 */
export function fieldRows(
	value: string,
	cursor: number,
	{width, rows, showCursor}: {width: number; rows: number; showCursor: boolean},
): FieldRow[] {
	const columns = Math.max(2, width);
	const capacity = columns * Math.max(1, rows);
	const at = indexOfCodePoint(value, cursor);
	// The cursor's own cell: the character under it, or a space after the end.
	const cursorCell = at < value.length ? cellOf(charAt(value, at)) : {text: ownText(' '), width: 1};
	// Back from the cursor while it fits, a column kept for '…' when it stops short of the start.
	let start = at;
	let used = cursorCell.width;
	while (start > 0) {
		const char = charBefore(value, start);
		const cell = cellOf(char);
		if (used + cell.width > capacity - 1) break;
		used += cell.width;
		start -= char.length;
	}

	// A wide character or an escape at a row's end leaves columns empty: until the cursor's cell is laid out,
	// the start moves on by a character.
	let laid = layout(value, start, at, cursorCell, {columns, rows});
	while (!laid.cursorPlaced && start < at) {
		start += charAt(value, start).length;
		laid = layout(value, start, at, cursorCell, {columns, rows});
	}

	return laid.lines.map(({cells, cursorAt}) => {
		const join = (part: Cell[]) => part.reduce((text, cell) => clean`${text}${cell.text}`, ownText(''));
		if (cursorAt === undefined || !showCursor) return {before: join(cells), after: ownText('')};
		return {before: join(cells.slice(0, cursorAt)), cursor: cells[cursorAt]!.text, after: join(cells.slice(cursorAt + 1))};
	});
}

type Line = {cells: Cell[]; cursorAt?: number};

/** The rows from `start` on, '…' first when something is before it and last when something is left after. */
function layout(
	value: string,
	start: number,
	at: number,
	cursorCell: Cell,
	{columns, rows}: {columns: number; rows: number},
): {lines: Line[]; cursorPlaced: boolean} {
	const lines: Line[] = [{cells: []}];
	let line = lines[0]!;
	let lineWidth = 0;
	let cursorPlaced = false;
	const place = (cell: Cell): boolean => {
		if (lineWidth + cell.width > columns) {
			if (lines.length === rows) return false;
			line = {cells: []};
			lines.push(line);
			lineWidth = 0;
		}
		line.cells.push(cell);
		lineWidth += cell.width;
		return true;
	};

	if (start > 0) place({text: MORE, width: 1});
	let index = start;
	let cut = false;
	for (;;) {
		const isCursor = index === at;
		if (index >= value.length && !isCursor) break;
		const char = index < value.length ? charAt(value, index) : '';
		const cell = isCursor ? cursorCell : cellOf(char);
		// The last column of the last row is kept for '…' when more follows.
		const more = index + char.length < value.length;
		if ((lines.length === rows && lineWidth + cell.width > columns - (more ? 1 : 0)) || !place(cell)) {
			cut = true;
			break;
		}
		if (isCursor) {
			line.cursorAt = line.cells.length - 1;
			cursorPlaced = true;
		}
		if (index >= value.length) break;
		index += char.length;
	}

	if (cut) place({text: MORE, width: 1});
	return {lines, cursorPlaced};
}

/**
 * What a masked field of `width` columns shows of a value `length` characters long: from the start while the
 * cursor's cell fits, else '…' and the characters up to the cursor's, the cursor in the last column. `cursor` is
 * its place among the `shown` mask characters (at their end: a cell after them).
 */
export function maskedWindow(length: number, cursor: number, width: number): {cutStart: boolean; shown: number; cursor: number} {
	const columns = Math.max(2, width);
	const at = Math.min(Math.max(0, cursor), length);
	if (at + 1 <= columns) return {cutStart: false, shown: Math.min(length, at === length ? columns - 1 : columns), cursor: at};
	const start = at - (columns - 2);
	return {cutStart: true, shown: at - start + (at < length ? 1 : 0), cursor: at - start};
}
