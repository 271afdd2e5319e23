// The profiles file on disk: $XDG_CONFIG_HOME/ec-tui/profiles.json, read with the key file's checks (owner only, a
// regular file, small) and written as the keys are (a new 0600 file renamed into place).
import {existsSync} from 'node:fs';
import path from 'node:path';
import {configDirectory, readPrivateFile, savedKeyPath, writePrivateFile} from './key-file.js';
import {EMPTY_PROFILES_FILE, parseProfilesFile, savedProfiles, type ProfilesFile, type SavedProfiles} from './profiles.js';

// Hundreds of profiles fit; a larger file is something else, and is not read into memory.
const MAX_PROFILES_FILE_BYTES = 64 * 1024;

export type Read<T> = {ok: true; value: T} | {ok: false; message: string};

export function profilesFilePath(env: NodeJS.ProcessEnv): string {
	return path.join(configDirectory(env), 'profiles.json');
}

/** The file as written; none yet is an empty one. */
export async function readProfilesFile(env: NodeJS.ProcessEnv): Promise<Read<ProfilesFile>> {
	const file = profilesFilePath(env);
	if (!existsSync(file)) return {ok: true, value: EMPTY_PROFILES_FILE};
	const read = await readPrivateFile(file, 'profiles file', MAX_PROFILES_FILE_BYTES);
	return read.ok ? parseProfilesFile(read.text, file) : read;
}

/** Every saved profile: the file's, and `default` when the key saved before profiles existed is there. */
export async function readSavedProfiles(env: NodeJS.ProcessEnv): Promise<Read<SavedProfiles>> {
	const read = await readProfilesFile(env);
	return read.ok ? {ok: true, value: savedProfiles(read.value, existsSync(savedKeyPath(env)))} : read;
}

export async function writeProfilesFile(env: NodeJS.ProcessEnv, value: ProfilesFile): Promise<string> {
	const file = profilesFilePath(env);
	await writePrivateFile(file, `${JSON.stringify(value, null, 2)}\n`);
	return file;
}
