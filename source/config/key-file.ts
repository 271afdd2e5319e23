import {readFile, stat, mkdir, writeFile, chmod} from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';

export type KeyFileResult = {ok: true; key: string} | {ok: false; message: string};

/** Reads an API key file, refusing one that group or others may read: a leaked key controls the account. */
export async function readKeyFile(file: string): Promise<KeyFileResult> {
	let mode: number;
	try {
		mode = (await stat(file)).mode;
	} catch {
		return {ok: false, message: `Cannot read the API key file ${file}: it does not exist or is not accessible.`};
	}
	if ((mode & 0o077) !== 0) {
		const octal = (mode & 0o777).toString(8);
		return {
			ok: false,
			message: `Refusing the API key file ${file}: its mode is ${octal}, so other users can read it. Run chmod 600 ${file} and try again.`,
		};
	}
	const key = (await readFile(file, 'utf8')).trim();
	if (key === '') return {ok: false, message: `The API key file ${file} is empty.`};
	return {ok: true, key};
}

function configDirectory(env: NodeJS.ProcessEnv): string {
	const base = env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
	return path.join(base, 'ec-tui');
}

export function savedKeyPath(env: NodeJS.ProcessEnv): string {
	return path.join(configDirectory(env), 'api-key');
}

/** Saves a key for later runs, readable by the owner only. */
export async function saveKey(key: string, env: NodeJS.ProcessEnv): Promise<string> {
	const file = savedKeyPath(env);
	await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
	await writeFile(file, `${key}\n`, {mode: 0o600});
	await chmod(file, 0o600);
	return file;
}
