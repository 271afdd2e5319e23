// After a burst of keys (and the pages they load) the heap holds garbage that V8 collects only when it next needs
// room, in pages it keeps. V8's memory reducer hands those back, but only 8 to 14 s after the burst. A second without
// a key is a pause people make all the time: one full collection then does it at once (RSS at row 100,000 91.6 →
// 86.5 MB), and none runs while keys come. It needs the gc() that Node's --expose-gc gives (the bin's shebang has
// it); without one, this does nothing.
const QUIET_MS = 1000;

export type QuietCollector = {activity: () => void; stop: () => void};

export function collectWhenQuiet(collect: (() => void) | undefined = globalThis.gc, quietMs = QUIET_MS): QuietCollector {
	let timer: NodeJS.Timeout | undefined;
	return {
		activity() {
			if (!collect) return;
			clearTimeout(timer);
			timer = setTimeout(collect, quietMs);
			// Never what keeps the process alive.
			timer.unref();
		},
		stop() {
			clearTimeout(timer);
		},
	};
}
