// Widths as a terminal gives them: glibc 2.36's wcwidth() (which tmux and most Linux terminals use) for every
// code point, from test/fixtures/glibc-wcwidth.txt: ranges `first last width` in hex, for every width other than 1.
// Made with a C loop over `wcwidth((wchar_t)c)` under setlocale(LC_ALL, "C.UTF-8"), surrogates left out.
import {readFileSync} from 'node:fs';

const ranges = readFileSync(new URL('../fixtures/glibc-wcwidth.txt', import.meta.url), 'utf8')
	.trim()
	.split('\n')
	.map(line => {
		const [first, last, width] = line.split(' ');
		return [Number.parseInt(first!, 16), Number.parseInt(last!, 16), Number(width)] as const;
	});

/** glibc's wcwidth(): -1 for controls and code points it does not know. */
export function wcwidth(codePoint: number): number {
	let low = 0;
	let high = ranges.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const [first, last, width] = ranges[middle]!;
		if (codePoint < first) high = middle - 1;
		else if (codePoint > last) low = middle + 1;
		else return width;
	}
	return 1;
}

/** A line's width on the terminal: the sum of its code points', a code point glibc does not know drawn as nothing (tmux). */
export function wcswidth(text: string): number {
	let width = 0;
	for (const char of text) width += Math.max(0, wcwidth(char.codePointAt(0)!));
	return width;
}
