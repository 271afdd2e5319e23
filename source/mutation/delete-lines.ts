// What the delete screen says in each phase, as one-line rows: the exact request, Telnyx's reason for a
// refusal with what to do about it, or what reading the record back found. Pure.
import {describeTelnyxError} from '../components/error-banner.js';
import {clean, cleanText, ownText, type Clean} from '../text/sanitize.js';
import {deleteAdvice} from './delete-advice.js';
import type {DeleteState} from './delete-flow.js';

export type DeleteLine = {text: Clean; color?: 'red' | 'yellow' | 'cyan' | 'green'; dim?: boolean};

const deleteRequest = (id: string) => clean`DELETE /external_connections/${cleanText(id)}`;

export function deleteLines(state: DeleteState, id: string): DeleteLine[] {
	switch (state.phase) {
		case 'confirm':
		case 'cancelled':
			return [{text: clean`${deleteRequest(id)} · sent once, never retried · cannot be undone`, dim: true}];
		case 'sending':
			return [{text: clean`◌ Deleting… ${deleteRequest(id)} (once; never retried automatically)`, color: 'cyan'}];
		case 'deleted':
			return [{text: ownText(state.how === 'already-gone' ? '✔ It no longer exists (deleted meanwhile).' : '✔ Deleted.'), color: 'green'}];
		case 'refused':
			return [
				{text: ownText('✖ Telnyx refused the delete (422); the connection is kept.'), color: 'red'},
				...state.errors.flatMap(error => {
					const advice = deleteAdvice(error);
					return [
						{text: describeTelnyxError(error), color: 'red' as const},
						...(advice ? [{text: clean`→ ${cleanText(advice)}`, color: 'cyan' as const}] : []),
					];
				}),
			];
		case 'error': {
			const details = state.errors.length > 0 ? state.errors.map(describeTelnyxError) : [cleanText(state.message)];
			return [
				{text: clean`✖ Telnyx answered ${state.status ?? ownText('with an error')}; nothing was deleted.`, color: 'red'},
				...details.map(text => ({text, color: 'red' as const})),
			];
		}
		case 'unknown': {
			const {readBack} = state;
			const heading: DeleteLine = {text: clean`⚠ ${cleanText(state.message)}`, color: 'yellow'};
			if (readBack.status === 'loading')
				return [heading, {text: clean`Reading it back (GET /external_connections/${cleanText(id)})…`, color: 'cyan'}];
			if (readBack.status === 'failed') {
				return [
					heading,
					{text: clean`✖ Could not read it back: ${cleanText(readBack.message)}. Read it again before deleting again.`, color: 'red'},
				];
			}
			return [heading, {text: ownText('Read back: the connection is still there; the delete did not go through.'), color: 'cyan'}];
		}
	}
}
