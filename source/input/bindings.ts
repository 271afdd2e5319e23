// Every key of every screen in one table: the same entries drive dispatch (useBindings, the text field, the
// menus), the footers' hints and the help overlay, so what a key does and what the help says cannot drift.
// Keys are named as keyId() names them: the character itself ('j', '?'), or 'down', 'ctrl+u', 'alt+b', 'f1'.
export type Binding = {
	keys: readonly string[];
	/** The keys as the help shows them. */
	label: string;
	help: string;
	/** The footer's short form; bindings without one appear only in the help. */
	hint?: string;
	/** The footer's short form while a text field has the keyboard, when it differs ('' hides it). */
	typingHint?: string;
	/** Which hints give way first when a footer is too narrow: 'low', then 'normal', then 'high'; 'keep' never does. */
	priority?: Priority;
	/** The key sends a change (or opens what sends one), named here: read-only mode turns it off and says so. */
	mutates?: string;
};

export type Priority = 'low' | 'normal' | 'high' | 'keep';

type Context = {title: string; bindings: Record<string, Binding>};

const b = (keys: readonly string[], label: string, help: string, hint?: string, typingHint?: string): Binding => ({
	keys,
	label,
	help,
	...(hint && {hint}),
	...(typingHint !== undefined && {typingHint}),
});
// A footer never drops these: the help, and the way back.
const keep = (binding: Binding): Binding => ({...binding, priority: 'keep'});
const high = (binding: Binding): Binding => ({...binding, priority: 'high'});
const low = (binding: Binding): Binding => ({...binding, priority: 'low'});
/** A key that sends a change, or opens the form or confirmation that does; `what` names it in read-only mode's notice. */
const mutating = (what: string, binding: Binding): Binding => ({...binding, mutates: what});

