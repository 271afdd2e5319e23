// Answers to reads, kept until the next write: a GET's answer depends only on its path and query and on
// what writes have changed, so 500 clients asking for the same page cost one rendering and one compression.
// Bounded by bytes; any request that may write empties it.
import {constants, gzip} from 'node:zlib';
import {promisify} from 'node:util';
import type {RouteResponse} from './replies.js';

export type CachedResponse = {status: number; headers: Record<string, string>; body: Buffer; gzipped(): Promise<Buffer>};

export const MAX_CACHED_BYTES = 32 * 1024 * 1024;
/** Smaller answers are sent as they are: compressing them saves less than it costs. */
export const GZIP_MIN_BYTES = 16 * 1024;

const gzipAsync = promisify(gzip);
// The fastest level: on loopback the sandbox's own CPU is what bounds a client that reads pages side by side (an
// export), and level 1 takes about a quarter of the default level's time for a body some 20 % larger.
const compress = (body: Buffer) => gzipAsync(body, {level: constants.Z_BEST_SPEED});

export function createResponseCache(maxBytes = MAX_CACHED_BYTES) {
	const entries = new Map<string, CachedResponse>();
	let bytes = 0;

	const entryOf = (response: RouteResponse): CachedResponse => {
		const body = Buffer.from(response.body, 'utf8');
		let compressed: Promise<Buffer> | undefined;
		return {
			status: response.status,
			headers: response.headers ?? {},
			body,
			// Compressed once, off the event loop (zlib's thread pool), and only when a client asks for it.
			gzipped: () => (compressed ??= compress(body)),
		};
	};

	return {
		/** The answer for this key: the cached one, or `render`'s, cached when it fits. */
		get(key: string, render: () => RouteResponse): CachedResponse {
			const cached = entries.get(key);
			if (cached) {
				// Most recently used last, so eviction takes the oldest first.
				entries.delete(key);
				entries.set(key, cached);
				return cached;
			}
			const entry = entryOf(render());
			if (entry.body.length > maxBytes / 4) return entry;
			entries.set(key, entry);
			bytes += entry.body.length;
			for (const [oldKey, old] of entries) {
				if (bytes <= maxBytes) break;
				entries.delete(oldKey);
				bytes -= old.body.length;
			}
			return entry;
		},
		clear(): void {
			entries.clear();
			bytes = 0;
		},
	};
}
