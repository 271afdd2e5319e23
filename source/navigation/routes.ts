// The route stack: what is open, bottom to top, each route with its own state. The bottom is always the
// main list, so Back can never leave the app without a screen.
import type {ListView} from './list-view.js';
import type {Marks} from './marks.js';

/** A list of a resource; with `parentId`, the resource under that record (a connection's phone numbers). */
export type ListRoute = {
	kind: 'list';
	resource: string;
	parentId?: string;
	view: ListView;
	/** Increments whenever the list's data must be reloaded, so answers for an older generation are dropped. */
	generation: number;
	/** Rows marked for an action on all of them; they stay through scrolling, filters and reloads. */
	marks?: Marks;
	/** The row of the last Space: a range mark runs from it to the cursor. */
	markAnchor?: number;
	/** `*` asked to mark every row that matches: its question (then its reading) covers the list and takes its keys. */
	markingAll?: true;
	/** A screen of the list's own over it: a bulk action on rows taken when it opened, or a form started from the list. */
	overlay?: ListOverlay;
};

/**
 * What the list's screen shows over it: `name` is the screen's own (`disable`, `move`, `newUpload` …), `rows` the
 * records it acts on as they were when it opened (none for a form), and `answer` what was asked before acting
 * (tags, a location).
 */
export type ListOverlay = {name: string; rows: readonly unknown[]; answer?: string};

export type DetailRoute = {kind: 'detail'; resource: string; id: string};

/** A form over the route below it: the filter form of that list, the create wizard, or the Operator Connect refresh. */
export type FormRoute = {kind: 'form'; form: 'filter' | 'create' | 'operator-connect'};

/** A connection's emergency coverage, over its detail. */
export type CoverageRoute = {kind: 'coverage'; connectionId: string};

/** The journal of the changes sent, over the main list. */
export type JournalRoute = {kind: 'journal'};

export type Route = ListRoute | DetailRoute | FormRoute | CoverageRoute | JournalRoute;

export type RouteStack = readonly [ListRoute, ...Route[]];

export const topOf = (routes: RouteStack): Route => routes.at(-1)!;

/** The index of the list nearest the top: the one on screen, or the one a detail or form was opened from. */
export function frontListIndex(routes: RouteStack): number {
	for (let index = routes.length - 1; index > 0; index--) if (routes[index]!.kind === 'list') return index;
	return 0;
}

export function replaceAt(routes: RouteStack, index: number, route: Route): RouteStack {
	const next = [...routes] as Route[];
	next[index] = route;
	return next as unknown as RouteStack;
}

export const push = (routes: RouteStack, route: Route): RouteStack => [...routes, route];

export const pop = (routes: RouteStack): RouteStack => (routes.length > 1 ? (routes.slice(0, -1) as unknown as RouteStack) : routes);