export const BINDINGS = {
	global: {
		title: 'Everywhere',
		bindings: {
			help: keep(b(['f1', '?'], 'F1  ? (outside text)', 'this help (Esc closes it)', '? help', 'F1 help')),
			quit: b(['q'], 'q', 'quit (outside text fields)', 'q quit', ''),
			interrupt: low(b(['ctrl+c'], 'Ctrl+C', 'quit at once', undefined, 'Ctrl+C quit')),
		},
	},
	list: {
		title: 'List',
		bindings: {
			down: low(b(['down', 'j'], '↓ j  ↑ k', 'move one row', '↑↓ move')),
			up: b(['up', 'k'], '', ''),
			pageDown: b(['pagedown'], 'PgDn PgUp', 'move one screen'),
			pageUp: b(['pageup'], '', ''),
			first: b(['home', 'g'], 'g Home  G End', 'first / last row'),
			last: b(['end', 'G'], '', ''),
			open: high(b(['return'], 'Enter', 'open the row (a connection, a number, …)', 'Enter open')),
			filter: b(['/'], '/', 'filter the list', '/ filter'),
			clearFilters: b(['x'], 'x', 'clear the filters', 'x clear filters'),
			refresh: b(['r'], 'r', 'refresh (retry after an error)', 'r refresh'),
			create: mutating('create', b(['c'], 'c', 'create a connection', 'c create')),
			logMessages: b(['M'], 'M', 'main list: the log messages of every connection', 'M log'),
			profiles: b(['P'], 'P', 'main list: the outbound voice profiles (filter by name, sort, the connections of each)', 'P profiles'),
			// Not P: that is the outbound voice profiles, which the API calls profiles too.
			switchAccount: b(
				['A'],
				'A',
				'main list: switch the account to another saved profile (ec-tui profile add), from a menu; the list starts over on it, nothing of the old account kept',
				'A account',
			),
			operatorConnect: mutating(
				'Operator Connect refresh',
				b(['T'], 'T', 'main list: refresh the Operator Connect integration with Microsoft Teams (asks first; sent once)'),
			),
			journal: low(b(['J'], 'J', 'main list: the journal of the changes sent, newest first (copy one as curl, undo one)', 'J journal')),
			editRow: mutating(
				'edit',
				b(
					['e'],
					'e  d',
					'main list: edit / delete the connection under the cursor; with connections marked, d deletes them (active and Operator Connect ones left out and named; more than 10 asks for the count typed)',
				),
			),
			deleteRow: mutating('delete', b(['d'], '', '')),
			mark: b(
				[' '],
				'Space',
				'connections, phone numbers, uploads, log messages: mark or unmark the row under the cursor and move down (marked rows show *, their count the header)',
				'Space mark',
			),
			markRange: b(['v'], 'v', 'mark every row from the last one Space marked to the cursor'),
			markAll: low(
				b(
					['*'],
					'*',
					'mark every row that matches the filters, pages not loaded yet included: says how many first (at most 10,000)',
					'* mark all',
				),
			),
			back: keep(b(['escape', 'backspace'], 'Esc Backspace', 'back, from a list opened from a connection', 'Esc back')),
		},
	},
	marks: {
		title: 'A list with rows marked',
		bindings: {
			clearMarks: keep(b(['escape', 'backspace'], 'Esc Backspace', 'unmark them all (Esc again goes back)', 'Esc unmark')),
		},
	},
	detail: {
		title: 'Detail',
		bindings: {
			back: keep(b(['escape', 'backspace'], 'Esc Backspace', 'back to the list', 'Esc back')),
			down: low(b(['down', 'j'], '↓ j  ↑ k', 'select the next / previous field (raw JSON: scroll)', '↑↓ move')),
			up: b(['up', 'k'], '', ''),
			pageDown: b(['pagedown'], 'PgDn PgUp', 'scroll one screen'),
			pageUp: b(['pageup'], '', ''),
			first: b(['home', 'g'], 'g Home  G End', 'top / bottom'),
			last: b(['end', 'G'], '', ''),
			json: b(['J'], 'J', 'toggle the raw JSON', 'J raw JSON'),
			copy: b(['y'], 'y', 'copy the selected value (raw JSON: all of it)', 'y copy'),
			edit: mutating('edit', b(['e'], 'e', 'edit the connection (the same steps as create, prefilled)', 'e edit')),
			delete: mutating('delete', b(['d'], 'd', 'delete the connection (asks first; Cancel is the default)', 'd delete')),
		},
	},
	records: {
		title: 'Connection detail: what hangs off it (each a list)',
		bindings: {
			phoneNumbers: b(['n'], 'n', "the connection's phone numbers", 'n numbers'),
			addresses: b(['a'], 'a', "the connection's civic addresses and their locations", 'a addresses'),
			uploads: b(['u'], 'u', "the connection's number uploads to Microsoft Teams (pending count in the header)", 'u uploads'),
			releases: b(['l'], 'l', 'the numbers Microsoft Teams released from the connection', 'l releases'),
			logMessages: b(['m'], 'm', "the connection's log messages (the count shows in the footer)", 'm log messages'),
			coverage: b(
				['E'],
				'E',
				'emergency coverage: each location, its numbers, and whether it has an emergency address (none known first); s sets one',
				'E coverage',
			),
		},
	},
	record: {
		title: 'Detail of a number, address, upload, release or log message',
		bindings: {
			back: keep(b(['escape', 'backspace'], 'Esc Backspace', 'back to its list', 'Esc back')),
			down: low(b(['down', 'j'], '↓ j  ↑ k', 'select the next / previous field', '↑↓ move')),
			up: b(['up', 'k'], '', ''),
			pageDown: b(['pagedown'], 'PgDn PgUp', 'scroll one screen'),
			pageUp: b(['pageup'], '', ''),
			first: b(['home', 'g'], 'g Home  G End', 'top / bottom'),
			last: b(['end', 'G'], '', ''),
			copy: b(['y'], 'y', 'copy the selected value (raw JSON: all of it)', 'y copy'),
			json: b(['J'], 'J', 'toggle the raw JSON, as the API sent it', 'J JSON'),
			dismiss: mutating('dismiss', b(['d'], 'd', 'log message: dismiss it (asks first; Cancel is the default)', 'd dismiss')),
			retryUpload: mutating('retry', b(['t'], 't', 'upload: retry it, when its numbers failed (POST …/retry, once)', 't retry')),
			watchUpload: b(
				['w'],
				'w',
				'upload: while it is pending, its status is read again on its own (every 5 s, less often while nothing changes); w stops or starts it',
				'w watch',
			),
			setEmergencyAddress: mutating(
				'set emergency address',
				b(
					['s'],
					's',
					"civic address: set one of its locations' static emergency address, picked from the connection's addresses",
					's emergency address',
				),
			),
			moveNumber: mutating('move', b(['e'], 'e', "phone number: move it to another of the connection's locations (a menu)", 'e location')),
			openConnection: b(['c'], 'c', 'log message: open the connection it is about', 'c connection'),
			openNumber: b(['n'], 'n', "log message: open the record of the number it is about (in its connection's numbers)", 'n number'),
			follow: b(
				['return'],
				'Enter',
				"outbound voice profile: on connections_count, the main list's connections that use the profile",
				'Enter connections',
			),
		},
	},
	uploads: {
		title: 'Uploads list',
		bindings: {
			newUpload: mutating(
				'new upload',
				b(['N'], 'N', 'start an upload: numbers typed or pasted, checked, the exact body reviewed before it is sent', 'N new'),
			),
			recheck: mutating(
				'recheck',
				b(['R'], 'R', 'ask Telnyx to recheck the pending uploads with Teams (POST …/uploads/refresh)', 'R recheck'),
			),
			retryMarked: mutating(
				'retry',
				b(
					['t'],
					't',
					'retry the marked uploads whose numbers failed (none marked: the one under the cursor): one confirmation, one POST …/retry each',
					't retry',
				),
			),
			watch: b(
				['w'],
				'w',
				'watch: pending uploads are read again on their own (every 5 s, less often while nothing changes); w again stops it',
				'w watch',
			),
		},
	},
	phoneNumbers: {
		title: "A connection's phone numbers",
		bindings: {
			moveMarked: mutating(
				'move',
				b(
					['L'],
					'L',
					"move the marked numbers (none marked: the one under the cursor) to one of the connection's locations, picked from a menu; one PATCH each, 4 at a time",
					'L move',
				),
			),
			uploadMarked: mutating(
				'upload',
				b(
					['U'],
					'U',
					'upload the marked numbers to Microsoft Teams (none marked: the one under the cursor); their destination and usage next',
					'U upload',
				),
			),
		},
	},
	coverage: {
		title: "A connection's emergency coverage",
		bindings: {
			down: low(b(['down', 'j'], '↓ j  ↑ k', 'move one location', '↑↓ move')),
			up: b(['up', 'k'], '', ''),
			pageDown: b(['pagedown'], 'PgDn PgUp', 'move one screen'),
			pageUp: b(['pageup'], '', ''),
			first: b(['home', 'g'], 'g Home  G End', 'first / last location'),
			last: b(['end', 'G'], '', ''),
			setAddress: mutating(
				'set address',
				high(
					b(
						['s'],
						's',
						"set the static emergency address of the location under the cursor, picked from the connection's addresses",
						's set address',
					),
				),
			),
			recount: b(['r'], 'r', "read the addresses and count each location's numbers again", 'r recount'),
			back: keep(b(['escape', 'backspace'], 'Esc Backspace', 'back to the connection', 'Esc back')),
		},
	},
	bulkSending: {
		title: 'A bulk action, sending',
		bindings: {
			stop: keep(
				b(['escape'], 'Esc', 'stop: nothing new is sent; what is on its way still answers, and the summary says what was sent', 'Esc stop'),
			),
		},
	},
	bulkSummary: {
		title: "A bulk action's summary",
		bindings: {
			retryFailed: mutating(
				'retry failed',
				high(b(['r'], 'r', 'retry only the failed ones (asks first, like the first time)', 'r retry failed')),
			),
			close: keep(b(['escape', 'backspace'], 'Esc Backspace', 'back to the list', 'Esc back')),
		},
	},
	connections: {
		title: 'External connections: the marked ones (none marked: the one under the cursor)',
		bindings: {
			enableMarked: mutating(
				'enable',
				low(
					b(['E'], 'E  D', 'enable / disable them (PATCH active): one confirmation, one request each, 4 at a time', 'E/D enable/disable'),
				),
			),
			disableMarked: mutating('disable', b(['D'], '', '')),
			addTag: mutating(
				'tags',
				low(b(['+'], '+  -', 'add / remove tags (typed, comma separated): one confirmation, one PATCH tags each', '+/- tag')),
			),
			removeTag: mutating('tags', b(['-'], '', '')),
		},
	},
	textPrompt: {
		title: 'A question answered by typing (tags to add or remove, the count of a large delete)',
		bindings: {
			answer: high(b(['return'], 'Enter', 'answer: checked first, nothing is sent until it passes', 'Enter answer')),
			cancel: keep(b(['escape'], 'Esc', 'cancel; nothing is sent', 'Esc cancel')),
		},
	},
	markingAll: {
		title: 'Marking every row that matches',
		bindings: {
			stop: keep(b(['escape'], 'Esc', 'stop reading: nothing is marked', 'Esc stop')),
		},
	},
	logMessagesList: {
		title: 'Log messages list',
		bindings: {
			dismissMarked: mutating(
				'dismiss',
				b(
					['d'],
					'd',
					'dismiss the marked messages (none marked: the one under the cursor): one confirmation, then one DELETE each, 4 at a time',
					'd dismiss',
				),
			),
		},
	},
	journal: {
		title: 'Journal of changes',
		bindings: {
			down: low(b(['down', 'j'], '↓ j  ↑ k', 'move one entry', '↑↓ move')),
			up: b(['up', 'k'], '', ''),
			pageDown: b(['pagedown'], 'PgDn PgUp', 'move one screen'),
			pageUp: b(['pageup'], '', ''),
			first: b(['home', 'g'], 'g Home  G End', 'newest / oldest entry'),
			last: b(['end', 'G'], '', ''),
			open: high(b(['return'], 'Enter', 'the entry: every field it holds', 'Enter open')),
			copy: b(['y'], 'y', 'copy the entry as a curl command: the key as $TELNYX_API_KEY, never the key itself', 'y curl'),
			undo: mutating(
				'undo',
				b(
					['u'],
					'u',
					"undo: put a number's location, or a connection's tags or active, back as they were (asks first; Cancel is the default)",
					'u undo',
				),
			),
			reload: b(['r'], 'r', 'read the journal again', 'r reload'),
			back: keep(b(['escape', 'backspace'], 'Esc Backspace', 'back: from an entry to the entries, from them to the list', 'Esc back')),
		},
	},
	operatorConnect: {
		title: 'Operator Connect refresh',
		bindings: {
			back: keep(b(['escape', 'backspace'], 'Esc Backspace', 'back to the list (the refresh goes on at Telnyx)', 'Esc back')),
		},
	},
	uploadForm: {
		title: 'New upload',
		bindings: {
			cancel: keep(b(['escape'], 'Esc', 'back: from the review to the numbers, from the numbers to the list; nothing is sent', 'Esc back')),
		},
	},
	picker: {
		title: 'Pick lists',
		bindings: {
			cancel: keep(b(['escape'], 'Esc', 'close without choosing; nothing is sent', 'Esc cancel')),
		},
	},
	filter: {
		title: 'Filter form',
		bindings: {
			next: low(b(['tab', 'down'], 'Tab ↓  Shift+Tab ↑', 'next / previous field', 'Tab/↑↓ field')),
			previous: b(['shift+tab', 'up'], '', ''),
			choiceNext: b(['right'], '→ ←', 'a choice field (service, status): show the next / previous value', '←→ choose'),
			choicePrevious: b(['left'], '', ''),
			toggle: b([' '], 'Space', 'status: pick or unpick the value shown (several may be picked); service: the next one', 'Space pick'),
			apply: high(b(['return'], 'Enter', 'apply (all empty clears)', 'Enter apply')),
			cancel: keep(b(['escape'], 'Esc', 'close without applying', 'Esc cancel')),
		},
	},
	filterPlace: {
		title: 'Filter form: a location or civic address field',
		bindings: {
			openMenu: b(
				[' ', 'right'],
				'Space →',
				"the menu of the connection's locations or civic addresses, to pick one (or any)",
				'Space menu',
			),
			clearPlace: b(['backspace', 'delete'], 'Backspace', 'any location / address again', 'Backspace any'),
		},
	},
	wizard: {
		title: 'Create wizard',
		bindings: {
			accept: high(b(['return'], 'Enter', 'accept the step', 'Enter accept')),
			back: keep(b(['escape'], 'Esc', 'back one step (values kept)', 'Esc back')),
			scrollDown: low(b(['pagedown'], 'PgDn PgUp', 'scroll the review body', 'PgDn PgUp scroll')),
			scrollUp: b(['pageup'], '', ''),
		},
	},
	confirm: {
		title: 'Confirmations',
		bindings: {
			cancel: keep(b(['escape'], 'Esc', 'cancel (Cancel is also the first choice: a stray Enter never confirms)', 'Esc cancel')),
			scrollDown: low(b(['pagedown'], 'PgDn PgUp', "scroll Telnyx's answer when it is longer than the screen", 'PgDn PgUp scroll')),
			scrollUp: b(['pageup'], '', ''),
		},
	},
	start: {
		title: 'Start screen, and another key after a 401',
		bindings: {
			back: keep(b(['escape'], 'Esc', 'back to the previous question (from the key field after a 401: to the list)', 'Esc back')),
			continue: high(b(['return'], 'Enter', 'open the list once the key is saved', 'Enter open the list')),
		},
	},
	menu: {
		title: 'Menus and pickers',
		bindings: {
			down: low(b(['down', 'j'], '↓ j  ↑ k', 'move the choice', '↑↓ choose')),
			up: b(['up', 'k'], '', ''),
			choose: high(b(['return'], 'Enter', 'take the choice', 'Enter select')),
			number: b(['1', '2', '3', '4', '5', '6', '7', '8', '9'], '1…9', 'take the nth choice shown'),
		},
	},
	textField: {
		title: 'Text fields',
		bindings: {
			left: b(['left', 'ctrl+b'], '← →', 'move the cursor'),
			right: b(['right', 'ctrl+f'], '', ''),
			home: b(['home', 'ctrl+a'], 'Home Ctrl+A  End Ctrl+E', 'start / end of the text'),
			end: b(['end', 'ctrl+e'], '', ''),
			wordLeft: b(['ctrl+left', 'alt+left', 'alt+b'], 'Ctrl+← →  Alt+b f', 'one word back / forward'),
			wordRight: b(['ctrl+right', 'alt+right', 'alt+f'], '', ''),
			backspace: b(['backspace', 'ctrl+h'], 'Backspace  Delete', 'delete before / at the cursor'),
			deleteForward: b(['delete', 'ctrl+d'], '', ''),
			killToStart: b(['ctrl+u'], 'Ctrl+U  Ctrl+K', 'delete to the start / to the end'),
			killToEnd: b(['ctrl+k'], '', ''),
			killWordBack: b(['ctrl+w', 'alt+backspace'], 'Ctrl+W  Alt+d', 'delete a word back / forward'),
			killWordForward: b(['alt+d'], '', ''),
			submit: high(b(['return'], 'Enter', 'accept the value', 'Enter accept')),
		},
	},
	help: {
		title: 'Help',
		bindings: {
			close: keep(b(['escape', 'f1', '?', 'backspace'], 'Esc F1 ?', 'close the help', 'Esc close')),
			down: low(b(['down', 'j'], '↓ j  ↑ k', 'scroll a line', '↑↓ PgUp PgDn g G scroll')),
			up: b(['up', 'k'], '', ''),
			pageDown: b(['pagedown', ' '], 'PgDn Space  PgUp', 'scroll a page'),
			pageUp: b(['pageup'], '', ''),
			first: b(['home', 'g'], 'g Home  G End', 'top / bottom'),
			last: b(['end', 'G'], '', ''),
		},
	},
} as const satisfies Record<string, Context>;

