// Copy to the system clipboard through the terminal (OSC 52): works over SSH and needs no helper program.
// A terminal may ignore it (tmux with allow-passthrough off), so inside tmux the tmux buffer is set too.
import {execFile} from 'node:child_process';

export type TerminalWriter = {write(data: string): unknown};
/** Runs a program without a shell; resolves when it exited with status 0. */
export type RunProgram = (file: string, args: string[], env: NodeJS.ProcessEnv) => Promise<void>;

// tmux answers in milliseconds; one that hangs must not leave a process behind.
const TMUX_TIMEOUT_MS = 2000;

const runProgram: RunProgram = (file, args, env) =>
	new Promise((resolve, reject) => {
		execFile(file, args, {env, timeout: TMUX_TIMEOUT_MS}, error => (error ? reject(error) : resolve()));
	});

export function osc52Copy(text: string, env: NodeJS.ProcessEnv = process.env): string {
	const sequence = `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
	if (!env['TMUX']) return sequence;
	// tmux swallows unknown escapes unless they are wrapped in a DCS passthrough, with every ESC doubled.
	return `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
}

export type CopyOptions = {env?: NodeJS.ProcessEnv; run?: RunProgram};

/**
 * Writes the OSC 52 sequence; inside tmux also sets the tmux buffer. `tmuxBuffer` says whether that worked
 * (a failure is only reported as false: the OSC 52 copy may still have reached the clipboard).
 */
export function copyToClipboard(
	text: string,
	stream: TerminalWriter,
	{env = process.env, run = runProgram}: CopyOptions = {},
): {tmuxBuffer?: Promise<boolean>} {
	stream.write(osc52Copy(text, env));
	if (!env['TMUX']) return {};
	// '--' so that a value starting with '-' is not read as an option.
	return {
		tmuxBuffer: run('tmux', ['set-buffer', '--', text], env).then(
			() => true,
			() => false,
		),
	};
}
