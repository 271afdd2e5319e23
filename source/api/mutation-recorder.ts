// What the client tells a recorder (the journal) about each mutation: once before it is sent, once with its result.
// Only plain values of the request line and its JSON body: never a header, so never the key.

import type {Route} from './routes.js';

/**
 * How to put a change back, known to the code that builds it (it knows the value before): the PATCH of the same
 * route that restores what the change replaced. Only a number's location and a connection's tags or `active` have one.
 */
export type Inverse = {
	/** What it restores, in words ('location back to 7f3c…'). */
	label: string;
	route: UndoableRoute;
	ids: Record<string, string>;
	body: unknown;
};

export const UNDOABLE_ROUTES = ['/external_connections/{id}', '/external_connections/{id}/phone_numbers/{phone_number_id}'] as const;
export type UndoableRoute = (typeof UNDOABLE_ROUTES)[number] & Route;

export type SentMutation = {
	method: string;
	/** The API's host, as the base URL names it. */
	host: string;
	path: string;
	/** The JSON body sent, if any. */
	body?: unknown;
	inverse?: Inverse;
};

/** 'unknown': no answer came (a timeout, a connection lost after sending, Ctrl+C), so it may have been applied. */
export type MutationOutcome = 'ok' | 'failed' | 'unknown';

export type MutationResult = {
	outcome: MutationOutcome;
	status?: number;
	/** Telnyx's id of the request (its x-request-id header), when the answer carries one. */
	requestId?: string;
	/** Telnyx's first error, or the client's words when there is none. */
	error?: {code?: string; title?: string; detail?: string};
};

export type MutationRecorder = {
	/** Records a mutation before it is sent; a rejection stops it from being sent (the client says so). */
	sent(mutation: SentMutation): Promise<string>;
	/** Records the result of the mutation `sent` answered with this id; never rejects. */
	settled(id: string, result: MutationResult): Promise<void>;
};
