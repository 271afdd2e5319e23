// A tiny terminal emulator: enough of VT100/xterm to replay what Ink writes (text, line feeds, cursor moves,
// erases) onto a grid, so a test reads the screen a person would see rather than the byte stream.
import stringWidth from 'string-width';

// Control sequence introducer: parameters, intermediates, final byte.
const CSI = /^\u001B\[([?>=<]?)([\d;:]*)([ -/]*)([@-~])/;
// Operating system command, ended by BEL or ST.
const OSC = /^\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/;

export class VirtualTerminal {
	cursorVisible = true;
	/** Inside a synchronized update (mode 2026): the program is mid-frame and the screen is not one to read. */
	synchronizing = false;
	/** Times the whole screen was erased: Ink does that for a frame as tall as the terminal (and it flickers). */
	screenClears = 0;
	/** On the alternate screen (mode 1049): what the program draws there is gone once it leaves. */
	alternateScreen = false;
	private grid: string[][];
	// The main screen and its cursor while the alternate screen is shown.
	private saved: {grid: string[][]; row: number; column: number} | undefined;
	private row = 0;
	private column = 0;
	// xterm's deferred wrap: a character in the last column leaves the cursor there until the next one.
	private wrapPending = false;
	private pending = '';

	constructor(
		private columns: number,
		private rows: number,
	) {
		this.grid = Array.from({length: rows}, () => this.blankLine());
	}

	/**
	 * A window resized as xterm does it on the alternate screen: no reflow, lines cut or padded on the right;
	 * fewer rows drop lines from the top when the cursor would fall off the bottom, more rows add blank ones below.
	 */
	resize(columns: number, rows: number): void {
		const fit = (line: string[]) => [...line.slice(0, columns), ...Array.from({length: Math.max(0, columns - line.length)}, () => ' ')];
		this.columns = columns;
		const dropped = Math.max(0, this.row + 1 - rows);
		const kept = this.grid.slice(dropped, dropped + rows).map(fit);
		this.grid = [...kept, ...Array.from({length: rows - kept.length}, () => this.blankLine())];
		this.rows = rows;
		this.row -= dropped;
		this.column = Math.min(this.column, columns - 1);
		this.wrapPending = false;
		if (this.saved) this.saved.grid = this.saved.grid.slice(0, rows).map(fit);
	}

	/** The screen's text, one line per row, trailing blanks removed. */
	text(): string {
		return this.lines().join('\n');
	}

	lines(): string[] {
		return this.grid.map(cells => cells.join('').trimEnd());
	}

	write(data: string): void {
		let input = this.pending + data;
		this.pending = '';
		while (input.length > 0) {
			const char = input[0]!;
			if (char === '\u001B') {
				const consumed = this.escape(input);
				if (consumed === 0) {
					// An escape sequence split across writes: keep it for the next one.
					this.pending = input;
					return;
				}
				input = input.slice(consumed);
				continue;
			}
			const codePoint = String.fromCodePoint(input.codePointAt(0)!);
			input = input.slice(codePoint.length);
			if (!this.control(codePoint)) this.print(codePoint);
		}
	}

	private blankLine(): string[] {
		return Array.from({length: this.columns}, () => ' ');
	}

	/** Handles a C0 control character; false when the character is printable. */
	private control(char: string): boolean {
		switch (char) {
			case '\r':
				this.column = 0;
				this.wrapPending = false;
				return true;
			case '\n':
				this.lineFeed();
				return true;
			case '\b':
				this.column = Math.max(0, this.column - 1);
				this.wrapPending = false;
				return true;
			case '\t':
				this.column = Math.min(this.columns - 1, (Math.floor(this.column / 8) + 1) * 8);
				return true;
			default:
				return char.charCodeAt(0) < 0x20 || char === '\u007F';
		}
	}

	private print(char: string): void {
		const width = stringWidth(char);
		if (width === 0) return;
		if (this.wrapPending || this.column + width > this.columns) {
			this.column = 0;
			this.lineFeed();
		}
		const line = this.grid[this.row]!;
		line[this.column] = char;
		if (width === 2 && this.column + 1 < this.columns) line[this.column + 1] = '';
		this.column += width;
		if (this.column >= this.columns) {
			this.column = this.columns - 1;
			this.wrapPending = true;
		}
	}

	private lineFeed(): void {
		this.wrapPending = false;
		if (this.row < this.rows - 1) {
			this.row++;
			return;
		}
		this.grid.shift();
		this.grid.push(this.blankLine());
	}

	/** Applies the escape sequence at the start of `input`; returns its length, or 0 when it is incomplete. */
	private escape(input: string): number {
		if (input.length < 2) return 0;
		if (input[1] === '[') {
			const match = CSI.exec(input);
			if (!match) return /^\u001B\[[?>=<]?[\d;:]*[ -/]*$/.test(input) ? 0 : 2;
			this.csi(match[1]!, match[2]!, match[4]!);
			return match[0].length;
		}
		if (input[1] === ']') {
			const match = OSC.exec(input);
			return match ? match[0].length : 0;
		}
		// Two-byte sequences (ESC 7, ESC 8, ESC =, ESC c…) move no text.
		return 2;
	}

	private csi(prefix: string, rawParameters: string, final: string): void {
		const parameters = rawParameters.split(';').map(value => Number.parseInt(value, 10));
		const count = Math.max(1, parameters[0] || 1);
		if (prefix === '?') {
			if (final !== 'h' && final !== 'l') return;
			if (parameters.includes(25)) this.cursorVisible = final === 'h';
			if (parameters.includes(2026)) this.synchronizing = final === 'h';
			if (parameters.includes(1049)) this.switchScreen(final === 'h');
			return;
		}
		if (prefix !== '') return;
		this.wrapPending = false;
		switch (final) {
			case 'A':
				this.row = Math.max(0, this.row - count);
				break;
			case 'B':
				this.row = Math.min(this.rows - 1, this.row + count);
				break;
			case 'C':
				this.column = Math.min(this.columns - 1, this.column + count);
				break;
			case 'D':
				this.column = Math.max(0, this.column - count);
				break;
			case 'E':
				this.row = Math.min(this.rows - 1, this.row + count);
				this.column = 0;
				break;
			case 'F':
				this.row = Math.max(0, this.row - count);
				this.column = 0;
				break;
			case 'G':
				this.column = Math.min(this.columns - 1, count - 1);
				break;
			case 'H':
			case 'f':
				this.row = Math.min(this.rows - 1, Math.max(1, parameters[0] || 1) - 1);
				this.column = Math.min(this.columns - 1, Math.max(1, parameters[1] || 1) - 1);
				break;
			case 'J':
				this.eraseDisplay(parameters[0] || 0);
				break;
			case 'K':
				this.eraseLine(parameters[0] || 0);
				break;
			default:
				// Colours (m) and modes change no text.
				break;
		}
	}

	// xterm's 1049: save the cursor and show a cleared alternate screen; on leaving, the main one comes back as it was.
	private switchScreen(alternate: boolean): void {
		if (alternate === this.alternateScreen) return;
		this.alternateScreen = alternate;
		if (alternate) {
			this.saved = {grid: this.grid, row: this.row, column: this.column};
			this.grid = Array.from({length: this.rows}, () => this.blankLine());
		} else if (this.saved) {
			({grid: this.grid, row: this.row, column: this.column} = this.saved);
			this.saved = undefined;
		}
		this.wrapPending = false;
	}

	private eraseDisplay(mode: number): void {
		if (mode === 0) {
			this.eraseLine(0);
			for (let row = this.row + 1; row < this.rows; row++) this.grid[row] = this.blankLine();
		} else if (mode === 1) {
			this.eraseLine(1);
			for (let row = 0; row < this.row; row++) this.grid[row] = this.blankLine();
		} else {
			this.screenClears++;
			for (let row = 0; row < this.rows; row++) this.grid[row] = this.blankLine();
		}
	}

	private eraseLine(mode: number): void {
		const line = this.grid[this.row]!;
		const [from, to] = mode === 0 ? [this.column, this.columns] : mode === 1 ? [0, this.column + 1] : [0, this.columns];
		for (let column = from; column < to; column++) line[column] = ' ';
	}
}
