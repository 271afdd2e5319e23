// A on the main list: the saved profiles, and one opened as the app's new account with its own key and base URL
// (config/resolve-config.ts resolveProfile), or the one sentence that says why it cannot be.
import {readSavedProfiles} from './config/profiles-file.js';
import {resolveProfile} from './config/resolve-config.js';
import type {Account, AccountSwitch} from './rekeyable-app.js';

/**
 * Where the app talks, with which key, the saved profile the key came from (if any) or what gave it for the run
 * (TELNYX_API_KEY, --api-key-file), and whether it is read-only.
 */
export type Target = {baseUrl: string; apiKey: string; profile?: string | undefined; keyGivenBy?: string | undefined; readOnly?: boolean};

export function profileSwitch(
	env: NodeJS.ProcessEnv,
	allowInsecureHttp: boolean,
	open: (target: Target) => Promise<Account>,
): AccountSwitch {
	return {
		read: () => readSavedProfiles(env),
		async open(name) {
			const config = await resolveProfile(name, env, allowInsecureHttp);
			return config.mode === 'live' ? open(config) : {problem: config.message};
		},
	};
}
