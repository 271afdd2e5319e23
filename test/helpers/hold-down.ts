/**
 * Writes `key` as a terminal repeats a key held down, 33 a second: the repeats due since the last write go in one
 * write, as a terminal's pile up while the reader is busy, so a test process that stalls on a busy machine still
 * holds the key down instead of pressing it again. `writes()` counts the writes; `release()` stops.
 */
export function holdDown(write: (data: string) => void, key: string, everyMs = 30): {writes: () => number; release: () => void} {
	let writes = 0;
	let last = performance.now();
	const timer = setInterval(() => {
		const due = Math.max(1, Math.floor((performance.now() - last) / everyMs));
		last += due * everyMs;
		write(key.repeat(due));
		writes++;
	}, everyMs);
	return {writes: () => writes, release: () => clearInterval(timer)};
}
