// The navigation state machine: (state, event) -> state, no Ink and no I/O, so every key path is testable.
// An event that does not apply returns the very same object, which lets React skip the render.
import type {ListFilters} from './api/types.js';

export type Overlay = 'filter' | null;

export type Screen = {name: 'list'} | {name: 'detail'; id: string} | {name: 'create'};

export type ListView = {
	cursor: number;
	scrollOffset: number;
	total: number | undefined;
	viewportRows: number;
	filters: ListFilters;
	/** Enter was pressed on this row before it loaded: it opens once it arrives. */
	pendingOpen?: number;
	/** After a create, the connection the cursor was on: it keeps the cursor when the new row shifts the rest. */
	keepId?: string;
};

export type NavState = {
	screen: Screen;
	overlay: Overlay;
	/** The help covers whatever is open, which stays as it was underneath until the help closes. */
	help: boolean;
	list: ListView;
	/** Increments whenever the list's data must be reloaded, so responses for an older generation can be dropped. */
	generation: number;
	/** What the last action did, for the header ("Created 1826…"); the next move or action clears it. */
	notice?: string;
	quit: boolean;
};

export type NavEvent =
	| {type: 'move'; by: number}
	| {type: 'jump'; to: 'first' | 'last'}
	| {type: 'total'; total: number}
	| {type: 'resize'; viewportRows: number}
	| {type: 'open'; id: string}
	| {type: 'openWhenLoaded'}
	| {type: 'relocate'; row: number}
	| {type: 'back'}
	| {type: 'overlay'; overlay: 'filter'}
	| {type: 'help'}
	| {type: 'applyFilters'; filters: ListFilters}
	| {type: 'clearFilters'}
	| {type: 'refresh'}
	| {type: 'create'; keepId?: string}
	| {type: 'created'; id: string}
	| {type: 'quit'};

export function hasFilters(filters: ListFilters): boolean {
	return Object.values(filters).some(value => value !== undefined && value !== '');
}

export function initialNavState(viewportRows: number): NavState {
	return {
		screen: {name: 'list'},
		overlay: null,
		help: false,
		list: {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: toViewportRows(viewportRows), filters: {}},
		generation: 0,
		quit: false,
	};
}

export function transition(state: NavState, event: NavEvent): NavState {
	// Quitting is final: nothing after it may change what the last frame showed.
	if (state.quit) return state;
	const next = transitionOnce(state, event);
	// A notice says what the last action did: it goes with the next one, and stays through data and resizes.
	if (next === state || next.notice === undefined || next.notice !== state.notice || KEEPS_NOTICE.has(event.type)) return next;
	const {notice: _gone, ...rest} = next;
	return rest;
}

const KEEPS_NOTICE: ReadonlySet<NavEvent['type']> = new Set(['total', 'resize', 'relocate', 'back', 'help']);

