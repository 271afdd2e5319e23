// Ctrl+C (or SIGTERM) during a command: the first stops it cleanly (requests cancelled, the output ended on a whole
// record, exit status 130); a second, for a command that does not stop fast enough, leaves at once.
export function interruptSignal(): AbortSignal {
	const controller = new AbortController();
	const stop = () => {
		if (controller.signal.aborted) process.exit(130);
		controller.abort();
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	return controller.signal;
}
