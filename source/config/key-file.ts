import {constants} from 'node:fs';
import {chmod, mkdir, open, rename, stat, unlink} from 'node:fs/promises';
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import os from 'node:os';

export type KeyFileResult = {ok: true; key: string} | {ok: false; message: string};
export type PrivateFileResult = {ok: true; text: string} | {ok: false; message: string};

/** A Telnyx key is under 100 bytes; a larger file is something else, and is not read into memory. */
export const MAX_KEY_FILE_BYTES = 4096;

/**
 * Reads an API key file, refusing one that group or others may read (a leaked key controls the account),
 * one that is not a regular file (a FIFO would block start-up for good) and one larger than a key can be.
 */
export async function readKeyFile(file: string): Promise<KeyFileResult> {
	const result = await readPrivateFile(file, 'API key file', MAX_KEY_FILE_BYTES);
	if (!result.ok) return result;
	const key = result.text.trim();
	return key === '' ? {ok: false, message: `The API key file ${file} is empty.`} : {ok: true, key};
}

/** A file only its owner may read (`what` names it in messages), read whole when it is a regular file of at most `maxBytes`. */
export async function readPrivateFile(file: string, what: string, maxBytes: number): Promise<PrivateFileResult> {
	const refuse = (why: string): PrivateFileResult => ({ok: false, message: `Refusing the ${what} ${file}: ${why}.`});
	const problemOf = (info: {isFile(): boolean; isDirectory(): boolean; size: number}) => fileProblem(info, maxBytes);
	let info;
	try {
		info = await stat(file);
	} catch {
		return {ok: false, message: `Cannot read the ${what} ${file}: it does not exist or is not accessible.`};
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
		return {ok: false, message: `Cannot read the ${what} ${file}: it does not exist or is not accessible.`};
	}
	try {
		const opened = problemOf(await handle.stat());
		if (opened) return refuse(opened);
		const buffer = Buffer.alloc(maxBytes + 1);
		const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0);
		if (bytesRead > maxBytes) return refuse(tooLarge(maxBytes));
		return {ok: true, text: buffer.subarray(0, bytesRead).toString('utf8')};
	} finally {
		await handle.close();
	}
}

const tooLarge = (maxBytes: number) =>
	maxBytes === MAX_KEY_FILE_BYTES
		? `it is larger than ${maxBytes / 1024} KB, too large to be a key`
		: `it is larger than ${maxBytes / 1024} KB`;

function fileProblem(info: {isFile(): boolean; isDirectory(): boolean; size: number}, maxBytes: number): string | undefined {
	if (info.isDirectory()) return 'it is a directory, not a file';
	if (!info.isFile()) return 'it is not a regular file';
	if (info.size > maxBytes) return tooLarge(maxBytes);
	return undefined;
}

/** $XDG_CONFIG_HOME/ec-tui, or ~/.config/ec-tui: the saved keys and the profiles file. */
export function configDirectory(env: NodeJS.ProcessEnv): string {
	const base = env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
	return path.join(base, 'ec-tui');
}

/** The saved key of a profile: `api-key` is the `default` profile's (the file saved keys have always gone to). */
export function savedKeyPath(env: NodeJS.ProcessEnv, profile = 'default'): string {
	return path.join(configDirectory(env), profile === 'default' ? 'api-key' : `api-key.${profile}`);
}

/** Saves a key for later runs (the `default` profile's unless another is named), readable by the owner only. */
export async function saveKey(key: string, env: NodeJS.ProcessEnv, profile?: string): Promise<string> {
	const file = savedKeyPath(env, profile);
	await writePrivateFile(file, `${key}\n`);
	return file;
}

/**
 * Writes a file readable by the owner only, in a directory only they may enter. It is written to a new file (never
 * through a symlink someone left at the path) and renamed into place, which replaces such a link instead.
 */
export async function writePrivateFile(file: string, text: string): Promise<void> {
	const directory = path.dirname(file);
	await mkdir(directory, {recursive: true, mode: 0o700});
	// mkdir leaves an existing directory's mode as it was.
	await chmod(directory, 0o700);
	const temporary = path.join(directory, `.${path.basename(file)}-${randomBytes(6).toString('hex')}`);
	const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
	try {
		await handle.writeFile(text);
		await handle.chmod(0o600);
		await handle.close();
		await rename(temporary, file);
	} catch (error) {
		await handle.close().catch(() => undefined);
		await unlink(temporary).catch(() => undefined);
		throw error;
	}
}
