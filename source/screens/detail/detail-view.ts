// Where the detail view is: the selected field (the cursor) and the first line shown (top). The cursor
// moves and the view follows it; a page scrolls the view and the cursor lands on what is shown. Pure.
import type {FieldSpan} from './detail-layout.js';

export type DetailView = {cursor: number; top: number};
/** What the view is over: its lines, how many fit, and the fields' lines (none in the raw JSON). */
export type Geometry = {lineCount: number; height: number; fields: readonly FieldSpan[]};
export type ViewMove = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last';

export const TOP_OF_VIEW: DetailView = {cursor: 0, top: 0};

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
const maxTop = ({lineCount, height}: Geometry) => Math.max(0, lineCount - height);

/** The view as it can be drawn: in range, and the cursor on screen (after a resize or new lines arriving). */
export function fitView(view: DetailView, geometry: Geometry): DetailView {
	const {fields, height} = geometry;
	const cursor = clamp(view.cursor, 0, Math.max(0, fields.length - 1));
	const top = clamp(view.top, 0, maxTop(geometry));
	const span = fields[cursor];
	// Any line of the cursor's field on screen will do: a field taller than the screen is read by paging.
	if (!span || (span.last >= top && span.first < top + height)) return sameOr(view, {cursor, top});
	return sameOr(view, {
		cursor,
		top: clamp(span.first < top ? span.revealFrom : Math.min(span.first, span.last - height + 1), 0, maxTop(geometry)),
	});
}

export function moveView(view: DetailView, geometry: Geometry, move: ViewMove): DetailView {
	const current = fitView(view, geometry);
	const {fields, height} = geometry;
	const last = fields.length - 1;
	const scrollTo = (top: number) => clamp(top, 0, maxTop(geometry));
	switch (move) {
		case 'first':
			return sameOr(view, TOP_OF_VIEW);
		case 'last':
			return sameOr(view, {cursor: Math.max(0, last), top: maxTop(geometry)});
		case 'down':
		case 'up': {
			const step = move === 'down' ? 1 : -1;
			const next = current.cursor + step;
			// Past the first or last field the keys scroll what is left: a heading above, a note below.
			if (next < 0 || next > last) return sameOr(view, {...current, top: scrollTo(current.top + step)});
			const span = fields[next]!;
			const top = step < 0 ? Math.min(current.top, span.revealFrom) : Math.min(Math.max(current.top, span.last - height + 1), span.first);
			return sameOr(view, {cursor: next, top: scrollTo(top)});
		}

		case 'pageDown':
		case 'pageUp': {
			const top = scrollTo(current.top + (move === 'pageDown' ? height : -height));
			// Nowhere left to scroll: the cursor goes to the end, as a list's would.
			if (top === current.top) return sameOr(view, {cursor: move === 'pageDown' ? Math.max(0, last) : 0, top});
			return sameOr(view, {cursor: cursorShownAt(fields, top, height, current.cursor), top});
		}
	}
}

/** The first field starting on screen, else the one covering its first line (taller than the screen). */
function cursorShownAt(fields: readonly FieldSpan[], top: number, height: number, fallback: number): number {
	const starting = fields.findIndex(span => span.first >= top && span.first < top + height);
	if (starting >= 0) return starting;
	const covering = fields.findIndex(span => span.first <= top && span.last >= top);
	return covering >= 0 ? covering : fallback;
}

// The same object when nothing changed, so React can skip the render.
function sameOr(view: DetailView, next: DetailView): DetailView {
	return view.cursor === next.cursor && view.top === next.top ? view : next;
}
