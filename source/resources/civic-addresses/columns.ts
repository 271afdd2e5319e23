// The civic addresses list (and the emergency address picker): what an address is called and where it is.
import {EMPTY, formatCount} from '../../text/format.js';
import {cleanText} from '../../text/sanitize.js';
import {showField} from '../../components/wire-value.js';
import type {ColumnSet} from '../resource-columns.js';
import {addressLine} from './places.js';
import type {CivicAddress} from './types.js';

export type CivicAddressColumnKey = 'description' | 'address' | 'country' | 'locations' | 'company' | 'id';

function locationsCell(address: CivicAddress) {
	const locations: unknown = address.locations;
	return Array.isArray(locations) ? formatCount(locations.length) : showField(locations, 'an object');
}

export function civicAddressColumns(): ColumnSet<CivicAddress, CivicAddressColumnKey> {
	return {
		columns: [
			{key: 'description', title: 'description', min: 12, ideal: 28, tier: 1, cell: a => showField(a.description, 'text')},
			{key: 'address', title: 'address', min: 16, ideal: 44, tier: 1, cell: a => cleanText(addressLine(a, {country: false})) || EMPTY},
			{key: 'country', title: 'country', min: 7, ideal: 7, tier: 1, cell: a => showField(a.country, 'text')},
			{key: 'locations', title: 'locations', min: 9, ideal: 9, tier: 1, cell: locationsCell},
			{key: 'company', title: 'company', min: 8, ideal: 20, tier: 2, cell: a => showField(a.company_name, 'text')},
			{key: 'id', title: 'id', min: 36, ideal: 36, tier: 2, cell: a => showField(a.id, 'text')},
		],
		displayOrder: ['description', 'address', 'country', 'locations', 'company', 'id'],
		stretch: ['address'],
	};
}
