// Deterministic UUIDs (version 4 layout) for sub-resources: random-looking, and carrying the item's
// number k (masked) in their last 8 digits so a lookup by id costs O(1) instead of a scan.
import {mix32} from '../prng.js';

export const UUID_KINDS = {
	phoneNumber: 1,
	civicAddress: 2,
	location: 3,
	upload: 4,
	release: 5,
	releasedNumber: 6,
	tenant: 7,
} as const;
type Kind = (typeof UUID_KINDS)[keyof typeof UUID_KINDS];

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const hex = (value: number, digits: number) => (value >>> 0).toString(16).padStart(8, '0').slice(-digits);

/** The UUIDs of one kind under one connection, by k: everything but the last 8 digits is worked out once. */
export function uuidsOf(kind: Kind, connection: number, seed: number): (k: number) => string {
	const a = mix32(mix32(seed, kind), connection);
	const b = mix32(a, 0x51d);
	const variant = (8 + (b & 3)).toString(16);
	const mask = mix32(b, 0x3a5c);
	const prefix = `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b, 3)}-${variant}${hex(a >>> 12, 3)}-${hex(mix32(a, b), 4)}`;
	return k => prefix + hex((k ^ mask) >>> 0, 8);
}

export function uuidOf(kind: Kind, connection: number, k: number, seed: number): string {
	return uuidsOf(kind, connection, seed)(k);
}

/** The k a UUID of this kind and connection carries, or undefined for any other string. */
export function kOfUuid(uuid: string, kind: Kind, connection: number, seed: number): number | undefined {
	const match = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}([0-9a-f]{8})$/.exec(uuid);
	if (!match) return undefined;
	const b = mix32(mix32(mix32(seed, kind), connection), 0x51d);
	const k = (Number.parseInt(match[1]!, 16) ^ mix32(b, 0x3a5c)) >>> 0;
	return uuidOf(kind, connection, k, seed) === uuid ? k : undefined;
}
