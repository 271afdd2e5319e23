// Routes each keypress to the one place it belongs and queues keys while a screen holds the input. Pure of
// React and Ink: the provider supplies `run`, which delivers a key and returns once every state change and
// key handler it caused is in place, so the next key always acts on what the previous one left.
import {actionFor} from './bindings.js';
import {keyId, parseKeypress, type Keypress} from './keypress.js';
import {createPressCounter, type Press} from './presses.js';

/** Returns true when it used the key. */
export type KeyHandler = (key: Keypress) => boolean;

type Entry = {id: number; kind: 'global' | 'text' | 'screen'; handler: () => KeyHandler; active: () => boolean};

export type KeyDispatcher = {
	/** Ctrl+C and the help key: heard before anything else. */
	addGlobal: (handler: () => KeyHandler) => () => void;
	/** A focused text field: it takes printable keys, pastes and editing keys before any screen binding. */
	addTextField: (handler: () => KeyHandler, active: () => boolean) => () => void;
	addScreen: (handler: () => KeyHandler, active: () => boolean) => () => void;
	/** Keys wait, in order, while any hold is on (a screen is loading what the next key acts on). */
	addHold: () => () => void;
	/** A screen where letters are text (a form): 'q' and '?' are not commands while it is open. */
	addTextCapture: () => () => void;
	/** The actions a screen binds in a context (those with a handler), while it is active: what the help lists first. */
	addBound: (context: string, actions: () => readonly string[], active: () => boolean) => () => void;
	/** The actions of the screen on display, context by context, in the order they were bound. */
	bound: () => Array<{context: string; actions: readonly string[]}>;
	/** A text field has the keyboard, or a form is open. */
	capturingText: () => boolean;
	/** Told when a form opens or closes or a text field comes or goes: what capturingText says may have changed. */
	subscribeCapture: (listener: () => void) => () => void;
	enqueue: (keys: Keypress[]) => void;
	/**
	 * Stops delivering for good: the keys waiting, and every key that comes after (an Esc the splitter still held, a
	 * read before the screen goes), are kept for the screen that takes over.
	 */
	handOver: () => void;
	handedOver: () => boolean;
	/** After handOver: the keys kept, in the order typed; they leave the queue. */
	takeKept: () => Keypress[];
	pending: () => number;
	/** When the last key arrived (performance.now()); -Infinity before any: background work waits out a held key. */
	lastKeyAt: () => number;
	/** The read the press of the key being delivered began in (see presses.ts); undefined between keys. */
	currentPress: () => number | undefined;
	/** An answer is on screen: returns the number of reads so far (a press above it began after it). */
	answerShown: () => number;
	/**
	 * The key being delivered sent a request: the rest of its press (the same key held down, or typed again in
	 * the same burst) is used up by it and dropped, not delivered, waiting or still to come.
	 */
	claimCurrentPress: () => void;
};

export type DispatcherOptions = {
	/** Delivers one key through `deliver`, then settles everything it caused before returning. */
	run: (deliver: () => void) => void;
	/** Keys no screen binding used, for components that read keys themselves (the menus). */
	forward?: (key: Keypress) => void;
	/** Called when a hold is released with keys waiting. */
	schedule?: (pump: () => void) => void;
	/** A hold lasts at most this long: after it, keys act on the screen as it is (a load that hangs). */
	holdLimitMs?: number;
	setTimer?: (run: () => void, ms: number) => unknown;
	now?: () => number;
};

const HOLD_LIMIT_MS = 2000;

const isPlainChar = (key: Keypress) => key.name === 'char' && !key.ctrl && !key.meta;
// ESC before a key is how terminals send Alt+that key, and how Esc pressed just before it arrives.
const isEscapePrefixed = (key: Keypress) => key.meta && key.sequence.length > 1 && key.sequence.startsWith('\u001B');

