// What a refresh's answer means, in words: the spec documents a 202 (started) and a 200 (one already running),
// each with `success` and `message`. A field of the wrong type is shown as what it is, never trusted.
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {describeValue} from '../../components/wire-value.js';
import type {RefreshAnswer} from './api.js';

export type RefreshOutcome = {headline: Clean; color: 'green' | 'yellow'; lines: Clean[]};

const FOLLOW_UP = [
	ownText('Telnyx creates the connections Teams has and this account lacks, in the background,'),
	ownText('and reports the results as log messages: M on the main list shows them, r reloads the list.'),
];

function telnyxSays(message: unknown): Clean[] {
	if (message === undefined || message === null) return [];
	return [
		typeof message === 'string' ? clean`Telnyx says: ${cleanText(message)}` : clean`Telnyx says: ${describeValue(message)} (expected text)`,
	];
}

export function refreshOutcome(answer: RefreshAnswer): RefreshOutcome {
	const says = telnyxSays(answer.message);
	if (answer.success !== true) {
		const success = answer.success === false ? ownText('false') : describeValue(answer.success);
		return {
			headline: clean`Telnyx answered ${answer.status} with success ${success}: the refresh may not have started.`,
			color: 'yellow',
			lines: says,
		};
	}
	if (answer.status === 202) return {headline: ownText('Refresh started (202).'), color: 'green', lines: [...says, ...FOLLOW_UP]};
	if (answer.status === 200) {
		return {
			headline: ownText('A refresh is already running (200): nothing new was started.'),
			color: 'green',
			lines: [...says, ...FOLLOW_UP],
		};
	}
	return {headline: clean`Telnyx answered ${answer.status}, which the spec does not describe for this call.`, color: 'yellow', lines: says};
}
