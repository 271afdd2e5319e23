// A screen's footer: the hints of the keys it binds, from the binding table, fitted to the width. Hints give way
// lowest priority first (the last of equals first); the help and the way back never do, and the help lists the rest.
import {BINDINGS, GLOBAL_BOUND, type Binding, type Bound, type Priority} from './bindings.js';
import {displayWidth, truncate} from '../text/format.js';
import {clean, cleanText, type Clean} from '../text/sanitize.js';

export type Hint = {text: string; priority: Priority};

const RANK: Record<Priority, number> = {low: 0, normal: 1, high: 2, keep: 3};
const SEPARATOR = ' · ';

type FooterOptions = {
	/** A text field has the keyboard: hints take their typing form (F1 help, no q quit). */
	typing?: boolean;
	/** The global handler's keys end the footer; the help overlay, which closes on them, leaves them out. */
	global?: boolean;
};

/** The hints of the bound actions: context by context as given, each in table order, then the global keys. */
export function boundHints(bound: readonly Bound[], {typing = false, global = true}: FooterOptions = {}): Hint[] {
	const contexts = BINDINGS as Record<string, {bindings: Record<string, Binding>}>;
	const hints: Hint[] = [];
	const seen = new Set<string>();
	for (const {context, actions, hints: own} of global ? [...bound, GLOBAL_BOUND] : bound) {
		const bindings = contexts[context]?.bindings ?? {};
		for (const [action, binding] of Object.entries(bindings)) {
			if (!actions.includes(action)) continue;
			const text = own?.[action] ?? (typing ? (binding.typingHint ?? binding.hint) : binding.hint);
			if (!text || seen.has(text)) continue;
			seen.add(text);
			hints.push({text, priority: binding.priority ?? 'normal'});
		}
	}
	return hints;
}

const joined = (hints: readonly Hint[]) => hints.map(hint => hint.text).join(SEPARATOR);

/** As many hints as fit the width, in their order: the lowest priority goes first, the last of equals first. */
export function fitHints(hints: readonly Hint[], width: number): string {
	const shown = [...hints];
	while (displayWidth(joined(shown)) > width) {
		let drop = -1;
		for (let index = shown.length - 1; index >= 0; index--) {
			const rank = RANK[shown[index]!.priority];
			if (rank < RANK.keep && (drop < 0 || rank < RANK[shown[drop]!.priority])) drop = index;
		}
		if (drop < 0) break;
		shown.splice(drop, 1);
	}
	return joined(shown);
}

/** The footer line: what the screen states (a count, a notice) first, then the hints that fit beside it. */
export function footerLine(bound: readonly Bound[], width: number, {state, ...options}: FooterOptions & {state?: Clean} = {}): Clean {
	const hints = boundHints(bound, options);
	if (!state) return truncate(cleanText(fitHints(hints, width)), width);
	const fitted = fitHints(hints, width - displayWidth(state) - SEPARATOR.length);
	return truncate(fitted === '' ? state : clean`${state}${cleanText(SEPARATOR)}${cleanText(fitted)}`, width);
}
