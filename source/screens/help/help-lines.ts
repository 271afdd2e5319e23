// The help as lines of a given width: each description wraps under itself, after its keys' column. Pure.
import {padToWidth, spaces} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import type {HelpSection} from '../../input/bindings.js';
import {wrapLine} from '../detail/wrap-line.js';

const KEY_WIDTH = 24;
// Below this, the keys' column takes a line of its own.
const MIN_SIDE_BY_SIDE = 44;

export function helpLines(sections: readonly HelpSection[], width: number): Clean[] {
	const lines: Clean[] = [];
	const sideBySide = width >= MIN_SIDE_BY_SIDE;
	for (const section of sections) {
		if (lines.length > 0) lines.push(ownText(''));
		lines.push(...wrapLine(cleanText(section.title), width));
		for (const line of section.lines) {
			const keys = cleanText(line.keys);
			const help = cleanText(line.help);
			if (!sideBySide) {
				lines.push(...wrapLine(clean`  ${keys}`, width, 2));
				for (const part of wrapLine(help, width - 4)) lines.push(clean`    ${part}`);
				continue;
			}
			const parts = wrapLine(help, width - 2 - KEY_WIDTH);
			parts.forEach((part, index) => {
				lines.push(index === 0 ? clean`  ${padToWidth(keys, KEY_WIDTH)}${part}` : clean`${spaces(2 + KEY_WIDTH)}${part}`);
			});
		}
	}
	return lines;
}
