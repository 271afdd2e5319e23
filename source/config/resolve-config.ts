import type {Flags} from './parse-flags.js';
import {readKeyFile, savedKeyPath} from './key-file.js';
import {readSavedProfiles} from './profiles-file.js';
import {pickProfile, unknownProfileMessage, type Profile} from './profiles.js';
import {DEFAULT_BASE_URL} from '../api/base-url.js';
import {keyCharacterProblem} from './key-characters.js';
import {isLoopbackHost} from './loopback.js';

/** What decides the account: the flags resolveConfig reads (the TUI passes all its flags, a subcommand these). */
/** `readOnly` and `noJournal` are not read here: they ride along to whoever builds the client. */
export type TargetFlags = Pick<Flags, 'demo' | 'baseUrl' | 'apiKeyFile' | 'allowInsecureHttp' | 'profile' | 'readOnly' | 'noJournal'>;

export type ResolvedConfig =
	| {mode: 'demo'}
	/**
	 * `profile`: the saved profile the key came from; `keyGivenBy`: instead, what gave the key for this run
	 * (--api-key-file or TELNYX_API_KEY). `notice`: a line for stderr, when a profile was asked for and a key given for
	 * the run won over it.
	 */
	| {mode: 'live'; baseUrl: string; apiKey: string; readOnly: boolean; profile?: string; keyGivenBy?: string; notice?: string}
	| {mode: 'ask-key'; baseUrl: string}
	| {mode: 'invalid'; message: string};

function validBaseUrl(raw: string): boolean {
	try {
		const url = new URL(raw);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
	} catch {
		return false;
	}
}

// Anyone on the path can read a key sent over plain http; only this machine's own traffic stays local.
function insecureProblem(baseUrl: string, allowed: boolean): string | undefined {
	const url = new URL(baseUrl);
	if (url.protocol !== 'http:' || allowed || isLoopbackHost(url.hostname)) return undefined;
	return `Refusing to send the API key over plain http to ${url.host}: use https, or pass --allow-insecure-http if this network is yours.`;
}

/** Why a base URL cannot be used, or undefined: for the profile command too, before it saves one. */
export function baseUrlProblem(baseUrl: string): string | undefined {
	return validBaseUrl(baseUrl) ? undefined : `The base URL "${baseUrl}" is not an http(s) URL, e.g. ${DEFAULT_BASE_URL}.`;
}

/** The base URL without its trailing slashes, or why it cannot be used. */
function checkedBaseUrl(raw: string, allowInsecureHttp: boolean): {ok: true; baseUrl: string} | {ok: false; message: string} {
	const baseUrl = raw.replace(/\/+$/, '');
	const problem = baseUrlProblem(baseUrl) ?? insecureProblem(baseUrl, allowInsecureHttp);
	return problem ? {ok: false, message: problem} : {ok: true, baseUrl};
}

function live(baseUrl: string, apiKey: string, source: string, profile?: Profile): Extract<ResolvedConfig, {mode: 'live' | 'invalid'}> {
	const problem = keyCharacterProblem(apiKey, source);
	if (problem) return {mode: 'invalid', message: problem};
	return {mode: 'live', baseUrl, apiKey, readOnly: profile?.readOnly ?? false, ...(profile && {profile: profile.name})};
}

/** A saved profile's account: its key file, and its base URL unless `baseUrl` (a flag or TELNYX_BASE_URL) overrides it. */
async function profileConfig(
	profile: Profile,
	baseUrl: string | undefined,
	allowInsecureHttp: boolean,
	env: NodeJS.ProcessEnv,
): Promise<Extract<ResolvedConfig, {mode: 'live' | 'invalid'}>> {
	const checked = checkedBaseUrl(baseUrl ?? profile.baseUrl ?? DEFAULT_BASE_URL, allowInsecureHttp);
	if (!checked.ok) return {mode: 'invalid' as const, message: checked.message};
	const file = savedKeyPath(env, profile.name);
	const result = await readKeyFile(file);
	return result.ok ? live(checked.baseUrl, result.key, file, profile) : {mode: 'invalid' as const, message: result.message};
}