function transitionOnce(state: NavState, event: NavEvent): NavState {
	const onList = state.screen.name === 'list';
	const browsing = onList && state.overlay === null && !state.help;

	switch (event.type) {
		case 'quit':
			return {...state, quit: true};

		case 'move': {
			if (!browsing || !Number.isFinite(event.by) || event.by === 0) return state;
			const {list} = state;
			const cursor = clampCursor(list.cursor + Math.trunc(event.by), list.total);
			// A page step moves the window with the cursor, as in a pager; a line step scrolls only when needed.
			const paging = Math.abs(event.by) >= list.viewportRows;
			const scrollOffset = paging ? list.scrollOffset + (cursor - list.cursor) : list.scrollOffset;
			return withList(state, {cursor, scrollOffset, pendingOpen: undefined, keepId: undefined});
		}

		case 'jump': {
			if (!browsing) return state;
			const cursor = event.to === 'first' ? 0 : clampCursor(Number.MAX_SAFE_INTEGER, state.list.total);
			return withList(state, {cursor, scrollOffset: cursor, pendingOpen: undefined, keepId: undefined});
		}

		case 'openWhenLoaded':
			if (!browsing) return state;
			return withList(state, {pendingOpen: state.list.cursor});

		case 'relocate': {
			// The kept connection was found at `row` (or, with row = cursor, not near): the cursor follows it, and
			// the window stays, so the new row above it is in view.
			if (state.list.keepId === undefined || !Number.isInteger(event.row) || event.row < 0) return state;
			return withList(state, {cursor: event.row, keepId: undefined});
		}

		// Data and terminal size arrive whatever the screen, so these two apply everywhere.
		case 'total': {
			if (!Number.isInteger(event.total) || event.total < 0) return state;
			return withList(state, {total: event.total});
		}

		case 'resize':
			return withList(state, {viewportRows: toViewportRows(event.viewportRows)});

		case 'open': {
			if (!browsing || event.id === '') return state;
			const {pendingOpen: _opened, ...list} = state.list;
			return {...state, list, screen: {name: 'detail', id: event.id}};
		}

		case 'help':
			return state.help ? state : {...state, help: true};

		case 'back':
			if (state.help) return {...state, help: false};
			if (state.overlay !== null) return {...state, overlay: null};
			if (!onList) return {...state, screen: {name: 'list'}};
			return state;

		case 'overlay':
			// The filter form belongs to the list, and opens only from it.
			if (!browsing) return state;
			return {...state, overlay: event.overlay};

		case 'applyFilters':
			// Only the filter form submits filters; anywhere else the event is stale.
			if (!onList || state.overlay !== 'filter' || state.help) return state;
			return reloadWith(state, {...event.filters});

		case 'clearFilters':
			if (!onList || state.help) return state;
			if (state.overlay === null && !hasFilters(state.list.filters)) return state;
			return reloadWith(state, {});

		case 'refresh': {
			if (!browsing) return state;
			const {pendingOpen: _pending, keepId: _kept, ...list} = state.list;
			return {...state, list, generation: state.generation + 1};
		}

		case 'create': {
			if (!browsing) return state;
			const {keepId: _old, pendingOpen: _pending, ...list} = state.list;
			return {...state, list: event.keepId ? {...list, keepId: event.keepId} : list, screen: {name: 'create'}};
		}

		case 'created':
			if (state.screen.name !== 'create' || event.id === '') return state;
			return {...state, screen: {name: 'detail', id: event.id}, help: false, generation: state.generation + 1, notice: `Created ${event.id}`};
	}
}

/** The invariants every reachable state keeps; used by the random-keystroke test. */
export function isValidNavState(state: NavState): boolean {
	const {cursor, scrollOffset, total, viewportRows} = state.list;
	const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
	if (!isCount(cursor) || !isCount(scrollOffset) || !isCount(state.generation)) return false;
	if (!Number.isInteger(viewportRows) || viewportRows < 1) return false;
	if (total !== undefined && !isCount(total)) return false;
	if (cursor !== clampCursor(cursor, total)) return false;
	if (cursor < scrollOffset || cursor >= scrollOffset + viewportRows) return false;
	if (scrollOffset > maxScroll(total, viewportRows)) return false;
	if (state.overlay === 'filter' && state.screen.name !== 'list') return false;
	if (state.screen.name === 'detail' && state.screen.id === '') return false;
	return true;
}

function reloadWith(state: NavState, filters: ListFilters): NavState {
	return {
		...state,
		overlay: null,
		generation: state.generation + 1,
		list: {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: state.list.viewportRows, filters},
	};
}

/** Applies a change to the list, then restores its invariants; unchanged lists keep the state's identity. */
function withList(state: NavState, change: Partial<ListView>): NavState {
	const next: ListView = {...state.list, ...change};
	next.cursor = clampCursor(next.cursor, next.total);
	next.scrollOffset = fitScroll(next.scrollOffset, next.cursor, next.total, next.viewportRows);
	// Optional fields are left out rather than kept as undefined, so states compare as they read.
	if (next.pendingOpen === undefined) delete next.pendingOpen;
	if (next.keepId === undefined) delete next.keepId;
	const list = state.list;
	if (
		next.cursor === list.cursor &&
		next.scrollOffset === list.scrollOffset &&
		next.total === list.total &&
		next.viewportRows === list.viewportRows &&
		next.pendingOpen === list.pendingOpen &&
		next.keepId === list.keepId
	) {
		return state;
	}
	return {...state, list: next};
}

function clampCursor(cursor: number, total: number | undefined): number {
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

function toViewportRows(rows: number): number {
	return Number.isFinite(rows) ? Math.max(1, Math.floor(rows)) : 1;
}
