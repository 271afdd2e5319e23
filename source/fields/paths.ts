// Reading and writing a request body or a record by a field's path ('outbound.channel_limit').

export type Json = Record<string, unknown>;

export function getAt(object: unknown, path: readonly string[]): unknown {
	let value = object;
	for (const segment of path) {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
		value = (value as Json)[segment];
	}
	return value;
}

/** Sets the value, making the objects on the way; keys keep the order they were first set in. */
export function setAt(object: Json, path: readonly string[], value: unknown): void {
	let target = object;
	for (const segment of path.slice(0, -1)) {
		const next = target[segment];
		if (typeof next !== 'object' || next === null) target[segment] = {};
		target = target[segment] as Json;
	}
	target[path.at(-1)!] = value;
}