/**
 * Decides where the app talks and with which key: --demo; then a key given for this run (--api-key-file, then
 * TELNYX_API_KEY), which wins over any profile; then the profile (--profile, TELNYX_PROFILE, the saved default).
 * The base URL: --base-url, then TELNYX_BASE_URL, then the profile's, then Telnyx's.
 */
export async function resolveConfig(flags: TargetFlags, env: NodeJS.ProcessEnv): Promise<ResolvedConfig> {
	if (flags.demo) return {mode: 'demo'};
	const givenBaseUrl = flags.baseUrl ?? env['TELNYX_BASE_URL'];
	const allowInsecureHttp = flags.allowInsecureHttp ?? false;
	const envKey = env['TELNYX_API_KEY']?.trim();
	if (flags.apiKeyFile !== undefined || envKey) {
		const checked = checkedBaseUrl(givenBaseUrl ?? DEFAULT_BASE_URL, allowInsecureHttp);
		if (!checked.ok) return {mode: 'invalid', message: checked.message};
		const source = flags.apiKeyFile === undefined ? 'TELNYX_API_KEY' : '--api-key-file';
		const result = flags.apiKeyFile === undefined ? {ok: true as const, key: envKey!} : await readKeyFile(flags.apiKeyFile);
		if (!result.ok) return {mode: 'invalid', message: result.message};
		const checkedKey = live(checked.baseUrl, result.key, flags.apiKeyFile ?? source);
		const config = checkedKey.mode === 'live' ? {...checkedKey, keyGivenBy: source} : checkedKey;
		const asked = flags.profile ?? env['TELNYX_PROFILE']?.trim();
		if (config.mode !== 'live' || !asked) return config;
		// A profile asked for and not used is said, so a command meant for production never runs on staging unawares;
		// one saved read-only keeps the run read-only: another key must not open a way around it.
		const saved = await readSavedProfiles(env);
		const readOnly = saved.ok && saved.value.profiles.some(profile => profile.name === asked && profile.readOnly);
		const kept = readOnly ? ', and it stays read-only as that profile is' : '';
		return {
			...config,
			readOnly: config.readOnly || readOnly,
			notice: `${source} is set, so it is used, not the profile "${asked}"${kept}.`,
		};
	}
	const saved = await readSavedProfiles(env);
	if (!saved.ok) return {mode: 'invalid', message: saved.message};
	const picked = pickProfile(flags.profile, env['TELNYX_PROFILE']?.trim(), saved.value);
	if (!picked.ok) return {mode: 'invalid', message: picked.message};
	if (picked.profile) return profileConfig(picked.profile, givenBaseUrl, allowInsecureHttp, env);
	const checked = checkedBaseUrl(givenBaseUrl ?? DEFAULT_BASE_URL, allowInsecureHttp);
	return checked.ok ? {mode: 'ask-key', baseUrl: checked.baseUrl} : {mode: 'invalid', message: checked.message};
}

/**
 * The account of a profile picked in the TUI: its own key and base URL. What was given for the first account
 * (TELNYX_API_KEY, --base-url) does not carry over: a production key never goes to a sandbox's URL that way.
 */
export async function resolveProfile(
	name: string,
	env: NodeJS.ProcessEnv,
	allowInsecureHttp: boolean,
): Promise<Extract<ResolvedConfig, {mode: 'live' | 'invalid'}>> {
	const saved = await readSavedProfiles(env);
	if (!saved.ok) return {mode: 'invalid', message: saved.message};
	const profile = saved.value.profiles.find(candidate => candidate.name === name);
	if (!profile) return {mode: 'invalid', message: unknownProfileMessage(name, saved.value, 'the menu')};
	return profileConfig(profile, undefined, allowInsecureHttp, env);
}
