// A V8 code cache for the app bundle: compiling 720 KB of JavaScript, and the functions the first frame runs, is
// the largest part of start-up that Node 20 does not cache itself (it has no module.enableCompileCache). The
// cache is one file, rewritten whole for another bundle or Node: stale or broken, V8 rejects it and the bundle
// compiles as if there were none, and a cache that cannot be read or written is simply not used.
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {isAbsolute, join} from 'node:path';
import {Script} from 'node:vm';

const HEADER = 'ec-tui code cache ';
// The header line never comes near this; a longer search means the file is not one of ours.
const MAX_HEADER_BYTES = 512;

export type CacheState = 'absent' | 'accepted' | 'rejected';

/** $XDG_CACHE_HOME/ec-tui, or ~/.cache/ec-tui: the XDG base directory rule, which ignores a relative path. */
export function codeCacheFile(env: NodeJS.ProcessEnv, home: string): string {
	const xdg = env['XDG_CACHE_HOME'];
	return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'ec-tui', 'code-cache');
}

/** What identifies a cache: the bundle (its build's hash and its length) and the Node that compiled it. */
export function codeCacheKey(bundleId: string, source: string): string {
	return `${bundleId} ${source.length} ${process.version} ${process.arch}`;
}

/** The cached data for key, or undefined when the file is missing, unreadable or for another key. */
export function readCodeCache(file: string, key: string): Buffer | undefined {
	let data: Buffer;
	try {
		data = readFileSync(file);
	} catch {
		return undefined;
	}
	const end = data.subarray(0, MAX_HEADER_BYTES).indexOf(10);
	if (end === -1 || data.toString('utf8', 0, end) !== `${HEADER}${key}`) return undefined;
	return data.subarray(end + 1);
}

/** Writes the cache through a temporary file and a rename, so a reader never sees half a file; false if it could not. */
export function writeCodeCache(file: string, key: string, data: Buffer): boolean {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		mkdirSync(join(file, '..'), {recursive: true});
		writeFileSync(temporary, Buffer.concat([Buffer.from(`${HEADER}${key}\n`), data]));
		renameSync(temporary, file);
		return true;
	} catch {
		removeQuietly(temporary);
		return false;
	}
}

function removeQuietly(path: string): void {
	try {
		rmSync(path, {force: true});
	} catch {
		// Nothing was written there, or it cannot be removed either: the next write replaces it.
	}
}

/** Compiles source as a script, from the cache at file when V8 accepts it. */
export function compileWithCache(source: string, filename: string, file: string, key: string): {script: Script; state: CacheState} {
	const cachedData = readCodeCache(file, key);
	const script = new Script(source, {filename, ...(cachedData && {cachedData})});
	return {script, state: cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted'};
}
