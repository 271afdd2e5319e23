// The navigation state machine: (state, event) -> state over a stack of routes, no Ink and no I/O, so every
// key path is testable. An event that does not apply returns the very same object, which lets React skip
// the render.
import type {FilterValues} from '../api/types.js';
import {changeListView, emptyListView, hasFilters, toViewportRows, withoutRow, type ListView} from './list-view.js';
import {frontListIndex, pop, push, replaceAt, topOf, type ListOverlay, type ListRoute, type Route, type RouteStack} from './routes.js';
import {markEach, NO_MARKS, refreshMarks, toggleMark, type MarkEntry} from './marks.js';

export type NavState = {
	routes: RouteStack;
	/** The help covers whatever is open, which stays as it was underneath until the help closes. */
	help: boolean;
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
	| {type: 'openList'; resource: string}
	| {type: 'openGlobalList'; resource: string}
	| {type: 'openFiltered'; resource: string; filters: FilterValues}
	/** From a record to another it names: a connection's detail, and in it a list opened on its first row. */
	| {type: 'link'; resource: string; id: string; list?: {resource: string; filters: FilterValues}}
	| {type: 'relocate'; row: number}
	| {type: 'rowRemoved'; row: number}
	| {type: 'back'}
	| {type: 'filter'}
	| {type: 'help'}
	| {type: 'applyFilters'; filters: FilterValues}
	| {type: 'clearFilters'}
	/** r, or the watch (`watch`): a reload nobody asked for keeps what the last action said. */
	| {type: 'refresh'; watch?: true}
	| {type: 'create'; keepId?: string}
	| {type: 'created'; id: string}
	| {type: 'operatorConnect'}
	/** J on the main list: the journal of changes. */
	| {type: 'journal'}
	/** E on a connection's detail: its emergency coverage. */
	| {type: 'coverage'}
	/** Space: the row under the cursor (`id`, as it is now) marked or unmarked, and the cursor one row down. */
	| {type: 'mark'; id: string; row: unknown}
	/** Space on a row still loading: it is marked when it arrives. */
	| {type: 'markWhenLoaded'}
	/** Rows marked at once, none unmarked: from the last Space to the cursor (`range`), or all that match the filters. */
	| {type: 'markEach'; entries: readonly MarkEntry[]; range?: true; notice?: string}
	/** `*`: the question, then the reading, of marking every row that matches; `markAllClosed`: given up or done. */
	| {type: 'markAll'}
	| {type: 'markAllClosed'}
	/** The list was read again: the marked rows it holds as they are now; `whole`: it holds every row there is. */
	| {type: 'refreshMarks'; rows: ReadonlyMap<string, unknown>; whole: boolean}
	/** Rows are about to leave the list: the cursor follows the row of `id` as they go (see keepId). */
	| {type: 'keep'; id: string}
	| {type: 'clearMarks'}
	/** A screen of the list's own opens over it (a bulk action, the question before one, a form), or its answer is given. */
	| {type: 'overlay'; overlay: ListOverlay}
	/** That screen closed; `sent`: it changed the marked rows, whose marks go with it. */
	| {type: 'overlayClosed'; sent: boolean}
	/** From a connection's list to another of its lists (numbers uploaded: to its uploads), saying what was done. */
	| {type: 'switchList'; resource: string; notice: string}
	| {type: 'quit'};

/** The app's first state: the main list of `resource`, nothing loaded. */
export function initialNavState(viewportRows: number, resource = 'external-connections'): NavState {
	return {
		routes: [{kind: 'list', resource, view: emptyListView(viewportRows), generation: 0}],
		help: false,
		quit: false,
	};
}

export function transition(state: NavState, event: NavEvent): NavState {
	// Quitting is final: nothing after it may change what the last frame showed.
	if (state.quit) return state;
	const next = transitionOnce(state, event);
	// A notice says what the last action did: it goes with the next one, and stays through data and resizes.
	const keeps = KEEPS_NOTICE.has(event.type) || (event.type === 'refresh' && event.watch === true);
	if (next === state || next.notice === undefined || next.notice !== state.notice || keeps) return next;
	const {notice: _gone, ...rest} = next;
	return rest;
}

const KEEPS_NOTICE: ReadonlySet<NavEvent['type']> = new Set(['total', 'resize', 'relocate', 'rowRemoved', 'back', 'help', 'refreshMarks']);

function transitionOnce(state: NavState, event: NavEvent): NavState {
	const top = topOf(state.routes);
	// The list on top, help closed: its own screen over it (an overlay) may have the keys instead.
	const onTop = top.kind === 'list' && !state.help ? top : undefined;
	// The same whatever covers it: an answer that closes its overlay may come while the help is open.
	const listOnTop = top.kind === 'list' ? top : undefined;
	// The list on screen, when keys reach it.
	const browsing = onTop?.overlay === undefined ? onTop : undefined;

	switch (event.type) {
		case 'quit':
			return {...state, quit: true};

		case 'move': {
			if (!browsing || !Number.isFinite(event.by) || event.by === 0) return state;
			const {view} = browsing;
			const cursor = changeListView(view, {cursor: view.cursor + Math.trunc(event.by)}).cursor;
			// A page step moves the window with the cursor, as in a pager; a line step scrolls only when needed.
			const paging = Math.abs(event.by) >= view.viewportRows;
			const scrollOffset = paging ? view.scrollOffset + (cursor - view.cursor) : view.scrollOffset;
			return withFrontList(state, {cursor, scrollOffset, pendingOpen: undefined, pendingMark: undefined, keepId: undefined});
		}

		case 'jump': {
			if (!browsing) return state;
			const cursor = event.to === 'first' ? 0 : Number.MAX_SAFE_INTEGER;
			return withFrontList(state, {cursor, scrollOffset: cursor, pendingOpen: undefined, pendingMark: undefined, keepId: undefined});
		}

		case 'openWhenLoaded':
			if (!browsing) return state;
			return withFrontList(state, {pendingOpen: browsing.view.cursor});

		case 'relocate': {
			// The kept row was found at `row` (or, with row = cursor, not near): the cursor follows it, and the
			// window stays, so the new row above it is in view.
			const {view} = frontList(state);
			if (view.keepId === undefined || !Number.isInteger(event.row) || event.row < 0) return state;
			return withFrontList(state, {cursor: event.row, keepId: undefined});
		}

		// Data and terminal size arrive whatever is on top: they go to the list in front.
		case 'total':
			if (!Number.isInteger(event.total) || event.total < 0) return state;
			return withFrontList(state, {total: event.total});

		case 'resize':
			return withFrontList(state, {viewportRows: toViewportRows(event.viewportRows)});

		case 'rowRemoved': {
			const index = frontListIndex(state.routes);
			const list = state.routes[index] as ListRoute;
			const view = withoutRow(list.view, event.row);
			if (view === list.view) return state;
			// The last Space's row moves up with the rows below the one that left.
			const anchor = list.markAnchor !== undefined && list.markAnchor > event.row ? {markAnchor: list.markAnchor - 1} : {};
			return {...state, routes: replaceAt(state.routes, index, {...list, view, ...anchor})};
		}

		case 'open': {
			if (!browsing || event.id === '') return state;
			const {pendingOpen: _opened, ...view} = browsing.view;
			const routes = replaceAt(state.routes, state.routes.length - 1, {...browsing, view});
			return {...state, routes: push(routes, {kind: 'detail', resource: browsing.resource, id: event.id})};
		}

		case 'openList': {
			if (top.kind !== 'detail' || state.help || event.resource === '') return state;
			const viewportRows = frontList(state).view.viewportRows;
			const list: ListRoute = {kind: 'list', resource: event.resource, parentId: top.id, view: emptyListView(viewportRows), generation: 0};
			return {...state, routes: push(state.routes, list)};
		}

		case 'openGlobalList': {
			// A list of every connection's records (the log messages) opens from the main list only.
			if (!browsing || state.routes.length !== 1 || event.resource === '' || event.resource === browsing.resource) return state;
			const list: ListRoute = {kind: 'list', resource: event.resource, view: emptyListView(browsing.view.viewportRows), generation: 0};
			return {...state, routes: push(state.routes, list)};
		}

		case 'operatorConnect':
			// The account's Operator Connect refresh belongs to no connection: it opens from the main list only.
			if (!browsing || state.routes.length !== 1) return state;
			return {...state, routes: push(state.routes, {kind: 'form', form: 'operator-connect'})};

		case 'journal':
			// The journal belongs to the account, not to a list: it opens from the main list only.
			if (!browsing || state.routes.length !== 1) return state;
			return {...state, routes: push(state.routes, {kind: 'journal'})};

		case 'coverage':
			if (top.kind !== 'detail' || state.help) return state;
			return {...state, routes: push(state.routes, {kind: 'coverage', connectionId: top.id})};

		case 'link': {
			if (top.kind !== 'detail' || state.help || event.id === '') return state;
			const viewportRows = frontList(state).view.viewportRows;
			const detail = {kind: 'detail' as const, resource: event.resource, id: event.id};
			if (!event.list) return {...state, routes: push(state.routes, detail)};
			const view = {...emptyListView(viewportRows), filters: event.list.filters, pendingOpen: 0};
			// Generation 1: a new list's store starts at 0, unfiltered, and loads again only for a new generation.
			const list: ListRoute = {kind: 'list', resource: event.list.resource, parentId: event.id, view, generation: 1};
			return {...state, routes: push(push(state.routes, detail), list)};
		}

		case 'openFiltered': {
			// A record's link to another list filtered by it (a profile's connections), over the record's detail.
			if (top.kind !== 'detail' || state.help || event.resource === '') return state;
			const viewportRows = frontList(state).view.viewportRows;
			// Generation 1: a new list's store starts at 0, unfiltered, and loads again only for a new generation.
			const list: ListRoute = {
				kind: 'list',
				resource: event.resource,
				view: emptyListView(viewportRows, {...event.filters}),
				generation: 1,
			};
			return {...state, routes: push(state.routes, list)};
		}

		case 'mark': {
			if (!browsing || event.id === '') return state;
			const marks = toggleMark(browsing.marks ?? NO_MARKS, event.id, event.row);
			const markAnchor = browsing.view.cursor;
			const view = changeListView(browsing.view, {
				cursor: browsing.view.cursor + 1,
				pendingOpen: undefined,
				pendingMark: undefined,
				keepId: undefined,
			});
			return {...state, routes: replaceAt(state.routes, state.routes.length - 1, {...browsing, view, marks, markAnchor})};
		}

		case 'markAll':
			if (!browsing || browsing.markingAll) return state;
			return {...state, routes: replaceAt(state.routes, state.routes.length - 1, {...browsing, markingAll: true})};

		case 'markAllClosed': {
			if (!browsing?.markingAll) return state;
			const {markingAll: _closed, ...list} = browsing;
			return {...state, routes: replaceAt(state.routes, state.routes.length - 1, list)};
		}

		case 'markEach': {
			if (!browsing || event.entries.length === 0) return state;
			const {markingAll: _done, ...unasked} = browsing;
			const marked: ListRoute = {
				...unasked,
				marks: markEach(browsing.marks ?? NO_MARKS, event.entries),
				...(event.range && {markAnchor: browsing.view.cursor}),
			};
			return {...state, routes: replaceAt(state.routes, state.routes.length - 1, marked), ...(event.notice && {notice: event.notice})};
		}

		case 'refreshMarks': {
			if (!browsing?.marks) return state;
			const marks = refreshMarks(browsing.marks, event.rows, event.whole);
			if (marks === browsing.marks) return state;
			const {marks: _old, markAnchor: _anchor, ...list} = browsing;
			const refreshed: ListRoute = marks.size === 0 ? list : {...browsing, marks};
			return {...state, routes: replaceAt(state.routes, state.routes.length - 1, refreshed)};
		}

		case 'keep':
			if (!browsing || event.id === '') return state;
			return withFrontList(state, {keepId: event.id});

		case 'markWhenLoaded':
			if (!browsing) return state;
			return withFrontList(state, {pendingMark: browsing.view.cursor});

		case 'clearMarks': {
			if (!browsing?.marks) return state;
			const {marks: _cleared, markAnchor: _anchor, ...list} = browsing;
			return {...state, routes: replaceAt(state.routes, state.routes.length - 1, list)};
		}

		case 'overlay': {
			if (!onTop || onTop.markingAll || event.overlay.name === '') return state;
			// Opened from the list, or answered on the screen already over it; never one screen for another.
			if (onTop.overlay !== undefined && onTop.overlay.name !== event.overlay.name) return state;
			return {...state, routes: replaceAt(state.routes, state.routes.length - 1, {...onTop, overlay: event.overlay})};
		}

		case 'overlayClosed': {
			if (!listOnTop?.overlay) return state;
			const {overlay: _closed, ...list} = listOnTop;
			const {marks: _cleared, markAnchor: _anchor, ...unmarked} = list;
			return {...state, routes: replaceAt(state.routes, state.routes.length - 1, event.sent ? unmarked : list)};
		}

		case 'switchList': {
			// From the list, or from a form over it (numbers uploaded, an answer that may come under the help), which goes with it.
			const from = listOnTop;
			if (from?.parentId === undefined || event.resource === '' || event.resource === from.resource) return state;
			const list: ListRoute = {
				kind: 'list',
				resource: event.resource,
				parentId: from.parentId,
				view: emptyListView(from.view.viewportRows),
				generation: 0,
			};
			return {...state, routes: replaceAt(state.routes, state.routes.length - 1, list), notice: event.notice};
		}

		case 'help':
			return state.help ? state : {...state, help: true};

		case 'back':
			if (state.help) return {...state, help: false};
			if (state.routes.length === 1) return state;
			return {...state, routes: pop(state.routes)};

		case 'filter':
			// The filter form belongs to a list, and opens only from it.
			if (!browsing) return state;
			return {...state, routes: push(state.routes, {kind: 'form', form: 'filter'})};

		case 'applyFilters':
			// Only the filter form submits filters; anywhere else the event is stale.
			if (!isForm(top, 'filter') || state.help) return state;
			return reloadFront({...state, routes: pop(state.routes)}, {...event.filters});

		case 'clearFilters':
			if (state.help) return state;
			if (isForm(top, 'filter')) return reloadFront({...state, routes: pop(state.routes)}, {});
			if (!browsing || !hasFilters(browsing.view.filters)) return state;
			return reloadFront(state, {});

		case 'refresh': {
			if (!browsing) return state;
			const {pendingOpen: _pending, keepId: _kept, ...view} = browsing.view;
			const routes = replaceAt(state.routes, state.routes.length - 1, {...browsing, view, generation: browsing.generation + 1});
			return {...state, routes};
		}

		case 'create': {
			if (!browsing) return state;
			const {keepId: _old, pendingOpen: _pending, ...rest} = browsing.view;
			const view = event.keepId ? {...rest, keepId: event.keepId} : rest;
			const routes = replaceAt(state.routes, state.routes.length - 1, {...browsing, view});
			return {...state, routes: push(routes, {kind: 'form', form: 'create'})};
		}

		case 'created': {
			if (!isForm(top, 'create') || event.id === '') return state;
			// The wizard gives way to the new record; the list under it reloads to show it.
			const index = frontListIndex(state.routes);
			const list = state.routes[index] as ListRoute;
			const routes = replaceAt(state.routes, index, {...list, generation: list.generation + 1});
			const detail: Route = {kind: 'detail', resource: list.resource, id: event.id};
			return {...state, routes: replaceAt(routes, routes.length - 1, detail), help: false, notice: `Created ${event.id}`};
		}
	}
}

const isForm = (route: Route, form: 'filter' | 'create') => route.kind === 'form' && route.form === form;

export const frontList = (state: NavState): ListRoute => state.routes[frontListIndex(state.routes)] as ListRoute;

/** Applies a change to the list in front; an unchanged list keeps the state's identity. */
function withFrontList(state: NavState, change: Partial<ListView>): NavState {
	const index = frontListIndex(state.routes);
	const list = state.routes[index] as ListRoute;
	const view = changeListView(list.view, change);
	return view === list.view ? state : {...state, routes: replaceAt(state.routes, index, {...list, view})};
}

function reloadFront(state: NavState, filters: FilterValues): NavState {
	const index = frontListIndex(state.routes);
	const list = state.routes[index] as ListRoute;
	const reloaded: ListRoute = {...list, generation: list.generation + 1, view: emptyListView(list.view.viewportRows, filters)};
	return {...state, routes: replaceAt(state.routes, index, reloaded)};
}
