// What an id must look like before it goes into a path, as the spec gives each path parameter: int64 digits
// (`x-format: int64`), a UUID (`format: uuid`), or any text. Ids are strings on the wire and stay strings here.
import {fitsInt64} from './int64-id.js';

export type IdFormat = 'int64' | 'uuid' | 'text';

const DIGITS = /^\d{1,19}$/;
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
// '.' and '..' are dot segments: URL resolution would drop them and the segment before, whatever the contract says.
const DOT_SEGMENTS: ReadonlySet<string> = new Set(['.', '..']);

/** Why `id` cannot be one path segment of `format`, or undefined when it can. */
export function idProblem(format: IdFormat, id: unknown): string | undefined {
	if (typeof id !== 'string') return `is ${id === null ? 'null' : `a ${typeof id}`}, not a string`;
	const segmentProblem = pathSegmentProblem(id);
	if (segmentProblem) return segmentProblem;
	if (format === 'int64' && !(DIGITS.test(id) && fitsInt64(id))) return 'is not an int64 id (1 to 19 digits)';
	if (format === 'uuid' && !UUID.test(id)) return 'is not a UUID';
	return undefined;
}

/** The rule every segment of every path keeps, whatever its parameter's format: defence in depth. */
export function pathSegmentProblem(segment: string): string | undefined {
	if (segment === '') return 'is empty';
	if (DOT_SEGMENTS.has(segment)) return `is the dot segment ${segment}`;
	return undefined;
}
