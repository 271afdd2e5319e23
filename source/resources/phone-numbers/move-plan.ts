// Which of the chosen numbers a move to a location sends a PATCH for, and which it leaves out and why: a row
// without an id the contract would take cannot be named in a path, and a number already there needs no request.
import {cleanText, ownText} from '../../text/sanitize.js';
import {planEach, type BulkPlan} from '../bulk-plan.js';
import {phoneNumbers} from '../phone-numbers.js';
import type {ExternalConnectionPhoneNumber} from './types.js';

export function movePlan(rows: readonly unknown[], locationId: string, connectionId: string): BulkPlan<ExternalConnectionPhoneNumber> {
	return planEach<ExternalConnectionPhoneNumber>(rows, number => {
		const refusal = phoneNumbers.idRefusal(typeof number.number_id === 'string' ? number.number_id : '', connectionId);
		if (refusal) return cleanText(refusal);
		return number.location_id === locationId ? ownText('already at this location') : undefined;
	});
}
