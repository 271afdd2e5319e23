// The 422 of DELETE /external_connections/{id}: the full spec names three reasons (phone numbers use
// it, it is active, it is Operator Connect); each gets what to do instead. Matched by Telnyx's pointer
// or words, since codes are not specific (10015).
import {isApiError} from '../api/errors.js';
import type {TelnyxError} from '../api/types.js';
import {ownText, type Clean} from '../components/sanitize.js';
import type {Explanation} from './explanation.js';

const REASONS: ReadonlyArray<{matches: (error: TelnyxError, text: string) => boolean; advice: Clean}> = [
	{
		matches: (error, text) => error.source?.pointer === '/external_sip_connection' || text.includes('operator connect'),
		advice: ownText('Operator Connect connections are removed by Telnyx support, not through the API.'),
	},
	{
		matches: (error, text) => error.source?.pointer === '/active' || /\bactive\b/.test(text),
		advice: ownText('It is active: edit it, set active to no, then delete it.'),
	},
	{
		matches: (_error, text) => text.includes('phone number'),
		advice: ownText('Phone numbers still use it: assign them to another connection first (its phone numbers list shows which).'),
	},
];

export function explainDeleteRefusal(error: unknown): Explanation | undefined {
	if (!isApiError(error) || error.kind !== 'http' || error.status !== 422) return undefined;
	const advice = new Set<Clean>();
	for (const telnyx of error.errors) {
		const text = `${telnyx.title} ${telnyx.detail ?? ''}`.toLowerCase();
		const reason = REASONS.find(candidate => candidate.matches(telnyx, text));
		if (reason) advice.add(reason.advice);
	}
	const lines: Clean[] = [ownText('Telnyx refused to delete this connection; nothing was deleted.'), ...[...advice]];
	return {lines};
}