export type ContextName = keyof typeof BINDINGS;
export type ActionOf<C extends ContextName> = keyof (typeof BINDINGS)[C]['bindings'] & string;

/** The action a key triggers in a context, if any. */
export function actionFor<C extends ContextName>(context: C, id: string): ActionOf<C> | undefined {
	const bindings: Record<string, Binding> = BINDINGS[context].bindings;
	for (const [action, binding] of Object.entries(bindings)) {
		if (binding.keys.includes(id)) return action as ActionOf<C>;
	}

	return undefined;
}

/** The actions a screen binds in one context (those with a handler), as useBindings returns them and the help and footer read them. */
export type Bound = {
	context: string;
	actions: readonly string[];
	/** The screen's own words for a hint of these actions, when the table's are too general ('' hides it). */
	hints?: Readonly<Record<string, string>>;
};

/** What the one global handler binds: the help, q outside text fields, Ctrl+C. */
export const GLOBAL_BOUND: Bound = {context: 'global', actions: ['help', 'quit', 'interrupt']};

export type HelpSection = {title: string; lines: Array<{keys: string; help: string}>};

/**
 * A context's documented lines; `bound`, when given, keeps the lines of those actions (or of the unlabelled ones
 * after). `readOnly` leaves out the keys that send a change.
 */
