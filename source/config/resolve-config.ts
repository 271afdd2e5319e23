import {existsSync} from 'node:fs';
import type {Flags} from './parse-flags.js';
import {readKeyFile, savedKeyPath} from './key-file.js';
import {DEFAULT_BASE_URL} from '../api/base-url.js';
import {keyCharacterProblem} from './key-characters.js';
import {isLoopbackHost} from './loopback.js';

/** What decides the account: the flags resolveConfig reads (the TUI passes all its flags, a subcommand these). */
/** `readOnly` and `noJournal` are not read here: they ride along to whoever builds the client. */
export type TargetFlags = Pick<Flags, 'demo' | 'baseUrl' | 'apiKeyFile' | 'allowInsecureHttp' | 'readOnly' | 'noJournal'>;

export type ResolvedConfig =
	| {mode: 'demo'}
	| {mode: 'live'; baseUrl: string; apiKey: string}
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

function live(baseUrl: string, apiKey: string, source: string): ResolvedConfig {
	const problem = keyCharacterProblem(apiKey, source);
	return problem ? {mode: 'invalid', message: problem} : {mode: 'live', baseUrl, apiKey};
}

/** Decides where the app talks and with which key: --demo, then --api-key-file, TELNYX_API_KEY, the saved key. */
export async function resolveConfig(flags: TargetFlags, env: NodeJS.ProcessEnv): Promise<ResolvedConfig> {
	if (flags.demo) return {mode: 'demo'};
	const baseUrl = (flags.baseUrl ?? env['TELNYX_BASE_URL'] ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
	if (!validBaseUrl(baseUrl)) {
		return {mode: 'invalid', message: `The base URL "${baseUrl}" is not an http(s) URL, e.g. ${DEFAULT_BASE_URL}.`};
	}
	const insecure = insecureProblem(baseUrl, flags.allowInsecureHttp ?? false);
	if (insecure) return {mode: 'invalid', message: insecure};
	if (flags.apiKeyFile !== undefined) {
		const result = await readKeyFile(flags.apiKeyFile);
		return result.ok ? live(baseUrl, result.key, flags.apiKeyFile) : {mode: 'invalid', message: result.message};
	}
	const envKey = env['TELNYX_API_KEY']?.trim();
	if (envKey) return live(baseUrl, envKey, 'TELNYX_API_KEY');
	const saved = savedKeyPath(env);
	if (existsSync(saved)) {
		const result = await readKeyFile(saved);
		return result.ok ? live(baseUrl, result.key, saved) : {mode: 'invalid', message: result.message};
	}
	return {mode: 'ask-key', baseUrl};
}
