import {constants} from 'node:fs';
import {chmod, mkdir, open, rename, stat, unlink} from 'node:fs/promises';
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import os from 'node:os';

export type KeyFileResult = {ok: true; key: string} | {ok: false; message: string};

/** A Telnyx key is under 100 bytes; a larger file is something else, and is not read into memory. */
export const MAX_KEY_FILE_BYTES = 4096;

/**
 * Reads an API key file, refusing one that group or others may read (a leaked key controls the account),
 * one that is not a regular file (a FIFO would block start-up for good) and one larger than a key can be.
 */
export async function readKeyFile(file: string): Promise<KeyFileResult> {
	const refuse = (why: string): KeyFileResult => ({ok: false, message: `Refusing the API key file ${file}: ${why}.`});
	let info;
	try {
		info = await stat(file);
	} catch {
		return {ok: false, message: `Cannot read the API key file ${file}: it does not exist or is not accessible.`};
	}
	const notUsable = problemOf(info);
	if (notUsable) return refuse(notUsable);
	if ((info.mode & 0o077) !== 0) {
		const octal = (info.mode & 0o777).toString(8);
		return refuse(`its mode is ${octal}, so other users can read it. Run chmod 600 ${file} and try again`);
	}
	let handle;
	try {
		// O_NONBLOCK: if the file was swapped for a FIFO since stat, opening it still returns at once.
		handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch {
		return {ok: false, message: `Cannot read the API key file ${file}: it does not exist or is not accessible.`};
	}
	try {
		const opened = problemOf(await handle.stat());
		if (opened) return refuse(opened);
		const buffer = Buffer.alloc(MAX_KEY_FILE_BYTES + 1);
		const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0);
		if (bytesRead > MAX_KEY_FILE_BYTES) return refuse(`it is larger than ${MAX_KEY_FILE_BYTES / 1024} KB, too large to be a key`);
		const key = buffer.subarray(0, bytesRead).toString('utf8').trim();
		if (key === '') return {ok: false, message: `The API key file ${file} is empty.`};
		return {ok: true, key};
	} finally {
		await handle.close();
	}
}

function problemOf(info: {isFile(): boolean; isDirectory(): boolean; size: number}): string | undefined {
	if (info.isDirectory()) return 'it is a directory, not a file';
	if (!info.isFile()) return 'it is not a regular file';
	if (info.size > MAX_KEY_FILE_BYTES) return `it is larger than ${MAX_KEY_FILE_BYTES / 1024} KB, too large to be a key`;
	return undefined;
}

function configDirectory(env: NodeJS.ProcessEnv): string {
	const base = env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
	return path.join(base, 'ec-tui');
}

export function savedKeyPath(env: NodeJS.ProcessEnv): string {
	return path.join(configDirectory(env), 'api-key');
}

/**
 * Saves a key for later runs, readable by the owner only. It is written to a new file (never through a
 * symlink someone left at the save path) and renamed into place, which replaces such a link instead.
 */
export async function saveKey(key: string, env: NodeJS.ProcessEnv): Promise<string> {
	const file = savedKeyPath(env);
	const directory = path.dirname(file);
	await mkdir(directory, {recursive: true, mode: 0o700});
	// mkdir leaves an existing directory's mode as it was.
	await chmod(directory, 0o700);
	const temporary = path.join(directory, `.api-key-${randomBytes(6).toString('hex')}`);
	const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
	try {
		await handle.writeFile(`${key}\n`);
		await handle.chmod(0o600);
		await handle.close();
		await rename(temporary, file);
	} catch (error) {
		await handle.close().catch(() => undefined);
		await unlink(temporary).catch(() => undefined);
		throw error;
	}
	return file;
}
