// Names for the location and civic address ids other records carry, from the connection's address
// list (one small request): a Teams admin knows "Austin Office · 14th Floor", not a UUID.
import {isRecord} from '../../api/is-record.js';
import {cleanText, type Clean} from '../../components/sanitize.js';
import {showField} from '../../components/wire-value.js';
import type {CivicAddress} from './types.js';

/** Location id or civic address id → its name, as the API wrote it (cleaned when shown). */
export type Places = ReadonlyMap<string, string>;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const joined = (parts: unknown[], separator: string) => parts.map(text).filter(Boolean).join(separator);

/** '600 Congress Ave, Austin, TX 78701, US' (the country left out for a column of its own); wrong-typed parts are left out (the detail shows them). */
export function addressLine(address: CivicAddress, {country = true}: {country?: boolean} = {}): string {
	const street = joined([joined([address.house_number, address.house_number_suffix], ''), address.street_name, address.street_suffix], ' ');
	const region = joined([address.state_or_province, address.postal_or_zip_code], ' ');
	return joined([street, address.city_or_town, region, country ? address.country : ''], ', ');
}

/** The address's description, else its street line. */
export function addressName(address: CivicAddress): string {
	return text(address.description) || addressLine(address);
}

export function placeIndex(addresses: readonly CivicAddress[]): Places {
	const places = new Map<string, string>();
	for (const address of addresses) {
		const name = addressName(address);
		if (typeof address.id === 'string' && name) places.set(address.id, name);
		for (const location of Array.isArray(address.locations) ? address.locations : []) {
			if (!isRecord(location) || typeof location.id !== 'string') continue;
			// The default location is the address itself; the others are a floor or wing of it.
			const own = location.is_default === true ? '' : joined([location.description, location.additional_info], ', ');
			places.set(location.id, joined([name, own], ' · ') || location.id);
		}
	}
	return places;
}

/** The place's name when `places` knows the id, else the id as sent. */
export function placeName(places: Places | undefined, id: unknown): Clean {
	const name = typeof id === 'string' ? places?.get(id) : undefined;
	return name === undefined ? showField(id, 'text') : cleanText(name);
}
