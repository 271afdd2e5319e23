// The invariants every reachable navigation state keeps; the unit and random-keystroke tests check them.
import {isCount, isValidListView} from './list-view.js';
import type {Route} from './routes.js';
import type {NavState} from './transition.js';

export function isValidNavState(state: NavState): boolean {
	const {routes} = state;
	if (routes.length === 0 || routes[0]!.kind !== 'list' || routes[0]!.parentId !== undefined) return false;
	return routes.every((route, index) => isValidRoute(route, routes[index - 1], index));
}

function isValidRoute(route: Route, below: Route | undefined, index: number): boolean {
	switch (route.kind) {
		case 'list':
			if (!isValidListView(route.view) || !isCount(route.generation) || route.resource === '') return false;
			// A screen over the list and mark-all never cover the list at once.
			if (route.overlay !== undefined && (route.overlay.name === '' || route.markingAll)) return false;
			// A sub-list hangs off the record its parent detail shows.
			// A list of its own (every connection's log messages) sits right on the main list; one a record links to
			// (a profile's connections) on that record's detail.
			if (route.parentId === undefined)
				return (
					below === undefined || below.kind === 'detail' || (index === 1 && below.kind === 'list' && below.resource !== route.resource)
				);
			return below?.kind === 'detail' && below.id === route.parentId;
		case 'detail':
			// A record opened from its list, or one a record links to (a log message's connection).
			return route.id !== '' && (below?.kind === 'detail' || (below?.kind === 'list' && below.resource === route.resource));
		case 'coverage':
			return below?.kind === 'detail' && below.id === route.connectionId;
		case 'journal':
			return index === 1 && below?.kind === 'list';
		case 'form':
			// A form works on the list it was opened from.
			return below?.kind === 'list';
	}
}
