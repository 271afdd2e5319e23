import {existsSync} from 'node:fs';
import type {Flags} from './parse-flags.js';
import {readKeyFile, savedKeyPath} from './key-file.js';
import {DEFAULT_BASE_URL} from '../api/base-url.js';


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

/** Decides where the app talks and with which key: --demo, then --api-key-file, TELNYX_API_KEY, the saved key. */
export async function resolveConfig(flags: Flags, env: NodeJS.ProcessEnv): Promise<ResolvedConfig> {
	if (flags.demo) return {mode: 'demo'};
	const baseUrl = (flags.baseUrl ?? env['TELNYX_BASE_URL'] ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
	if (!validBaseUrl(baseUrl)) {
		return {mode: 'invalid', message: `The base URL "${baseUrl}" is not an http(s) URL, e.g. ${DEFAULT_BASE_URL}.`};
	}
	if (flags.apiKeyFile !== undefined) {
		const result = await readKeyFile(flags.apiKeyFile);
		return result.ok ? {mode: 'live', baseUrl, apiKey: result.key} : {mode: 'invalid', message: result.message};
	}
	const envKey = env['TELNYX_API_KEY']?.trim();
	if (envKey) return {mode: 'live', baseUrl, apiKey: envKey};
	const saved = savedKeyPath(env);
	if (existsSync(saved)) {
		const result = await readKeyFile(saved);
		return result.ok ? {mode: 'live', baseUrl, apiKey: result.key} : {mode: 'invalid', message: result.message};
	}
	return {mode: 'ask-key', baseUrl};
}