function helpLines(context: Context, bound?: ReadonlySet<string>, readOnly = false): HelpSection['lines'] {
	const lines: HelpSection['lines'] = [];
	let leader: {line: HelpSection['lines'][number]; shown: boolean} | undefined;
	for (const [action, binding] of Object.entries(context.bindings)) {
		if (readOnly && binding.mutates !== undefined) continue;
		if (binding.label !== '') {
			leader = {line: {keys: binding.label, help: binding.help}, shown: false};
		}
		// An unlabelled binding is the second half of the line before it (↑ k of '↓ j  ↑ k').
		if (leader && !leader.shown && (bound === undefined || bound.has(action))) {
			lines.push(leader.line);
			leader.shown = true;
		}
	}
	return lines;
}

/**
 * The help overlay's sections: the keys of the screen on display first (`bound`, its actions context by context,
 * and the keys that work everywhere), then every context's, one line per documented binding.
 */
export function helpSections(bound: readonly Bound[] = [], readOnly = false): HelpSection[] {
	const contexts = BINDINGS as Record<string, Context>;
	const all = Object.values(contexts).map(context => ({title: context.title, lines: helpLines(context, undefined, readOnly)}));
	if (bound.length === 0) return all;
	const byContext = new Map<string, Set<string>>();
	// The global handler's keys close the section whatever the screen: they work everywhere.
	for (const {context, actions} of bound.filter(({context}) => context !== 'global')) {
		const known = byContext.get(context) ?? new Set<string>();
		for (const action of actions) known.add(action);
		byContext.set(context, known);
	}
	const here: HelpSection['lines'] = [];
	for (const [name, actions] of byContext) {
		const context = contexts[name];
		if (context) here.push(...helpLines(context, actions));
	}
	here.push(...helpLines(BINDINGS.global));
	return [{title: 'On this screen', lines: here}, {title: 'All keys, by where they work', lines: []}, ...all];
}
