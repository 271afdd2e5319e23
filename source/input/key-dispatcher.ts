// Routes each keypress to the one place it belongs and queues keys while a screen holds the input. Pure of
// React and Ink: the provider supplies `run`, which delivers a key and returns once every state change and
// key handler it caused is in place, so the next key always acts on what the previous one left.
import {actionFor} from './bindings.js';
import {keyId, parseKeypress, type Keypress} from './keypress.js';

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
	/** A text field has the keyboard, or a form is open. */
	capturingText: () => boolean;
	enqueue: (keys: Keypress[]) => void;
	pending: () => number;
};

export type DispatcherOptions = {
	/** Delivers one key through `deliver`, then settles everything it caused before returning. */
	run: (deliver: () => void) => void;
	/** Keys no screen binding used, for components that read keys themselves (the menus). */
	forward?: (key: Keypress) => void;
	/** Called when a key arrives while held, or when a hold is released with keys waiting. */
	schedule?: (pump: () => void) => void;
};

const isPlainChar = (key: Keypress) => key.name === 'char' && !key.ctrl && !key.meta;
const isAltCharacter = (key: Keypress) => key.meta && !key.ctrl && key.name.length === 1;

export function createKeyDispatcher({run, forward, schedule = queueMicrotask}: DispatcherOptions): KeyDispatcher {
	const entries: Entry[] = [];
	const queue: Keypress[] = [];
	let nextId = 0;
	let holds = 0;
	let captures = 0;
	let pumping = false;

	const add = (entry: Omit<Entry, 'id'>) => {
		const id = nextId++;
		entries.push({...entry, id});
		return () => {
			const index = entries.findIndex(candidate => candidate.id === id);
			if (index >= 0) entries.splice(index, 1);
		};
	};

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
		if (!used && !isAltCharacter(key)) forward?.(key);
		return used;
	};

	const deliverOne = (key: Keypress) => {
		let used = false;
		run(() => {
			used = deliver(key);
		});
		// ESC and a character in one read is how terminals send Alt+character, and how Esc followed quickly
		// by a character arrives; where Alt+that character means nothing, it was Esc and then the character.
		if (!used && isAltCharacter(key)) {
			const character = key.sequence.slice(1);
			deliverOne(parseKeypress('\u001B'));
			deliverOne(parseKeypress(character));
		}
	};

	// Esc and the global keys (help, quit) get through a hold when nothing waits before them: a way out of
	// a slow load that cannot reorder keys.
	const bypassesHold = (key: Keypress) => {
		if (queue.length !== 1) return false;
		const id = keyId(key);
		return id === 'escape' || (actionFor('global', id) !== undefined && !capturingText());
	};

	const capturingText = () => captures > 0 || textField() !== undefined;

	const pump = () => {
		if (pumping) return;
		pumping = true;
		try {
			while (queue.length > 0) {
				// Ctrl+C leaves at once, whatever waits before it: nothing after it matters.
				const interrupt = holds > 0 ? queue.findIndex(key => keyId(key) === 'ctrl+c') : -1;
				if (interrupt >= 0) deliverOne(queue.splice(interrupt, 1)[0]!);
				if (holds > 0 && (queue.length === 0 || !bypassesHold(queue[0]!))) return;
				const key = queue.shift()!;
				// A run of typed characters into a text field is one insertion: the same value, far fewer renders.
				if (isPlainChar(key) && textField()) {
					let text = key.text;
					while (queue.length > 0 && isPlainChar(queue[0]!)) text += queue.shift()!.text;
					deliverOne({...key, text, sequence: text});
				} else {
					deliverOne(key);
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
			holds++;
			let released = false;
			return () => {
				if (released) return;
				released = true;
				holds--;
				if (holds === 0 && queue.length > 0) schedule(pump);
			};
		},
		addTextCapture() {
			captures++;
			let released = false;
			return () => {
				if (released) return;
				released = true;
				captures--;
			};
		},
		capturingText,
		enqueue(keys) {
			queue.push(...keys);
			pump();
		},
		pending: () => queue.length,
	};
}
