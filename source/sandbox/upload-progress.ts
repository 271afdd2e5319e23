// Uploads made through POST move on by themselves, one status every `stepMs`, as Teams answers Telnyx: what a
// watching client sees. Off unless asked for (the demo and `ec-tui sandbox` ask), so a test's upload stays where
// the test put it, however slow the machine.
import type {ChildrenState, UploadPlan} from './children-state.js';
import type {UploadStatus} from './seed/uploads.js';

/** The next status of an upload in flight; a final status has none. */
export const NEXT_STATUS: Partial<Record<UploadStatus, UploadStatus>> = {
	pending_upload: 'pending',
	pending: 'in_progress',
	in_progress: 'success',
};

const ORDER: readonly UploadStatus[] = ['pending_upload', 'pending', 'in_progress', 'success'];

/** Moves each POSTed upload to the status its age gives it, never back; true when any moved. */
export function advanceUploads(state: ChildrenState, nowMs: number, stepMs: number): boolean {
	let moved = false;
	for (const changes of state.allChanges()) {
		for (const plan of changes.createdUploads) moved = advance(plan, nowMs, stepMs) || moved;
	}
	return moved;
}

function advance(plan: UploadPlan, nowMs: number, stepMs: number): boolean {
	if (plan.createdAtMs === undefined || NEXT_STATUS[plan.status] === undefined) return false;
	const due = ORDER[Math.min(ORDER.length - 1, Math.floor((nowMs - plan.createdAtMs) / stepMs))]!;
	if (ORDER.indexOf(due) <= ORDER.indexOf(plan.status)) return false;
	plan.status = due;
	return true;
}
