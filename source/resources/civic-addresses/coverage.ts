// A connection's emergency coverage: one row per location, how many of its numbers sit there, and what is known
// of its static emergency address. Locations with none known come first, the most numbers first among them:
// they are the ones to check. Pure.
import {isRecord} from '../../api/is-record.js';
import type {EmergencyKnown} from './emergency-knowledge.js';
import {placeIndex} from './places.js';
import type {CivicAddress} from './types.js';

/** A location's numbers: counted, the count failed, or still being counted (undefined). */
export type NumberCount = number | 'failed' | undefined;

export type CoverageRow = {locationId: string; name: string; numbers: NumberCount; emergency: EmergencyKnown | undefined};

/** Every location of the addresses, each once, in the order listed. */
export function locationIds(addresses: readonly CivicAddress[]): string[] {
	const ids = new Set<string>();
	for (const address of addresses) {
		for (const location of Array.isArray(address.locations) ? address.locations : []) {
			if (isRecord(location) && typeof location.id === 'string' && location.id !== '') ids.add(location.id);
		}
	}
	return [...ids];
}

const RANK = {none: 0, set: 1, accepted: 2} as const;
const rank = (row: CoverageRow) => RANK[row.emergency?.kind ?? 'none'];
const counted = (row: CoverageRow) => (typeof row.numbers === 'number' ? row.numbers : -1);

export function coverageRows(
	addresses: readonly CivicAddress[],
	counts: ReadonlyMap<string, NumberCount>,
	known: (locationId: string) => EmergencyKnown | undefined,
): CoverageRow[] {
	const names = placeIndex(addresses);
	const rows = locationIds(addresses).map(locationId => ({
		locationId,
		name: names.get(locationId) ?? locationId,
		numbers: counts.get(locationId),
		emergency: known(locationId),
	}));
	return rows.sort((a, b) => rank(a) - rank(b) || counted(b) - counted(a) || a.name.localeCompare(b.name));
}

export type CoverageSummary = {locations: number; unknown: number; numbersOnUnknown: number; counted: number};

export function coverageSummary(rows: readonly CoverageRow[]): CoverageSummary {
	const unknown = rows.filter(row => row.emergency === undefined);
	return {
		locations: rows.length,
		unknown: unknown.length,
		numbersOnUnknown: unknown.reduce((sum, row) => sum + (typeof row.numbers === 'number' ? row.numbers : 0), 0),
		counted: rows.filter(row => row.numbers !== undefined).length,
	};
}
