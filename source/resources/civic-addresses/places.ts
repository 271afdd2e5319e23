// Names for the location and civic address ids other records carry, from the connection's address
// list (one small request): a Teams admin knows "Austin Office · 14th Floor", not a UUID.
import {isRecord} from '../../api/is-record.js';
import {cleanText, type Clean} from '../../text/sanitize.js';
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
	// By id, the last one listed winning, as a map would.
	const places = new Map<string, Place>();
	for (const address of addresses) {
		const name = addressName(address);
		const town = joined([address.city_or_town, address.postal_or_zip_code], ' ');
		if (typeof address.id === 'string' && name) places.set(address.id, {kind: 'address', name, town});
		for (const location of Array.isArray(address.locations) ? address.locations : []) {
			if (!isRecord(location) || typeof location.id !== 'string') continue;
			// The default location is the address itself; the others are a floor or wing of it.
			const own = location.is_default === true ? '' : joined([location.description, location.additional_info], ', ');
			places.set(location.id, {kind: 'location', name: joined([name, own], ' · ') || location.id, town});
		}
	}
	return distinguished(places);
}

type Place = {kind: 'address' | 'location'; name: string; town: string};

/**
 * Two places of a kind with one name are told apart: by town and postal code where that is theirs alone, else by
 * the shortest tail of their ids that does (a location without a description of its own is named as its address).
 */
function distinguished(places: ReadonlyMap<string, Place>): Map<string, string> {
	const groups = new Map<string, string[]>();
	for (const [id, {kind, name}] of places) {
		const key = `${kind} ${name}`;
		groups.set(key, [...(groups.get(key) ?? []), id]);
	}
	const names = new Map<string, string>();
	for (const ids of groups.values()) {
		const {name} = places.get(ids[0]!)!;
		if (ids.length === 1) {
			names.set(ids[0]!, name);
			continue;
		}
		const towns = ids.map(id => places.get(id)!.town);
		const ownTown = (town: string) => town !== '' && towns.filter(other => other === town).length === 1;
		const rest = ids.filter((_, index) => !ownTown(towns[index]!));
		const restTails = idTails(rest);
		const tails = new Map(rest.map((id, index) => [id, restTails[index]!]));
		ids.forEach((id, index) => names.set(id, `${name} · ${tails.get(id) ?? towns[index]}`));
	}
	return names;
}

const SHORTEST_TAIL = 4;

/** `…e480b`: each id's last characters, as few as keep them apart (ids are distinct, so the whole id always does). */
function idTails(ids: readonly string[]): string[] {
	const characters = ids.map(id => Array.from(id));
	const longest = Math.max(...characters.map(chars => chars.length));
	for (let length = SHORTEST_TAIL; ; length++) {
		const tails = characters.map(chars => chars.slice(-length).join(''));
		if (length >= longest || new Set(tails).size === ids.length) {
			return tails.map((tail, index) => (tail === ids[index] ? tail : `…${tail}`));
		}
	}
}

/** The place's name when `places` knows the id, else the id as sent. */
export function placeName(places: Places | undefined, id: unknown): Clean {
	const name = typeof id === 'string' ? places?.get(id) : undefined;
	return name === undefined ? showField(id, 'text') : cleanText(name);
}
