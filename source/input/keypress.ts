// One keypress, parsed from one unit the splitter cut out of the terminal's input. No Ink and no I/O.

export type Keypress = {
	/** 'char' for a printable character (its text in `text`), 'paste' for a bracketed paste, else the key's name. */
	name: string;
	/** The character typed or the text pasted; empty for every other key. */
	text: string;
	ctrl: boolean;
	meta: boolean;
	shift: boolean;
	/** The bytes the terminal sent, as a string. */
	sequence: string;
};

const CSI_TILDE_KEYS: Record<string, string> = {
	'1': 'home',
	'2': 'insert',
	'3': 'delete',
	'4': 'end',
	'5': 'pageup',
	'6': 'pagedown',
	'7': 'home',
	'8': 'end',
	'11': 'f1',
	'12': 'f2',
	'13': 'f3',
	'14': 'f4',
	'15': 'f5',
	'17': 'f6',
	'18': 'f7',
	'19': 'f8',
	'20': 'f9',
	'21': 'f10',
	'23': 'f11',
	'24': 'f12',
};

const FINAL_LETTER_KEYS: Record<string, string> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	E: 'clear',
	F: 'end',
	H: 'home',
	P: 'f1',
	Q: 'f2',
	R: 'f3',
	S: 'f4',
};

// The Linux console's F1-F5: ESC [ [ A … ESC [ [ E.
const LINUX_CONSOLE_F_KEYS: Record<string, string> = {A: 'f1', B: 'f2', C: 'f3', D: 'f4', E: 'f5'};

function press(name: string, sequence: string, modifiers: Partial<Pick<Keypress, 'ctrl' | 'meta' | 'shift'>> = {}, text = ''): Keypress {
	return {name, text, ctrl: modifiers.ctrl ?? false, meta: modifiers.meta ?? false, shift: modifiers.shift ?? false, sequence};
}

/** xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4, meta 8). */
function modifiersOf(parameter: string | undefined): Partial<Pick<Keypress, 'ctrl' | 'meta' | 'shift'>> {
	const bits = Math.max(0, Number.parseInt(parameter ?? '1', 10) - 1 || 0);
	return {shift: (bits & 1) !== 0, meta: (bits & (2 | 8)) !== 0, ctrl: (bits & 4) !== 0};
}

function parseEscapeSequence(unit: string): Keypress {
	const unknown = press('unknown', unit);
	// ESC ESC [ … : some terminals send Alt+arrow as ESC before the arrow.
	if (unit.startsWith('\u001B\u001B') && unit.length > 2) {
		const inner = parseEscapeSequence(unit.slice(1));
		return inner.name === 'unknown' ? unknown : {...inner, meta: true, sequence: unit};
	}

	const body = unit.slice(2);
	if (unit[1] === 'O') {
		const name = FINAL_LETTER_KEYS[body];
		return name ? press(name, unit) : unknown;
	}

	if (unit[1] !== '[') return unknown;
	if (body === 'Z') return press('tab', unit, {shift: true});
	if (body.startsWith('[')) {
		const name = LINUX_CONSOLE_F_KEYS[body.slice(1)];
		return name ? press(name, unit) : unknown;
	}

	const final = body.at(-1) ?? '';
	const parameters = body.slice(0, -1).split(';');
	if (final === '~') {
		const name = CSI_TILDE_KEYS[parameters[0] ?? ''];
		return name ? press(name, unit, modifiersOf(parameters[1])) : unknown;
	}

	// rxvt sends modified tilde keys with $ (shift) and ^ (ctrl).
	if (final === '$' || final === '^') {
		const name = CSI_TILDE_KEYS[parameters[0] ?? ''];
		return name ? press(name, unit, final === '$' ? {shift: true} : {ctrl: true}) : unknown;
	}

	const name = FINAL_LETTER_KEYS[final];
	if (!name || !/^[\d;]*$/.test(body.slice(0, -1))) return unknown;
	return press(name, unit, modifiersOf(parameters[1]));
}

/** Parses one unit cut out by the splitter: an escape sequence, one control character or one printable character. */
export function parseKeypress(unit: string): Keypress {
	if (unit === '\r' || unit === '\n') return press('return', unit);
	if (unit === '\t') return press('tab', unit);
	if (unit === '\u007F' || unit === '\b') return press('backspace', unit);
	if (unit === '\u001B') return press('escape', unit);
	if (unit === '\u001B\u007F' || unit === '\u001B\b') return press('backspace', unit, {meta: true});
	if (unit === '\u0000') return press('space', unit, {ctrl: true});
	const code = unit.codePointAt(0) ?? 0;
	if (unit.length === 1 && code >= 1 && code <= 26) return press(String.fromCodePoint(code + 96), unit, {ctrl: true});
	if (unit.length === 1 && code < 32) return press('unknown', unit);
	if (unit.startsWith('\u001B')) {
		if (unit[1] === '[' || unit[1] === 'O' || unit[1] === '\u001B') {
			if (unit.length > 2) return parseEscapeSequence(unit);
		}

		// ESC followed by one character is Alt+that character.
		const rest = unit.slice(1);
		const inner = parseKeypress(rest);
		if (inner.name === 'char')
			return press(rest.toLowerCase() === rest ? rest : rest.toLowerCase(), unit, {meta: true, shift: rest !== rest.toLowerCase()});
		return inner.name === 'unknown' ? inner : {...inner, meta: true, sequence: unit};
	}

	if ((code >= 0x80 && code <= 0x9f) || code === 0x7f) return press('unknown', unit);
	return press('char', unit, {shift: unit !== unit.toLowerCase()}, unit);
}

/** A bracketed paste: one unit of text, whatever it holds. */
export function pasteKeypress(text: string): Keypress {
	return press('paste', '', {}, text);
}

/**
 * The name a binding uses for this key: the character itself for printable keys ('j', 'G', '?'), otherwise
 * the key's name with its modifiers ('down', 'ctrl+u', 'alt+b', 'shift+tab', 'ctrl+left', 'f1').
 */
export function keyId(key: Keypress): string {
	if (key.name === 'char') return key.text;
	const prefix = `${key.ctrl ? 'ctrl+' : ''}${key.meta ? 'alt+' : ''}${key.shift ? 'shift+' : ''}`;
	return prefix + key.name;
}
