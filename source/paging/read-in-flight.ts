// Many records read a few at a time, as the pages of an export are: the answers in the order asked, and the first
// read that fails stops the others (their signal aborts) and is the error of the whole, so a person sees that error,
// not a half-done read going on behind it.

/** Enough to read a pasted thousand in seconds, few enough not to meet the API's rate limit. */
export const READS_IN_FLIGHT = 8;

export async function readInFlight<Item, Answer>(
	items: readonly Item[],
	inFlight: number,
	signal: AbortSignal,
	read: (item: Item, signal: AbortSignal) => Promise<Answer>,
): Promise<Answer[]> {
	const answers: Answer[] = [];
	const stop = new AbortController();
	const reads = AbortSignal.any([signal, stop.signal]);
	let next = 0;
	const reader = async () => {
		while (next < items.length && !reads.aborted) {
			const index = next++;
			answers[index] = await read(items[index]!, reads);
		}
	};
	try {
		await Promise.all(Array.from({length: Math.min(Math.max(1, Math.floor(inFlight)), items.length)}, reader));
	} catch (error) {
		stop.abort();
		throw error;
	}
	// Stopped by the caller (Ctrl+C): not a short answer, its reason.
	signal.throwIfAborted();
	return answers;
}
