// The detail's records as text: the raw JSON view and what `y` copies are the same text, so a copy is
// exactly what the screen showed, before the sanitizer escaped it for the terminal.
import type {Connection, ExternalConnection} from '../api/types.js';
import type {Load} from '../data/load.js';

// JSON.stringify recurses: a record nested some thousands of levels deep (JSON.parse takes it) would
// overflow the stack. Deeper than anyone reads, a value is replaced by a note saying so.
const MAX_JSON_DEPTH = 32;

function withinDepth(value: unknown, depth = 0): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (depth >= MAX_JSON_DEPTH) return `${Array.isArray(value) ? '[…]' : '{…}'} nested too deep to show`;
	if (Array.isArray(value)) return value.map(item => withinDepth(item, depth + 1));
	return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withinDepth(item, depth + 1)]));
}

/** Both records as the API sent them, pretty-printed; a connection that did not load is null. */
export function detailJson(external: ExternalConnection, connection: Load<Connection>): string {
	const record = {external_connection: external, connection: connection.status === 'loaded' ? connection.value : null};
	return JSON.stringify(withinDepth(record), null, 2);
}

/** A record as the API sent it, pretty-printed: a number's, an address's, an upload's, … */
export function recordJson(record: unknown): string {
	return JSON.stringify(withinDepth(record), null, 2) ?? 'null';
}

/** What `y` copies of one field: text as it is, anything else as JSON; nothing for an absent value. */
export function rawValue(value: unknown): string | undefined {
	if (value === null || value === undefined || value === '') return undefined;
	return typeof value === 'string' ? value : JSON.stringify(withinDepth(value));
}

/**
 * A field of a nested object such as `outbound.channel_limit`; when the object itself is of the wrong type,
 * that is what the row shows (as showMember does) and so what it copies.
 */
export function memberOf(group: unknown, key: string): unknown {
	return typeof group === 'object' && group !== null && !Array.isArray(group) ? (group as Record<string, unknown>)[key] : group;
}
