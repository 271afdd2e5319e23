// Why a URL is not a URI (RFC 3986), in words a person can act on: the first character that must be
// percent-encoded, named by position and code point, never echoed (it may be a control character).
const ALLOWED = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/;

function named(character: string): string {
	if (character === ' ') return 'a space';
	if (character === '\\') return 'a backslash';
	const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return character.codePointAt(0)! < 0x20 || character === '\x7f' ? `a control character (${code})` : `the character ${code}`;
}

export function uriProblem(text: string): string {
	// position counts characters as a person does; index is the UTF-16 offset to look ahead from.
	let [position, index] = [0, 0];
	for (const character of text) {
		position++;
		if (character === '%' && !/^[0-9A-Fa-f]{2}$/.test(text.slice(index + 1, index + 3))) {
			return `Character ${position} is a % not followed by two hex digits: write a literal % as %25.`;
		}
		if (character !== '%' && !ALLOWED.test(character)) {
			return `Character ${position} is ${named(character)}, which a URL must percent-encode (a space is %20; a non-ASCII host is written in punycode, xn--…).`;
		}
		index += character.length;
	}
	return 'Not a valid URL (RFC 3986).';
}
