// Bracketed paste: the terminal marks a paste, so it arrives as one insertion instead of a stream of keys
// that could run commands.
const BRACKETED_PASTE_ON = '\u001B[?2004h';
const BRACKETED_PASTE_OFF = '\u001B[?2004l';

type Terminal = {stdin: {isTTY?: boolean; setRawMode?: (raw: boolean) => unknown}; write: (data: string) => void};

/**
 * Turns the terminal's input modes on; the returned function turns them off again (call it once, on exit).
 * Raw mode comes first, before any frame: keys typed as soon as the screen shows must not meet the line
 * discipline, where Ctrl+U would erase them and echo would print them.
 */
export function enterInputModes({stdin, write}: Terminal): () => void {
	if (stdin.isTTY) stdin.setRawMode?.(true);
	write(BRACKETED_PASTE_ON);
	let left = false;
	return () => {
		if (left) return;
		left = true;
		write(BRACKETED_PASTE_OFF);
	};
}
