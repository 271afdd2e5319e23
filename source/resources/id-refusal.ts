// Whether anything can be sent for a record: its id (and its connection's) checked against the spec's format
// for the path it goes into, by the same table the API module builds every path from.
import {describeIdRefusal, routeIdRefusal, type Route, type RouteIds} from '../api/routes.js';

/** What the screen says instead of sending (outside text: sanitize it to draw), or undefined when the ids are fine. */
export function idRefusal<R extends Route>(route: R, ids: RouteIds<R>): string | undefined {
	const refusal = routeIdRefusal(route, ids);
	return refusal && describeIdRefusal(refusal);
}
