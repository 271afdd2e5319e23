// A dry run: the client builds each mutation as it would send it (the same route, ids and body), hands it to the
// caller, and sends nothing; reads still go out, since a plan may need them (an update reads the record it changes).
import type {Method} from 'got';

/** A mutation as it would leave: the method, the path, the JSON body (undefined: none). */
export type PlannedRequest = {method: Method; path: string; body: unknown};

/** Thrown in place of the answer to a mutation a dry run did not send. */
export class NotSent extends Error {
	constructor(readonly request: PlannedRequest) {
		super(`${request.method} ${request.path}: not sent (dry run)`);
	}
}
