import {useEffect, useState} from 'react';
import type {ApiClient} from '../../api/client.js';
import type {NumberCount} from '../../resources/civic-addresses/coverage.js';
import {listPhoneNumbers} from '../../resources/phone-numbers/api.js';

// Few enough not to meet the API's rate limit, enough to count a few dozen locations in a second or two.
const COUNTS_IN_FLIGHT = 4;

/**
 * How many of the connection's numbers sit at each location: one request each (`filter[location_id][eq]`,
 * `page[size]=1`, read from `meta.total_results`), a few at a time, never a walk over the numbers. `round`
 * counts again; leaving the screen aborts what is in flight.
 */
export function useLocationCounts(
	client: ApiClient,
	connectionId: string,
	ids: readonly string[],
	round: number,
): ReadonlyMap<string, NumberCount> {
	const [counted, setCounted] = useState<{key: string; counts: ReadonlyMap<string, NumberCount>}>();
	const wanted = JSON.stringify([connectionId, ids, round]);
	useEffect(() => {
		const locations = JSON.parse(wanted) as [string, string[], number];
		const [connection, toCount] = locations;
		const controller = new AbortController();
		const record = (id: string, count: NumberCount) =>
			setCounted(previous => {
				const counts = new Map(previous?.key === wanted ? previous.counts : []);
				counts.set(id, count);
				return {key: wanted, counts};
			});
		let next = 0;
		const countNext = async (): Promise<void> => {
			while (next < toCount.length && !controller.signal.aborted) {
				const id = toCount[next++]!;
				try {
					const page = await listPhoneNumbers(
						client,
						connection,
						{pageNumber: 1, pageSize: 1, filters: {locationId: id}},
						{signal: controller.signal},
					);
					if (!controller.signal.aborted) record(id, page.meta.total_results ?? 'failed');
				} catch {
					// One count failing leaves the others: the row says its count could not be had.
					if (!controller.signal.aborted) record(id, 'failed');
				}
			}
		};
		for (let worker = 0; worker < Math.min(COUNTS_IN_FLIGHT, toCount.length); worker++) void countNext();
		return () => controller.abort();
	}, [client, wanted]);
	return counted?.key === wanted ? counted.counts : new Map();
}
