// The menu a location is picked from: every location of the connection's civic addresses, by name, the
// current one marked and chosen first. Ids come only from the API's own list, never from typing.
import {isRecord} from '../../api/is-record.js';
import {clean, cleanText, type Clean} from '../../text/sanitize.js';
import {placeIndex} from './places.js';
import type {CivicAddress} from './types.js';

export type Choice = {label: Clean; value: string};

export function locationChoices(addresses: readonly CivicAddress[], current: unknown): {items: Choice[]; initialIndex: number} {
	const places = placeIndex(addresses);
	const items: Choice[] = [];
	for (const address of addresses) {
		for (const location of Array.isArray(address.locations) ? address.locations : []) {
			if (!isRecord(location) || typeof location.id !== 'string') continue;
			const mark = location.id === current ? ' (current)' : '';
			items.push({label: cleanText(`${places.get(location.id) ?? location.id}${mark}`), value: location.id});
		}
	}
	return {
		items: distinct(items),
		initialIndex: Math.max(
			0,
			items.findIndex(item => item.value === current),
		),
	};
}

/** Two places of the same name (an address's default location and an unnamed one) are told apart by their ids. */
function distinct(items: Choice[]): Choice[] {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
	return items.map(item => (counts.get(item.label)! > 1 ? {...item, label: clean`${item.label} · ${cleanText(item.value)}`} : item));
}

/** The menu of the connection's civic addresses, by name, the current one marked and chosen first. */
export function addressChoices(addresses: readonly CivicAddress[], current: unknown): {items: Choice[]; initialIndex: number} {
	const places = placeIndex(addresses);
	const items = addresses.flatMap(address =>
		typeof address.id === 'string'
			? [{label: cleanText(`${places.get(address.id) ?? address.id}${address.id === current ? ' (current)' : ''}`), value: address.id}]
			: [],
	);
	return {
		items: distinct(items),
		initialIndex: Math.max(
			0,
			items.findIndex(item => item.value === current),
		),
	};
}
