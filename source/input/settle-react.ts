// Ink's own React reconciler, reached by path because Ink does not export it (Ink imports this very module,
// so there is one reconciler). An update made outside React is rendered later, by the scheduler; made inside
// flushSyncFromReconciler it is committed before that returns. Passive effects, where Ink's useInput subscribes
// a component's new handler, are flushed too, so the next key meets the handlers of the state this one left.
import reconciler from '../../node_modules/ink/build/reconciler.js';

function flushEffects(): void {
	while (reconciler.flushPassiveEffects()) {
		// Each pass can schedule more effects: settle until none are left.
	}
}

/**
 * Runs `work` once everything already committed has its effects in place (a frame React rendered on its own,
 * after a response, may still owe its handlers), then commits every update and effect the work caused.
 */
export function settleReact(work: () => void): void {
	flushEffects();
	reconciler.flushSyncFromReconciler(work);
	flushEffects();
}
