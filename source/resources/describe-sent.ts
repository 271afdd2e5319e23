// A mutation's body in short, for the line an interrupted exit prints (the method and path come with it).
const MAX_LENGTH = 200;

export function describeSent(parts: readonly string[]): string {
	// Typed or pasted values may hold control characters; stderr is a terminal.
	const text = parts.join(' · ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
	return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
