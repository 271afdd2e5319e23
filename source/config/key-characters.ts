// A key travels in the Authorization header: a character a header cannot carry would fail every request
// with a network-looking error, so it is refused up front. The message never quotes the key.

/** Where the first character that cannot go in an HTTP header is (1-based, in characters), or undefined. */
export function keyCharacterProblem(key: string, source: string): string | undefined {
	let position = 0;
	for (const character of key) {
		position++;
		const kind = badKind(character.codePointAt(0) ?? 0);
		if (kind)
			return `The API key from ${source} has ${kind} at position ${position}, which cannot be sent in an HTTP header; check that it was copied whole and alone.`;
	}
	return undefined;
}

function badKind(code: number): string | undefined {
	if (code === 0x0a || code === 0x0d) return 'a line break';
	if (code < 0x20 || code === 0x7f) return 'a control character';
	if (code > 0x7e) return 'a non-ASCII character';
	return undefined;
}
