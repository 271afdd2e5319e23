// Bracketed paste: the terminal marks a paste, so it arrives as one insertion instead of a stream of keys
// that could run commands.
const BRACKETED_PASTE_ON = '\u001B[?2004h';
const BRACKETED_PASTE_OFF = '\u001B[?2004l';

/** Turns the terminal's input modes on; the returned function turns them off again (call it once, on exit). */
export function enterInputModes(write: (data: string) => void): () => void {
	write(BRACKETED_PASTE_ON);
	let left = false;
	return () => {
		if (left) return;
		left = true;
		write(BRACKETED_PASTE_OFF);
	};
}
