// What a command reads and writes: the process's streams and environment in the CLI, streams of a test's own
// otherwise. `signal` aborts on Ctrl+C.
export type CommandIo = {
	stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number};
	stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number};
	env: NodeJS.ProcessEnv;
	signal: AbortSignal;
};
