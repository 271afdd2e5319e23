import {writeSync} from 'node:fs';

// The alternate screen, as k9s and lazygit use it: the app draws on a screen of its own, and leaving it gives the
// shell back as it was, with nothing of the last frame in the scrollback.
const ALTERNATE_SCREEN_ON = '\u001B[?1049h';
const ALTERNATE_SCREEN_OFF = '\u001B[?1049l';
// Bracketed paste: the terminal marks a paste, so it arrives as one insertion instead of a stream of keys
// that could run commands.
const BRACKETED_PASTE_ON = '\u001B[?2004h';
const BRACKETED_PASTE_OFF = '\u001B[?2004l';

export const TERMINAL_MODES_ON = ALTERNATE_SCREEN_ON + BRACKETED_PASTE_ON;
export const TERMINAL_MODES_OFF = BRACKETED_PASTE_OFF + ALTERNATE_SCREEN_OFF;

type RawInput = {isTTY?: boolean; setRawMode?: (raw: boolean) => unknown};

/**
 * Turns the terminal's modes on; the returned function turns them off again. It runs at most once, and also when
 * the process exits any other way (a crash, process.exit), so the shell never stays on the app's screen.
 * Raw mode comes first, before any frame: keys typed as soon as the screen shows must not meet the line
 * discipline, where Ctrl+U would erase them and echo would print them.
 */
export function enterTerminalModes(write: (data: string) => void = writeToStdout, stdin: RawInput = process.stdin): () => void {
	if (stdin.isTTY) stdin.setRawMode?.(true);
	write(TERMINAL_MODES_ON);
	let left = false;
	const leave = () => {
		if (left) return;
		left = true;
		process.off('exit', leave);
		write(TERMINAL_MODES_OFF);
	};
	process.on('exit', leave);
	return leave;
}

// Synchronous, so it also lands from an 'exit' handler, where asynchronous writes are dropped.
function writeToStdout(data: string): void {
	writeSync(1, data);
}
