// Which of the chosen rows a bulk action sends a request for, and which it leaves out and why, before anything is
// sent. Pure.
import {isRecord} from '../api/is-record.js';
import type {Clean} from '../text/sanitize.js';

export type BulkPlan<T> = {send: T[]; refused: Array<{item: T; reason: Clean}>};

/** `leaveOut` says why a row gets no request, or undefined for one that does; a row that is not a record is neither. */
export function planEach<T>(rows: readonly unknown[], leaveOut: (row: T) => Clean | undefined): BulkPlan<T> {
	const plan: BulkPlan<T> = {send: [], refused: []};
	for (const row of rows) {
		if (!isRecord(row)) continue;
		const item = row as T;
		const reason = leaveOut(item);
		if (reason === undefined) plan.send.push(item);
		else plan.refused.push({item, reason});
	}
	return plan;
}
