// The spec's number_ids are phone number ids ("Phone number ID from the Telnyx API"), not E.164 numbers: each
// typed number is looked up among the connection's numbers (filter[phone_number][eq], one row), a few at a time.
import type {ApiClient} from '../../api/client.js';
import {listPhoneNumbers} from '../phone-numbers/api.js';

/** `ids` in the order the numbers were typed; `numberOf` gives each id's E.164 number back for the review. */
export type ResolvedNumbers = {ids: string[]; numberOf: ReadonlyMap<string, string>; unknown: string[]};

// Enough to look up a pasted thousand in seconds, few enough not to meet the API's rate limit.
const LOOKUPS_IN_FLIGHT = 8;

export async function resolveNumberIds(
	client: ApiClient,
	connectionId: string,
	numbers: readonly string[],
	{signal, onProgress}: {signal: AbortSignal; onProgress?: (done: number) => void},
): Promise<ResolvedNumbers> {
	const found: Array<string | undefined> = Array.from({length: numbers.length});
	// One lookup failing stops the others: the person sees the error, not a half-done lookup going on.
	const stop = new AbortController();
	const lookups = AbortSignal.any([signal, stop.signal]);
	let next = 0;
	let done = 0;
	const lookUp = async () => {
		while (next < numbers.length) {
			const index = next++;
			const number = numbers[index]!;
			const page = await listPhoneNumbers(
				client,
				connectionId,
				{pageNumber: 1, pageSize: 1, filters: {phoneNumberEq: number}},
				{signal: lookups},
			);
			const [row] = page.data;
			// Only a row of this very number, with an id, names it: anything else is not this connection's.
			if (row?.telephone_number === number && typeof row.number_id === 'string' && row.number_id !== '') found[index] = row.number_id;
			onProgress?.(++done);
		}
	};
	try {
		await Promise.all(Array.from({length: Math.min(LOOKUPS_IN_FLIGHT, numbers.length)}, lookUp));
	} catch (error) {
		stop.abort();
		throw error;
	}
	const numberOf = new Map<string, string>();
	found.forEach((id, index) => {
		if (id !== undefined) numberOf.set(id, numbers[index]!);
	});
	return {ids: [...numberOf.keys()], numberOf, unknown: numbers.filter((_, index) => found[index] === undefined)};
}