export function createKeyDispatcher({
	run,
	forward,
	schedule = queueMicrotask,
	holdLimitMs = HOLD_LIMIT_MS,
	setTimer = (run, ms) => setTimeout(run, ms).unref(),
	now = () => performance.now(),
}: DispatcherOptions): KeyDispatcher {
	const entries: Entry[] = [];
	// Each key with its press, so a key that waited still knows when it was pressed.
	const queue: Array<{key: Keypress; press: Press}> = [];
	const presses = createPressCounter(now);
	let delivering: Press | undefined;
	let claimed: number | undefined;
	let nextId = 0;
	// When each hold began: one older than the limit no longer holds keys back.
	const holds = new Set<{since: number}>();
	let handedOver = false;
	let captures = 0;
	let pumping = false;

	const captureListeners = new Set<() => void>();
	const captureChanged = () => {
		for (const listener of [...captureListeners]) listener();
	};

	const add = (entry: Omit<Entry, 'id'>) => {
		const id = nextId++;
		entries.push({...entry, id});
		if (entry.kind === 'text') captureChanged();
		return () => {
			const index = entries.findIndex(candidate => candidate.id === id);
			if (index < 0) return;
			entries.splice(index, 1);
			if (entry.kind === 'text') captureChanged();
		};
	};

	const boundEntries: Array<{context: string; actions: () => readonly string[]; active: () => boolean}> = [];

	const activeOf = (kind: Entry['kind']) => entries.filter(entry => entry.kind === kind && entry.active());
	// The most recently focused field wins if two claim the keyboard at once.
	const textField = () => activeOf('text').at(-1);

	const deliver = (key: Keypress): boolean => {
		for (const entry of activeOf('global')) if (entry.handler()(key)) return true;
		const field = textField();
		if (key.name === 'paste') return field ? field.handler()(key) : false;
		if (field?.handler()(key)) return true;
		let used = false;
		for (const entry of activeOf('screen')) if (entry.handler()(key)) used = true;
		if (!used && !isEscapePrefixed(key)) forward?.(key);
		return used;
	};

	const deliverOne = ({key, press}: {key: Keypress; press: Press}) => {
		let used = false;
		run(() => {
			delivering = press;
			try {
				used = deliver(key);
			} finally {
				delivering = undefined;
			}
		});
		// Where Alt+that key means nothing, it was Esc and then the key: both go first in line, and wait like
		// any key if the Esc starts a hold.
		if (!used && isEscapePrefixed(key))
			queue.unshift({key: parseKeypress('\u001B'), press}, {key: parseKeypress(key.sequence.slice(1)), press});
	};

	// Esc and q get through a hold when nothing waits before them: a way out of a slow load that cannot reorder
	// keys. The help waits like any key: it lists the keys of the screen it opens over, once that screen has them.
	const bypassesHold = ({key}: {key: Keypress}) => {
		if (queue.length !== 1) return false;
		const id = keyId(key);
		return id === 'escape' || (actionFor('global', id) === 'quit' && !capturingText());
	};

	const capturingText = () => captures > 0 || textField() !== undefined;

	const held = () => [...holds].some(hold => now() - hold.since < holdLimitMs);
	let lastKeyAt = -Infinity;

	const pump = () => {
		if (pumping || handedOver) return;
		pumping = true;
		try {
			// A key may hand the keyboard over (the start screen's choice): the keys after it are the next screen's.
			while (queue.length > 0 && !handedOver) {
				// Ctrl+C leaves at once, whatever waits before it: nothing after it matters.
				const interrupt = held() ? queue.findIndex(({key}) => keyId(key) === 'ctrl+c') : -1;
				if (interrupt >= 0) deliverOne(queue.splice(interrupt, 1)[0]!);
				if (queue.length === 0 || handedOver) break;
				if (held() && !bypassesHold(queue[0]!)) return;
				const next = queue.shift()!;
				if (next.press.id === claimed) continue;
				const {key} = next;
				// A run of typed characters into a text field is one insertion: the same value, far fewer renders.
				if (isPlainChar(key) && textField()) {
					let text = key.text;
					while (queue.length > 0 && isPlainChar(queue[0]!.key)) text += queue.shift()!.key.text;
					deliverOne({key: {...key, text, sequence: text}, press: next.press});
				} else {
					deliverOne(next);
				}
			}
		} finally {
			pumping = false;
		}
	};

	return {
		addGlobal: handler => add({kind: 'global', handler, active: () => true}),
		addTextField: (handler, active) => add({kind: 'text', handler, active}),
		addScreen: (handler, active) => add({kind: 'screen', handler, active}),
		addHold() {
			const hold = {since: now()};
			holds.add(hold);
			setTimer(() => {
				if (holds.has(hold) && queue.length > 0) pump();
			}, holdLimitMs);
			return () => {
				if (!holds.delete(hold)) return;
				if (!held() && queue.length > 0) schedule(pump);
			};
		},
		addBound(context, actions, active) {
			const entry = {context, actions, active};
			boundEntries.push(entry);
			return () => {
				const index = boundEntries.indexOf(entry);
				if (index >= 0) boundEntries.splice(index, 1);
			};
		},
		bound: () => boundEntries.filter(entry => entry.active()).map(entry => ({context: entry.context, actions: entry.actions()})),
		addTextCapture() {
			captures++;
			captureChanged();
			let released = false;
			return () => {
				if (released) return;
				released = true;
				captures--;
				captureChanged();
			};
		},
		capturingText,
		subscribeCapture(listener) {
			captureListeners.add(listener);
			return () => captureListeners.delete(listener);
		},
		enqueue(keys) {
			lastKeyAt = now();
			const stamps = presses.stamp(keys);
			queue.push(...keys.map((key, index) => ({key, press: stamps[index]!})));
			pump();
		},
		handOver() {
			handedOver = true;
		},
		handedOver: () => handedOver,
		takeKept: () => queue.splice(0).map(({key}) => key),
		pending: () => queue.length,
		lastKeyAt: () => lastKeyAt,
		currentPress: () => delivering?.read,
		claimCurrentPress() {
			if (delivering === undefined) return;
			claimed = delivering.id;
			presses.claimed(claimed, queue.filter(({press}) => press.id === claimed).length);
		},
		answerShown: presses.answered,
	};
}
