/** What a user can act on from any thrown value: the first line of its message, never a stack trace. */
export function firstLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0] ?? '';
}
