import {createApiClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import {describeTelnyxError, summarizeError} from '../../components/error-banner.js';
import {keyCharacterProblem} from '../../config/key-characters.js';

/**
 * Tries a key with the smallest request there is (one connection) before anyone offers to save it: resolves with
 * what Telnyx said when it refused, in one line, or undefined when the key works. The key is never in the answer.
 */
export async function checkKey(baseUrl: string, apiKey: string): Promise<string | undefined> {
	const problem = keyCharacterProblem(apiKey, 'the prompt');
	if (problem) return problem;
	const client = createApiClient({baseUrl, apiKey, retries: 0});
	try {
		await client.listExternalConnections({pageNumber: 1, pageSize: 1});
		return undefined;
	} catch (error) {
		// Telnyx's own words (code, title, detail); the banner's advice to restart does not apply here.
		if (isApiError(error) && error.errors.length > 0)
			return `${error.status ?? 'Error'} · ${error.errors.map(describeTelnyxError).join('; ')}`;
		const {heading, lines} = summarizeError(error);
		return [heading.replace(/^✖ /, ''), ...lines].join(' · ');
	}
}
