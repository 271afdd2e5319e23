// Checks the bytes a program writes to its terminal, as they come, not the screen a terminal makes of them:
// every escape sequence must be one Ink writes itself (SGR, cursor moves, erases, and the modes for the cursor,
// synchronized output, the alternate screen and bracketed paste), no other control may pass (C0 but CR and LF,
// DEL, C1), nor a code point terminals measure or obey differently (line and paragraph separators, bidi
// controls, soft hyphen, Hangul fillers). Each frame (a synchronized update, drawn from the top-left corner)
// must fit: every line as wide as glibc's wcwidth() measures it at most the columns, and fewer lines than rows
// (Ink ends a frame with a newline: a frame of `rows` lines scrolls its first line away).
import {wcswidth} from './wcwidth.js';

export type Violation = {kind: 'sequence' | 'control' | 'code point' | 'width' | 'height'; where: string; excerpt: string; count: number};

const CSI = /\u001B\[([?>=<]?)([\d;:]*)([ -/]*)([@-~])/y;
const CSI_PREFIX = /^\u001B(\[[?>=<]?[\d;:]*[ -/]*)?$/;
const OSC = /\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/y;
const INK_MODES = new Set(['25', '1049', '2004', '2026']);
const CURSOR_AND_ERASE = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'f', 'J', 'K']);
// Separators, bidi controls, and the code points string-width and terminals give different widths.
const UNSAFE_CODE_POINT = /[\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD\u115F\u1160\u3164\uFFA0]/u;
const FRAME_START = '\u001B[?2026h';
const FRAME_END = '\u001B[?2026l';

const show = (text: string) => JSON.stringify(text.length > 160 ? `${text.slice(0, 157)}...` : text);

function inkWrites(prefix: string, parameters: string, intermediates: string, final: string): boolean {
	if (intermediates !== '') return false;
	if (prefix === '?') return (final === 'h' || final === 'l') && parameters.split(';').every(mode => INK_MODES.has(mode));
	if (prefix !== '') return false;
	return final === 'm' || CURSOR_AND_ERASE.has(final);
}

export class RawOutputCheck {
	readonly violations: Violation[] = [];
	/** Frames checked: each synchronized update. */
	frames = 0;
	/** What the test is doing, named in each violation. */
	where = 'start';
	/**
	 * The last whole frame as the program drew it, colours left out: what a test waits on, since a frame the
	 * terminal wraps or scrolls differently (the very faults checked here) would hide facts on the screen.
	 */
	lastFrame = '';
	private pending = '';
	private frame: string | undefined;

	constructor(
		private readonly columns: number,
		private readonly rows: number,
	) {}

	write(chunk: string): void {
		const input = this.pending + chunk;
		this.pending = '';
		let text = '';
		let index = 0;
		const flush = () => {
			if (text !== '') this.text(text);
			text = '';
		};
		while (index < input.length) {
			const char = input[index]!;
			if (char !== '\u001B') {
				const code = char.charCodeAt(0);
				if ((code < 0x20 && char !== '\r' && char !== '\n') || (code >= 0x7f && code <= 0x9f)) {
					this.fail('control', `U+${code.toString(16).padStart(4, '0')} in ${show(input.slice(Math.max(0, index - 40), index + 40))}`);
				}
				text += char;
				index++;
				continue;
			}
			flush();
			CSI.lastIndex = index;
			const csi = CSI.exec(input);
			if (csi) {
				const [sequence, prefix, parameters, intermediates, final] = csi as unknown as string[];
				if (!inkWrites(prefix!, parameters!, intermediates!, final!)) this.fail('sequence', show(sequence!));
				this.sequence(sequence!);
				index += sequence!.length;
				continue;
			}
			const rest = input.slice(index);
			if (CSI_PREFIX.test(rest) || (rest.startsWith('\u001B]') && !/[\u0007\u001B]/.test(rest.slice(2)) && rest.length < 4096)) {
				// Cut between two writes: the rest comes with the next one.
				this.pending = rest;
				return;
			}
			OSC.lastIndex = index;
			const osc = OSC.exec(input);
			const sequence = osc ? osc[0] : input.slice(index, index + 2);
			this.fail('sequence', show(sequence));
			index += sequence.length;
		}
		flush();
	}

	private text(text: string): void {
		const unsafe = UNSAFE_CODE_POINT.exec(text);
		if (unsafe) {
			const at = unsafe.index;
			const code = unsafe[0].codePointAt(0)!.toString(16).padStart(4, '0');
			this.fail('code point', `U+${code} in ${show(text.slice(Math.max(0, at - 40), at + 40))}`);
		}
		if (this.frame !== undefined) this.frame += text;
	}

	private sequence(sequence: string): void {
		if (sequence === FRAME_START) this.frame = '';
		else if (sequence === FRAME_END) this.endFrame();
		// Ink draws each frame from the top-left corner, after erasing the screen below it.
		else if (this.frame !== undefined && /^\u001B\[(1;1)?H$/.test(sequence)) this.frame = '';
	}

	private endFrame(): void {
		const frame = this.frame ?? '';
		this.frame = undefined;
		this.frames++;
		const lines = frame.replaceAll('\r', '').split('\n');
		if (lines.at(-1) === '') lines.pop();
		this.lastFrame = lines.join('\n');
		if (lines.length >= this.rows) this.fail('height', `${lines.length} lines on ${this.rows} rows; first: ${show(lines[0] ?? '')}`);
		for (const line of lines) {
			const width = wcswidth(line);
			if (width > this.columns) this.fail('width', `${width} columns of ${this.columns}: ${show(line)}`);
		}
	}

	private fail(kind: Violation['kind'], excerpt: string): void {
		// The first excerpt of each kind is enough for each step; the rest are counted.
		const seen = this.violations.find(v => v.kind === kind && v.where === this.where);
		if (seen) seen.count++;
		else this.violations.push({kind, where: this.where, excerpt, count: 1});
	}
}
