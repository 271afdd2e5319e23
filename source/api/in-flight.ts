// Mutations sent and not yet answered, so an interrupted exit can say what may have happened on the server.
// Module state on purpose: the client sets it and cli.tsx reads it after the UI is gone.

export type Mutation = {method: string; path: string; /** What was sent, in short; never the key. */ sent: string};

const pending = new Set<Mutation>();

export const inFlightMutations = {
	/** Records a mutation about to be sent; the returned function forgets it once its outcome is known. */
	start(mutation: Mutation): () => void {
		const entry = {...mutation};
		pending.add(entry);
		return () => pending.delete(entry);
	},
	list(): Mutation[] {
		return [...pending];
	},
};

/** One line for stderr on an interrupted exit, or undefined when nothing was waiting for an answer. */
export function interruptedLine(mutations: Mutation[]): string | undefined {
	if (mutations.length === 0) return undefined;
	const what = mutations.map(m => `${m.method} ${m.path} (${m.sent})`).join('; ');
	return `ec-tui: interrupted before an answer to ${what}: it may have been applied. Check the list before sending it again.`;
}
