// Which of the chosen uploads a bulk retry sends POST …/retry for: only those whose numbers failed (error,
// partial_success); the rest are left out and named, since Telnyx would refuse them (422, nothing to retry; 409
// while in flight).
import {isRecord} from '../../api/is-record.js';
import {cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {uploads} from '../uploads.js';
import type {Upload} from './types.js';

const RETRYABLE: ReadonlySet<unknown> = new Set(['error', 'partial_success']);

export type RetryPlan = {retry: Upload[]; refused: Array<{item: Upload; reason: Clean}>};

export function retryPlan(rows: readonly unknown[], connectionId: string): RetryPlan {
	const plan: RetryPlan = {retry: [], refused: []};
	for (const row of rows) {
		if (!isRecord(row)) continue;
		const upload = row as Upload;
		const refusal = uploads.idRefusal(typeof upload.ticket_id === 'string' ? upload.ticket_id : '', connectionId);
		if (refusal) plan.refused.push({item: upload, reason: cleanText(refusal)});
		else if (!RETRYABLE.has(upload.status)) plan.refused.push({item: upload, reason: ownText('none of its numbers failed')});
		else plan.retry.push(upload);
	}
	return plan;
}
