// One Ink frame as the terminal receives it, reduced to its text lines.

export type Frame = {
	/** performance.now() when the frame's last byte arrived. */
	at: number;
	lines: string[];
	/** The cursor's 1-based row from the header's `row N of TOTAL`; undefined before the total is known. */
	row: number | undefined;
	total: number | undefined;
	/** The table line marked with '› ', if any. */
	selected: string | undefined;
	/** Some visible row is still a `loading row N…` placeholder. */
	loading: boolean;
	/** Some visible row shows a connection (a 19-digit id). */
	hasData: boolean;
};

// CSI (erase lines, cursor moves, colours) and OSC sequences carry no text.
const ESCAPES = /\u001B\[[0-9;?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

export const stripEscapes = (text: string) => text.replace(ESCAPES, '');

const parseCount = (digits: string) => Number(digits.replaceAll(',', ''));

export function parseFrame(raw: string, at: number): Frame {
	const lines = stripEscapes(raw).split(/\r?\n/);
	let row: number | undefined;
	let total: number | undefined;
	const position = /row ([\d,]+) of ([\d,]+)/.exec(lines.find(line => /row [\d,]+ of [\d,]+/.test(line)) ?? '');
	if (position) {
		row = parseCount(position[1]!);
		total = parseCount(position[2]!);
	}
	return {
		at,
		lines,
		row,
		total,
		selected: lines.find(line => line.startsWith('› ')),
		loading: lines.some(line => line.includes('loading row ')),
		hasData: lines.some(line => /\d{19}/.test(line)),
	};
}

export const cursorOnPlaceholder = (frame: Frame) => frame.selected?.startsWith('› loading row') ?? false;
