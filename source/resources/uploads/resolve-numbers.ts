// The spec's number_ids are phone number ids ("Phone number ID from the Telnyx API"), not E.164 numbers: each
// typed number is looked up among the connection's numbers (filter[phone_number][eq], one row), a few at a time.
import type {ApiClient} from '../../api/client.js';
import {readInFlight, READS_IN_FLIGHT} from '../../paging/read-in-flight.js';
import {listPhoneNumbers} from '../phone-numbers/api.js';

/** `ids` in the order the numbers were typed; `numberOf` gives each id's E.164 number back for the review. */
export type ResolvedNumbers = {ids: string[]; numberOf: ReadonlyMap<string, string>; unknown: string[]};

export async function resolveNumberIds(
	client: ApiClient,
	connectionId: string,
	numbers: readonly string[],
	{signal, onProgress}: {signal: AbortSignal; onProgress?: (done: number) => void},
): Promise<ResolvedNumbers> {
	let done = 0;
	const found = await readInFlight(numbers, READS_IN_FLIGHT, signal, async (number, lookups) => {
		const page = await listPhoneNumbers(
			client,
			connectionId,
			{pageNumber: 1, pageSize: 1, filters: {phoneNumberEq: number}},
			{signal: lookups},
		);
		onProgress?.(++done);
		const [row] = page.data;
		// Only a row of this very number, with an id, names it: anything else is not this connection's.
		return row?.telephone_number === number && typeof row.number_id === 'string' && row.number_id !== '' ? row.number_id : undefined;
	});
	const numberOf = new Map<string, string>();
	found.forEach((id, index) => {
		if (id !== undefined) numberOf.set(id, numbers[index]!);
	});
	return {ids: [...numberOf.keys()], numberOf, unknown: numbers.filter((_, index) => found[index] === undefined)};
}
