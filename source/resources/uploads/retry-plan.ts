// Which of the chosen uploads a bulk retry sends POST …/retry for: only those whose numbers failed (error,
// partial_success); the rest are left out and named, since Telnyx would refuse them (422, nothing to retry; 409
// while in flight).
import {cleanText, ownText} from '../../text/sanitize.js';
import {planEach, type BulkPlan} from '../bulk-plan.js';
import {uploads} from '../uploads.js';
import type {Upload} from './types.js';

const RETRYABLE: ReadonlySet<unknown> = new Set(['error', 'partial_success']);

export function retryPlan(rows: readonly unknown[], connectionId: string): BulkPlan<Upload> {
	return planEach<Upload>(rows, upload => {
		const refusal = uploads.idRefusal(typeof upload.ticket_id === 'string' ? upload.ticket_id : '', connectionId);
		if (refusal) return cleanText(refusal);
		return RETRYABLE.has(upload.status) ? undefined : ownText('none of its numbers failed');
	});
}
