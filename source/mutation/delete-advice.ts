// What to do about a refused delete. The spec names three refusals (active, used by phone numbers,
// Operator Connect); each is recognised by its pointer, or else by its words.
import type {TelnyxError} from '../api/types.js';

// Most specific words first: "active" may appear in the others' wording, never the reverse.
const ADVICE: Array<{pointer: string; words: RegExp; advice: string}> = [
	{
		pointer: '/external_sip_connection',
		words: /operator connect/i,
		advice: 'Operator Connect connections are removed by Telnyx support, not through the API.',
	},
	{pointer: '/phone_numbers', words: /phone numbers?/i, advice: 'Move its phone numbers to another connection first, then delete it.'},
	{pointer: '/active', words: /\bactive\b/i, advice: 'Deactivate it first: e (edit), set Active to no, then d again.'},
];

export function deleteAdvice(error: TelnyxError): string | undefined {
	const text = `${error.title} ${error.detail ?? ''}`;
	const entry =
		ADVICE.find(candidate => candidate.pointer === error.source?.pointer) ?? ADVICE.find(candidate => candidate.words.test(text));
	return entry?.advice;
}
