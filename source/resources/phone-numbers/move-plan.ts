// Which of the chosen numbers a move to a location sends a PATCH for, and which it leaves out and why: a row
// without an id the contract would take cannot be named in a path, and a number already there needs no request.
import {isRecord} from '../../api/is-record.js';
import {cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {phoneNumbers} from '../phone-numbers.js';
import type {ExternalConnectionPhoneNumber} from './types.js';

export type MovePlan = {move: ExternalConnectionPhoneNumber[]; refused: Array<{item: ExternalConnectionPhoneNumber; reason: Clean}>};

export function movePlan(rows: readonly unknown[], locationId: string, connectionId: string): MovePlan {
	const plan: MovePlan = {move: [], refused: []};
	for (const row of rows) {
		if (!isRecord(row)) continue;
		const number = row as ExternalConnectionPhoneNumber;
		const id = typeof number.number_id === 'string' ? number.number_id : '';
		const refusal = phoneNumbers.idRefusal(id, connectionId);
		if (refusal) plan.refused.push({item: number, reason: cleanText(refusal)});
		else if (number.location_id === locationId) plan.refused.push({item: number, reason: ownText('already at this location')});
		else plan.move.push(number);
	}
	return plan;
}
