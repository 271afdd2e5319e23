// What a command reads and writes: the process's streams and environment in the CLI, streams of a test's own
// otherwise. `signal` aborts on Ctrl+C. `stdin`: where `--body -` and a destructive command's question read from.
export type CommandIo = {
	stdin: NodeJS.ReadableStream & {isTTY?: boolean};
	stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number};
	stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number};
	env: NodeJS.ProcessEnv;
	signal: AbortSignal;
};
