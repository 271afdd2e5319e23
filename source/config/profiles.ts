// Named profiles, as the Telnyx Node CLI has them (`defaultProfile` and `profiles` in one JSON file), pure: the
// file read and checked, and which profile a run uses. The keys are not in this file: each profile's key is a
// key file of its own beside it (config/key-file.ts savedKeyPath), so `api-key`, saved before profiles existed,
// is the `default` profile's key and keeps working.
import {didYouMean} from './did-you-mean.js';

export type Profile = {name: string; baseUrl?: string; readOnly: boolean};

/** The profiles file as written: the default's name, and each profile's settings (never its key). */
export type ProfilesFile = {defaultProfile?: string; profiles: Record<string, {baseUrl?: string; readOnly?: boolean}>};

/** The saved profiles: the file's, and `default` when only the key saved before profiles existed says so. */
export type SavedProfiles = {defaultProfile?: string; profiles: Profile[]};

export const EMPTY_PROFILES_FILE: ProfilesFile = {profiles: {}};
export const DEFAULT_PROFILE = 'default';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

/** Why a name cannot be a profile's (it names the key file, so it stays a plain word), or undefined. */
export function profileNameProblem(name: string): string | undefined {
	return NAME.test(name)
		? undefined
		: `"${name}" cannot name a profile: use 1 to 32 letters, digits, - or _, starting with a letter or digit.`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's text checked field by field; a wrong type is one sentence naming the file, never a crash. */
export function parseProfilesFile(text: string, file: string): {ok: true; value: ProfilesFile} | {ok: false; message: string} {
	const broken = (why: string) => ({ok: false as const, message: `The profiles file ${file} ${why}; fix or remove it.`});
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return broken('is not JSON');
	}
	if (!isObject(parsed) || !isObject(parsed['profiles'])) return broken('has no "profiles" object');
	const {defaultProfile} = parsed;
	if (defaultProfile !== undefined && typeof defaultProfile !== 'string') return broken('has a "defaultProfile" that is not a name');
	const profiles: ProfilesFile['profiles'] = {};
	for (const [name, settings] of Object.entries(parsed['profiles'])) {
		if (profileNameProblem(name)) return broken(`has a profile named ${JSON.stringify(name)}, which is not a profile name`);
		if (!isObject(settings)) return broken(`has a profile "${name}" that is not an object`);
		const {baseUrl, readOnly} = settings;
		if (baseUrl !== undefined && typeof baseUrl !== 'string') return broken(`has a "baseUrl" of "${name}" that is not text`);
		if (readOnly !== undefined && typeof readOnly !== 'boolean') return broken(`has a "readOnly" of "${name}" that is not true or false`);
		profiles[name] = {...(baseUrl !== undefined && {baseUrl}), ...(readOnly !== undefined && {readOnly})};
	}
	return {ok: true, value: {...(defaultProfile !== undefined && {defaultProfile}), profiles}};
}

/** The file's profiles, by name, with `default` added when its key file exists and the file does not list it. */
export function savedProfiles(file: ProfilesFile, defaultKeySaved: boolean): SavedProfiles {
	const listed = Object.entries(file.profiles).map(([name, {baseUrl, readOnly}]) => ({
		name,
		...(baseUrl !== undefined && {baseUrl}),
		readOnly: readOnly ?? false,
	}));
	const implicit = defaultKeySaved && !(DEFAULT_PROFILE in file.profiles) ? [{name: DEFAULT_PROFILE, readOnly: false}] : [];
	const profiles = [...implicit, ...listed].sort((a, b) => a.name.localeCompare(b.name));
	return {...(file.defaultProfile !== undefined && {defaultProfile: file.defaultProfile}), profiles};
}

/** The profile a run uses when none is asked for: the file's default, else `default` if it exists. */
export function defaultProfileName(saved: SavedProfiles): string | undefined {
	if (saved.defaultProfile !== undefined) return saved.defaultProfile;
	return saved.profiles.some(profile => profile.name === DEFAULT_PROFILE) ? DEFAULT_PROFILE : undefined;
}

/** "No profile named x", with the nearest known name and all of them, as the Telnyx CLI answers. */
export function unknownProfileMessage(name: string, saved: SavedProfiles, where: string): string {
	const known = saved.profiles.map(profile => profile.name);
	if (known.length === 0) return `No profile named "${name}" (${where}): none is saved yet; ec-tui profile add ${name} saves one.`;
	const near = didYouMean(name, known);
	return `No profile named "${name}" (${where}).${near ? ` Did you mean ${near}?` : ''} Known profiles: ${known.join(', ')} (ec-tui profile list).`;
}

export type ProfilePick = {ok: true; profile: Profile | undefined} | {ok: false; message: string};

/**
 * The profile of a run: --profile, else TELNYX_PROFILE, else the saved default; undefined when none is asked for and
 * none is saved. A name asked for that does not exist is an error that lists the known ones.
 */
export function pickProfile(flag: string | undefined, envName: string | undefined, saved: SavedProfiles): ProfilePick {
	const asked = flag !== undefined ? {name: flag, where: '--profile'} : envName ? {name: envName, where: 'TELNYX_PROFILE'} : undefined;
	const fallback = defaultProfileName(saved);
	const wanted = asked ?? (fallback === undefined ? undefined : {name: fallback, where: 'the default profile'});
	if (!wanted) return {ok: true, profile: undefined};
	const profile = saved.profiles.find(candidate => candidate.name === wanted.name);
	return profile ? {ok: true, profile} : {ok: false, message: unknownProfileMessage(wanted.name, saved, wanted.where)};
}
