// Screen tests wait for the frame they expect instead of sleeping: Ink renders asynchronously.
export type FrameSource = {lastFrame: () => string | undefined};

/**
 * How long a wait may take before it counts as a hang. A wait returns as soon as what it waits for shows, so
 * this bounds only failures: it is long enough for a machine whose cores are busy with other work (a frame that
 * takes 50 ms idle can take seconds there), and short enough that a real hang fails well within a test run.
 */
export const HANG_MS = 30_000;

export async function waitForFrame(
	source: FrameSource,
	expected: string | RegExp | ((frame: string) => boolean),
	timeoutMs = HANG_MS,
): Promise<string> {
	const matches = (frame: string) =>
		typeof expected === 'string' ? frame.includes(expected) : expected instanceof RegExp ? expected.test(frame) : expected(frame);
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = source.lastFrame() ?? '';
		if (matches(frame)) {
			// A frame is written before React runs its effects, where input handlers subscribe: let them run,
			// or the next key goes to the handlers of the previous frame.
			await settle();
			return frame;
		}
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${String(expected)}; last frame:\n${frame}`);
		}
		await new Promise(resolve => setTimeout(resolve, 10));
	}
}

// React runs passive effects from a setImmediate; a few turns of the event loop let them all run.
async function settle(): Promise<void> {
	for (let turn = 0; turn < 4; turn++) await new Promise(resolve => setImmediate(resolve));
}

export async function waitUntil(condition: () => boolean, what: string, timeoutMs = HANG_MS): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
		await new Promise(resolve => setTimeout(resolve, 10));
	}
}
