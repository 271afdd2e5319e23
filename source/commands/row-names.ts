// The name column for a page of rows: the resource's name fetcher (one GET /connections/{id} a row, as the TUI's
// name column), READS_IN_FLIGHT at a time; a 429 waits its Retry-After and asks again, at most RATE_LIMITED_ROUNDS
// times; a name that cannot be had is empty, as in the TUI, and does not fail the export.
import type {NameFetcher} from '../names/name-queue.js';
import {EMPTY} from '../text/format.js';
import type {Clean} from '../text/sanitize.js';
import {showField} from '../components/wire-value.js';
import {pause} from '../paging/pause.js';
import {readInFlight, READS_IN_FLIGHT} from '../paging/read-in-flight.js';

const RATE_LIMITED_ROUNDS = 3;
const DEFAULT_WAIT_MS = 1000;

async function nameOf(fetchName: NameFetcher, id: string, signal: AbortSignal): Promise<Clean> {
	for (let round = 0; round <= RATE_LIMITED_ROUNDS && !signal.aborted; round++) {
		const outcome = await fetchName(id, signal);
		if (outcome.kind === 'name') return showField(outcome.name, 'text');
		if (outcome.kind === 'failed') break;
		await pause(outcome.retryAfterMs ?? DEFAULT_WAIT_MS, signal);
	}
	return EMPTY;
}

/** The name of each id, by id. */
export async function namesOf(fetchName: NameFetcher, ids: readonly string[], signal: AbortSignal): Promise<Map<string, Clean>> {
	const names = await readInFlight(ids, READS_IN_FLIGHT, signal, (id, reads) => nameOf(fetchName, id, reads));
	return new Map(ids.map((id, index) => [id, names[index]!]));
}
