import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
	frontList,
	hasFilters,
	initialNavState,
	isValidNavState,
	topOf,
	transition,
	type ListView,
	type NavEvent,
	type NavState,
	type Route,
} from '../source/navigation/index.js';

const view = (state: NavState): ListView => frontList(state).view;
const top = (state: NavState): Route => topOf(state.routes);
const generation = (state: NavState): number => frontList(state).generation;
/** The state with the list in front changed as given: for building broken states. */
function withView(state: NavState, change: Partial<ListView>): NavState {
	const [root, ...rest] = state.routes;
	return {...state, routes: [{...root, view: {...root.view, ...change}}, ...rest]};
}

function run(state: NavState, ...events: NavEvent[]): NavState {
	return events.reduce((current, event) => {
		const next = transition(current, event);
		assert.ok(isValidNavState(next), `invalid state after ${JSON.stringify(event)}: ${JSON.stringify(next)}`);
		return next;
	}, state);
}

// A list of 1,000 rows on a 10-row screen, cursor at row 25 with filters set.
function browsing(): NavState {
	return run(
		initialNavState(10),
		{type: 'filter'},
		{type: 'applyFilters', filters: {externalSipConnection: 'zoom'}},
		{type: 'total', total: 1000},
		{type: 'move', by: 25},
	);
}

// That connection's phone numbers: 500 of them, cursor at row 4.
function subList(): NavState {
	return run(
		browsing(),
		{type: 'open', id: '1293384261075731499'},
		{type: 'openList', resource: 'phone-numbers'},
		{type: 'total', total: 500},
		{type: 'move', by: 3},
	);
}

const contexts: Record<string, () => NavState> = {
	list: browsing,
	help: () => run(browsing(), {type: 'help'}),
	filter: () => run(browsing(), {type: 'filter'}),
	'help over filter': () => run(browsing(), {type: 'filter'}, {type: 'help'}),
	'help over create': () => run(browsing(), {type: 'create'}, {type: 'help'}),
	detail: () => run(browsing(), {type: 'open', id: '1293384261075731499'}),
	'sub-list': subList,
	'help over sub-list': () => run(subList(), {type: 'help'}),
	create: () => run(browsing(), {type: 'create'}),
	'operator-connect': () => run(browsing(), {type: 'operatorConnect'}),
	'bulk over list': () => run(browsing(), {type: 'overlay', overlay: {name: 'disable', rows: [{id: '1'}]}}),
	'help over bulk': () => run(browsing(), {type: 'overlay', overlay: {name: 'disable', rows: [{id: '1'}]}}, {type: 'help'}),
	quit: () => run(browsing(), {type: 'quit'}),
};

const events: Record<string, NavEvent> = {
	'move +1': {type: 'move', by: 1},
	'move -1': {type: 'move', by: -1},
	'move page': {type: 'move', by: 10},
	'jump first': {type: 'jump', to: 'first'},
	'jump last': {type: 'jump', to: 'last'},
	'total shrinks': {type: 'total', total: 5},
	resize: {type: 'resize', viewportRows: 4},
	open: {type: 'open', id: '42'},
	openList: {type: 'openList', resource: 'phone-numbers'},
	openGlobalList: {type: 'openGlobalList', resource: 'log-messages'},
	link: {
		type: 'link',
		resource: 'external-connections',
		id: '1858334946797002863',
		list: {resource: 'phone-numbers', filters: {phoneNumberEq: '+441134960498'}},
	},
	openFiltered: {type: 'openFiltered', resource: 'external-connections', filters: {outboundVoiceProfileId: '7'}},
	rowRemoved: {type: 'rowRemoved', row: 3},
	back: {type: 'back'},
	help: {type: 'help'},
	'overlay filter': {type: 'filter'},
	applyFilters: {type: 'applyFilters', filters: {id: '7'}},
	clearFilters: {type: 'clearFilters'},
	refresh: {type: 'refresh'},
	create: {type: 'create'},
	created: {type: 'created', id: '99'},
	operatorConnect: {type: 'operatorConnect'},
	'list overlay': {type: 'overlay', overlay: {name: 'move', rows: [{id: '2'}]}},
	overlayClosed: {type: 'overlayClosed', sent: false},
	quit: {type: 'quit'},
};

// Which events apply in which context; everything not listed returns the same object.
const applies: Record<string, string[]> = {
	list: [
		'move +1',
		'move -1',
		'move page',
		'jump first',
		'jump last',
		'total shrinks',
		'resize',
		'rowRemoved',
		'open',
		'openGlobalList',
		'help',
		'overlay filter',
		'clearFilters',
		'refresh',
		'create',
		'operatorConnect',
		'list overlay',
		'quit',
	],
	help: ['total shrinks', 'resize', 'rowRemoved', 'back', 'quit'],
	'help over filter': ['total shrinks', 'resize', 'rowRemoved', 'back', 'quit'],
	'help over create': ['total shrinks', 'resize', 'rowRemoved', 'back', 'created', 'quit'],
	filter: ['total shrinks', 'resize', 'rowRemoved', 'back', 'help', 'applyFilters', 'clearFilters', 'quit'],
	detail: ['total shrinks', 'resize', 'rowRemoved', 'back', 'help', 'openList', 'link', 'openFiltered', 'quit'],
	// A sub-list has no filters set, so x has nothing to clear.
	'sub-list': [
		'move +1',
		'move -1',
		'move page',
		'jump first',
		'jump last',
		'total shrinks',
		'resize',
		'rowRemoved',
		'open',
		'back',
		'help',
		'overlay filter',
		'refresh',
		'create',
		'list overlay',
		'quit',
	],
	'help over sub-list': ['total shrinks', 'resize', 'rowRemoved', 'back', 'quit'],
	create: ['total shrinks', 'resize', 'rowRemoved', 'back', 'help', 'created', 'quit'],
	'operator-connect': ['total shrinks', 'resize', 'rowRemoved', 'back', 'help', 'quit'],
	// The list's own screen over it has the keys: the list under it only hears data and the terminal's size.
	'bulk over list': ['total shrinks', 'resize', 'rowRemoved', 'help', 'overlayClosed', 'quit'],
	// An answer that closes the list's screen may come while the help is open: it closes under the help.
	'help over bulk': ['total shrinks', 'resize', 'rowRemoved', 'back', 'overlayClosed', 'quit'],
	quit: [],
};

describe('transition: every event from every screen and overlay', () => {
	for (const [contextName, makeState] of Object.entries(contexts)) {
		for (const [eventName, event] of Object.entries(events)) {
			const expected = applies[contextName]!.includes(eventName);
			it(`${contextName} + ${eventName} ${expected ? 'applies' : 'does not apply'}`, () => {
				const state = makeState();
				const snapshot = structuredClone(state);
				const next = transition(state, event);
				assert.ok(isValidNavState(next));
				assert.deepEqual(state, snapshot, 'the input state is never mutated');
				if (expected) assert.notEqual(next, state);
				else assert.equal(next, state);
			});
		}
	}
});

describe('link: from a record to the records it names', () => {
	// Every connection's log messages, and one of them open.
	const onMessage = () =>
		run(initialNavState(10), {type: 'openGlobalList', resource: 'log-messages'}, {type: 'total', total: 8}, {type: 'open', id: '7'});

	it("opens the connection's detail over the record", () => {
		const next = transition(onMessage(), {type: 'link', resource: 'external-connections', id: '1858334946797002863'});
		assert.deepEqual(next.routes.at(-1), {kind: 'detail', resource: 'external-connections', id: '1858334946797002863'});
		assert.ok(isValidNavState(next));
		assert.deepEqual(transition(next, {type: 'back'}).routes, onMessage().routes, 'Esc comes back to the message');
	});

	it("opens the connection's list under it filtered, on its first row once it loads", () => {
		const next = transition(onMessage(), {
			type: 'link',
			resource: 'external-connections',
			id: '1858334946797002863',
			list: {resource: 'phone-numbers', filters: {phoneNumberEq: '+441134960498'}},
		});
		const list = next.routes.at(-1)!;
		assert.ok(list.kind === 'list');
		assert.equal(list.parentId, '1858334946797002863');
		assert.deepEqual(list.view.filters, {phoneNumberEq: '+441134960498'});
		assert.equal(list.view.pendingOpen, 0);
		// Its store starts at generation 0 unfiltered: a new generation makes it load under the filters.
		assert.equal(list.generation, 1);
		assert.ok(isValidNavState(next));
	});

	it('does nothing for an empty id or under the help', () => {
		const state = onMessage();
		assert.equal(transition(state, {type: 'link', resource: 'external-connections', id: ''}), state);
		const helped = transition(state, {type: 'help'});
		assert.equal(transition(helped, {type: 'link', resource: 'external-connections', id: '1'}), helped);
	});
});

describe('initialNavState', () => {
	it('starts on the list with nothing loaded', () => {
		const state = initialNavState(20);
		assert.deepEqual(state, {
			routes: [
				{
					kind: 'list',
					resource: 'external-connections',
					view: {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: 20, filters: {}},
					generation: 0,
				},
			],
			help: false,
			quit: false,
		});
		assert.ok(isValidNavState(state));
	});

	it('keeps at least one viewport row', () => {
		assert.equal(view(initialNavState(0)).viewportRows, 1);
		assert.equal(view(initialNavState(Number.NaN)).viewportRows, 1);
		assert.equal(view(initialNavState(7.9)).viewportRows, 7);
	});
});

describe('move and jump', () => {
	it('does nothing until the total is known', () => {
		const state = initialNavState(10);
		assert.equal(transition(state, {type: 'move', by: 1}), state);
		assert.equal(transition(state, {type: 'jump', to: 'last'}), state);
	});

	it('does nothing on an empty list', () => {
		const state = run(initialNavState(10), {type: 'total', total: 0});
		assert.equal(transition(state, {type: 'move', by: 1}), state);
		assert.equal(transition(state, {type: 'jump', to: 'last'}), state);
	});

	it('moves line by line and scrolls only when the cursor leaves the window', () => {
		let state = run(initialNavState(10), {type: 'total', total: 100});
		state = run(state, ...Array.from({length: 9}, (): NavEvent => ({type: 'move', by: 1})));
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [9, 0]);
		state = run(state, {type: 'move', by: 1});
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [10, 1]);
		state = run(state, ...Array.from({length: 9}, (): NavEvent => ({type: 'move', by: -1})));
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [1, 1]);
		state = run(state, {type: 'move', by: -1});
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [0, 0]);
	});

	it('clamps at both ends and returns the same state when already there', () => {
		const top = run(initialNavState(10), {type: 'total', total: 3});
		assert.equal(transition(top, {type: 'move', by: -1}), top);
		const bottom = run(top, {type: 'move', by: 50});
		assert.equal(view(bottom).cursor, 2);
		assert.equal(transition(bottom, {type: 'move', by: 1}), bottom);
		assert.equal(transition(bottom, {type: 'jump', to: 'last'}), bottom);
	});

	it('pages the window along with the cursor', () => {
		let state = run(initialNavState(10), {type: 'total', total: 95}, {type: 'move', by: 3});
		state = run(state, {type: 'move', by: 10});
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [13, 10]);
		state = run(state, ...Array.from({length: 7}, (): NavEvent => ({type: 'move', by: 10})));
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [83, 80]);
		state = run(state, {type: 'move', by: 10});
		// The last page is full: no blank rows below row 94.
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [93, 85]);
		state = run(state, {type: 'move', by: -10});
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [83, 75]);
	});

	it('jumps to the last row with a full window and back to the first', () => {
		let state = run(initialNavState(20), {type: 'total', total: 100_000}, {type: 'jump', to: 'last'});
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [99_999, 99_980]);
		state = run(state, {type: 'jump', to: 'first'});
		assert.deepEqual([view(state).cursor, view(state).scrollOffset], [0, 0]);
	});

	it('ignores non-finite and zero steps', () => {
		const state = browsing();
		assert.equal(transition(state, {type: 'move', by: 0}), state);
		assert.equal(transition(state, {type: 'move', by: Number.NaN}), state);
		assert.equal(transition(state, {type: 'move', by: Number.POSITIVE_INFINITY}), state);
	});
});

describe('total', () => {
	it('clamps the cursor and the window when the list shrinks', () => {
		const state = run(browsing(), {type: 'jump', to: 'last'}, {type: 'total', total: 15});
		assert.deepEqual([view(state).cursor, view(state).scrollOffset, view(state).total], [14, 5, 15]);
		const empty = run(state, {type: 'total', total: 0});
		assert.deepEqual([view(empty).cursor, view(empty).scrollOffset], [0, 0]);
	});

	it('returns the same state when nothing changes, and ignores nonsense', () => {
		const state = browsing();
		assert.equal(transition(state, {type: 'total', total: 1000}), state);
		assert.equal(transition(state, {type: 'total', total: -1}), state);
		assert.equal(transition(state, {type: 'total', total: 2.5}), state);
	});

	it('keeps a detail view open while the list behind it shrinks', () => {
		const state = run(browsing(), {type: 'open', id: '5'}, {type: 'total', total: 10});
		assert.deepEqual(top(state), {kind: 'detail', resource: 'external-connections', id: '5'});
		assert.equal(view(state).cursor, 9);
	});
});

describe('resize', () => {
	it('keeps the cursor visible when the window shrinks', () => {
		const state = run(browsing(), {type: 'move', by: 9}, {type: 'resize', viewportRows: 3});
		assert.equal(view(state).cursor, 34);
		assert.ok(view(state).scrollOffset <= 34 && 34 < view(state).scrollOffset + 3);
	});

	it('pulls the window up when growing would leave blank rows', () => {
		const state = run(initialNavState(5), {type: 'total', total: 20}, {type: 'jump', to: 'last'});
		assert.equal(view(state).scrollOffset, 15);
		const grown = run(state, {type: 'resize', viewportRows: 30});
		assert.deepEqual([view(grown).cursor, view(grown).scrollOffset], [19, 0]);
	});

	it('returns the same state for the same size', () => {
		const state = browsing();
		assert.equal(transition(state, {type: 'resize', viewportRows: 10}), state);
	});
});

describe('detail', () => {
	it('opens the row and restores the list exactly on back', () => {
		const list = run(browsing(), {type: 'move', by: 12});
		const detail = run(list, {type: 'open', id: '1293384261075731499'});
		assert.deepEqual(top(detail), {kind: 'detail', resource: 'external-connections', id: '1293384261075731499'});
		const back = run(detail, {type: 'move', by: 5}, {type: 'jump', to: 'last'}, {type: 'refresh'}, {type: 'back'});
		assert.deepEqual(back, list);
	});

	it('ignores an empty id', () => {
		const state = browsing();
		assert.equal(transition(state, {type: 'open', id: ''}), state);
	});
});

describe('overlays', () => {
	it('closes with back and leaves the list as it was', () => {
		const list = browsing();
		const filter = run(list, {type: 'filter'});
		assert.deepEqual(top(filter), {kind: 'form', form: 'filter'});
		assert.deepEqual(run(filter, {type: 'back'}), list);
		const help = run(list, {type: 'help'});
		assert.equal(help.help, true);
		assert.deepEqual(run(help, {type: 'back'}), list);
	});

	it('holds the keyboard: moving and opening the filter wait until the help closes', () => {
		const help = run(browsing(), {type: 'help'});
		assert.equal(transition(help, {type: 'filter'}), help);
		assert.equal(transition(help, {type: 'move', by: 1}), help);
		assert.equal(transition(help, {type: 'applyFilters', filters: {}}), help);
	});

	it('help over the filter form closes back to the form, then the form closes to the list', () => {
		const filter = run(browsing(), {type: 'filter'});
		const help = run(filter, {type: 'help'});
		assert.deepEqual(run(help, {type: 'back'}), filter);
	});

	it('back on the bare list does nothing', () => {
		const state = browsing();
		assert.equal(transition(state, {type: 'back'}), state);
	});
});

describe('filters', () => {
	it('apply resets the list, bumps the generation and closes the form', () => {
		const before = browsing();
		const after = run(before, {type: 'filter'}, {type: 'applyFilters', filters: {id: '7'}});
		assert.equal(top(after).kind, 'list');
		assert.equal(generation(after), generation(before) + 1);
		assert.deepEqual(view(after), {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: 10, filters: {id: '7'}});
	});

	it('apply copies the filters it is given', () => {
		const filters = {id: '7'};
		const after = run(browsing(), {type: 'filter'}, {type: 'applyFilters', filters});
		filters.id = '8';
		assert.deepEqual(view(after).filters, {id: '7'});
	});

	it('clear from the list resets like apply, and does nothing without filters', () => {
		const before = browsing();
		const cleared = run(before, {type: 'clearFilters'});
		assert.deepEqual(view(cleared).filters, {});
		assert.equal(generation(cleared), generation(before) + 1);
		assert.equal(view(cleared).total, undefined);
		assert.equal(transition(cleared, {type: 'clearFilters'}), cleared);
	});

	it('clear from the form always reloads and closes it', () => {
		const bare = run(initialNavState(10), {type: 'filter'});
		const cleared = run(bare, {type: 'clearFilters'});
		assert.equal(top(cleared).kind, 'list');
		assert.equal(generation(cleared), 1);
	});

	it('hasFilters ignores unset and empty keys', () => {
		assert.equal(hasFilters({}), false);
		assert.equal(hasFilters({id: undefined, connectionNameContains: ''}), false);
		assert.equal(hasFilters({createdAt: '2023-01-05'}), true);
	});
});

describe('refresh, create, created, quit', () => {
	it('refresh bumps the generation and keeps the cursor', () => {
		const before = browsing();
		const after = run(before, {type: 'refresh'});
		assert.equal(generation(after), generation(before) + 1);
		assert.deepEqual(view(after), view(before));
	});

	it('create then created lands on the new detail with a reload pending', () => {
		const before = browsing();
		const created = run(before, {type: 'create'}, {type: 'created', id: '1293384261075731500'});
		assert.deepEqual(top(created), {kind: 'detail', resource: 'external-connections', id: '1293384261075731500'});
		assert.equal(generation(created), generation(before) + 1);
		const back = run(created, {type: 'back'});
		assert.equal(top(back).kind, 'list');
		assert.equal(back.routes.length, 1);
		assert.deepEqual(view(back), view(before));
	});

	it('back from create returns to the untouched list', () => {
		const before = browsing();
		assert.deepEqual(run(before, {type: 'create'}, {type: 'back'}), before);
	});

	it('created with an empty id does not apply', () => {
		const state = run(browsing(), {type: 'create'});
		assert.equal(transition(state, {type: 'created', id: ''}), state);
	});

	it('quit applies from every state and is final', () => {
		for (const [name, makeState] of Object.entries(contexts)) {
			const quit = transition(makeState(), {type: 'quit'});
			assert.equal(quit.quit, true, name);
			for (const event of Object.values(events)) assert.equal(transition(quit, event), quit, name);
		}
	});
});

describe('isValidNavState', () => {
	const valid = () => browsing();
	const broken: Record<string, (state: NavState) => NavState> = {
		'cursor past the end': s => withView(s, {cursor: 1000}),
		'negative cursor': s => withView(s, {cursor: -1}),
		'cursor while total unknown': s => withView(s, {total: undefined}),
		'cursor above the window': s => withView(s, {scrollOffset: 26}),
		'cursor below the window': s => withView(s, {scrollOffset: 10}),
		'blank rows at the bottom': s => withView(s, {cursor: 995, scrollOffset: 995}),
		'zero viewport': s => withView(s, {viewportRows: 0}),
		'fractional cursor': s => withView(s, {cursor: 25.5}),
		'filter form over a detail': s => ({
			...s,
			routes: [...s.routes, {kind: 'detail', resource: 'external-connections', id: '1'}, {kind: 'form', form: 'filter'}],
		}),
		'detail without id': s => ({...s, routes: [...s.routes, {kind: 'detail', resource: 'external-connections', id: ''}]}),
		'detail of another resource than its list': s => ({...s, routes: [...s.routes, {kind: 'detail', resource: 'phone-numbers', id: '1'}]}),
		'no routes': s => ({...s, routes: [] as unknown as NavState['routes']}),
		'a detail at the bottom': s => ({
			...s,
			routes: [{kind: 'detail', resource: 'external-connections', id: '1'}] as unknown as NavState['routes'],
		}),
		'a sub-list not above its parent': s => ({
			...s,
			routes: [
				...s.routes,
				{kind: 'detail', resource: 'external-connections', id: '1'},
				{...s.routes[0], resource: 'phone-numbers', parentId: '2'},
			],
		}),
		'a sub-list at the bottom': s => ({...s, routes: [{...s.routes[0], parentId: '1'}]}),
		'negative generation': s => ({...s, routes: [{...s.routes[0], generation: -1}]}),
		'a broken sub-list view': () => ({
			...subList(),
			routes: [
				...subList().routes.slice(0, -1),
				{...(subList().routes.at(-1) as Route & {kind: 'list'}), view: {...view(subList()), cursor: -1}},
			] as unknown as NavState['routes'],
		}),
	};

	it('accepts a normal state', () => assert.ok(isValidNavState(valid())));
	for (const [name, breakIt] of Object.entries(broken)) {
		it(`rejects ${name}`, () => assert.equal(isValidNavState(breakIt(valid())), false));
	}

	it('holds across a long random key sequence', () => {
		let seed = 7;
		const random = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
			return seed / 2 ** 31;
		};
		const pool = Object.values(events).filter(event => event.type !== 'quit');
		let state = initialNavState(10);
		for (let i = 0; i < 5000; i++) {
			const event = pool[Math.floor(random() * pool.length)]!;
			const varied: NavEvent =
				event.type === 'total'
					? {type: 'total', total: Math.floor(random() * 200)}
					: event.type === 'resize'
						? {type: 'resize', viewportRows: Math.floor(random() * 40)}
						: event.type === 'move'
							? {type: 'move', by: Math.floor(random() * 61) - 30}
							: event.type === 'rowRemoved'
								? {type: 'rowRemoved', row: Math.floor(random() * 200)}
								: event;
			state = run(state, varied);
		}
	});
});

describe('help over every screen', () => {
	it('opens over the detail and Esc returns to that same detail', () => {
		const detail = run(browsing(), {type: 'open', id: '42'});
		const help = run(detail, {type: 'help'});
		assert.deepEqual(top(help), {kind: 'detail', resource: 'external-connections', id: '42'});
		assert.equal(help.help, true);
		assert.ok(isValidNavState(help));
		assert.equal(transition(help, {type: 'filter'}), help);
		assert.deepEqual(run(help, {type: 'back'}), detail);
	});

	it('opens over the wizard, which is still there when it closes; a create finishing meanwhile opens it', () => {
		const create = run(browsing(), {type: 'create'});
		const help = run(create, {type: 'help'});
		assert.deepEqual(run(help, {type: 'back'}), create);
		const created = run(help, {type: 'created', id: '9'});
		assert.deepEqual(top(created), {kind: 'detail', resource: 'external-connections', id: '9'});
		assert.equal(created.help, false);
	});
});

describe('Enter on a row still loading', () => {
	it('is remembered, opens with the row once it arrives, and is dropped by a move, a jump, a refresh or new filters', () => {
		const waiting = run(browsing(), {type: 'move', by: 3}, {type: 'openWhenLoaded'});
		assert.equal(view(waiting).pendingOpen, 28);
		assert.equal(top(waiting).kind, 'list');
		const opened = run(waiting, {type: 'open', id: '42'});
		assert.deepEqual(top(opened), {kind: 'detail', resource: 'external-connections', id: '42'});
		assert.equal(view(opened).pendingOpen, undefined);
		assert.ok(!('pendingOpen' in view(opened)));
		for (const event of [{type: 'move', by: 1}, {type: 'jump', to: 'last'}, {type: 'refresh'}, {type: 'clearFilters'}] as NavEvent[]) {
			const dropped = run(withView(waiting, {filters: {connectionNameContains: 'a'}}), event);
			assert.equal(view(dropped).pendingOpen, undefined, event.type);
		}
		// Only the list itself takes it.
		assert.equal(view(run(waiting, {type: 'help'}, {type: 'openWhenLoaded'})).pendingOpen, 28);
		assert.equal(view(transition(run(browsing(), {type: 'help'}), {type: 'openWhenLoaded'})).pendingOpen, undefined);
	});
});

describe('after a create', () => {
	it('announces the connection, keeps the cursor on the connection it was on, and the next action clears the notice', () => {
		const before = browsing();
		const {cursor, scrollOffset} = view(before);
		const created = run(before, {type: 'create', keepId: 'X'}, {type: 'created', id: '1826'});
		assert.equal(created.notice, 'Created 1826');
		assert.equal(view(created).keepId, 'X');
		const back = run(created, {type: 'back'});
		assert.equal(back.notice, 'Created 1826', 'still said back on the list');
		// The new row came in above: X is one row further down; the window stays, so the new row is in view.
		const relocated = run(back, {type: 'relocate', row: cursor + 1});
		assert.equal(view(relocated).cursor, cursor + 1);
		assert.equal(view(relocated).scrollOffset, Math.max(scrollOffset, cursor + 1 - view(relocated).viewportRows + 1));
		assert.equal(view(relocated).keepId, undefined);
		assert.equal(run(relocated, {type: 'relocate', row: 3}), relocated, 'only once');
		assert.equal(run(relocated, {type: 'move', by: 1}).notice, undefined);
		assert.ok(isValidNavState(relocated));
	});

	it('a create from an empty list keeps nothing', () => {
		const created = run(browsing(), {type: 'create'}, {type: 'created', id: '1'});
		assert.equal(view(created).keepId, undefined);
	});
});

describe('the route stack', () => {
	it('list → detail → sub-list, and Esc pops to exactly where each was', () => {
		const list = run(browsing(), {type: 'move', by: 12});
		const detail = run(list, {type: 'open', id: '7'});
		const numbers = run(detail, {type: 'openList', resource: 'phone-numbers'});
		assert.deepEqual(top(numbers), {
			kind: 'list',
			resource: 'phone-numbers',
			parentId: '7',
			view: {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: 10, filters: {}},
			generation: 0,
		});
		const moved = run(numbers, {type: 'total', total: 10_000}, {type: 'jump', to: 'last'}, {type: 'refresh'});
		assert.equal(view(moved).cursor, 9999);
		assert.equal(generation(moved), 1, 'a refresh reloads only the sub-list');
		assert.equal(generation(detail), generation(list));
		assert.deepEqual(run(moved, {type: 'back'}), detail);
		assert.deepEqual(run(moved, {type: 'back'}, {type: 'back'}), list);
	});

	it('data and sizes go to the list in front, not to the one underneath', () => {
		const numbers = run(browsing(), {type: 'open', id: '7'}, {type: 'openList', resource: 'phone-numbers'}, {type: 'total', total: 3});
		assert.equal(view(numbers).total, 3);
		assert.equal(numbers.routes[0].view.total, 1000);
		const resized = run(numbers, {type: 'resize', viewportRows: 4});
		assert.equal(view(resized).viewportRows, 4);
		assert.equal(resized.routes[0].view.viewportRows, 10);
	});

	it("a record's link opens another list filtered by it over the record, as a new generation; Esc comes back to the record", () => {
		const profiles = run(browsing(), {type: 'openGlobalList', resource: 'outbound-voice-profiles'}, {type: 'total', total: 6});
		const profile = run(profiles, {type: 'move', by: 2}, {type: 'open', id: '1911630617284445511'});
		const filters = {outboundVoiceProfileId: '1911630617284445511'};
		const connections = run(profile, {type: 'openFiltered', resource: 'external-connections', filters});
		assert.deepEqual(top(connections), {
			kind: 'list',
			resource: 'external-connections',
			view: {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: 10, filters},
			// A new list's store starts at generation 0 with no filters: 1 makes it load these.
			generation: 1,
		});
		assert.notEqual(view(connections).filters, filters, 'the route holds its own copy');
		assert.equal(connections.routes[0], profiles.routes[0], 'the main list stays as it was, its own filters too');
		assert.deepEqual(view(run(connections, {type: 'clearFilters'})).filters, {}, 'x clears them in place');
		assert.deepEqual(run(connections, {type: 'back'}), profile);
		assert.equal(transition(profiles, {type: 'openFiltered', resource: 'external-connections', filters}), profiles, 'only from a record');
		const help = run(profile, {type: 'help'});
		assert.equal(transition(help, {type: 'openFiltered', resource: 'external-connections', filters}), help);
	});

	it('a sub-list opens only from a detail, and help over it holds the keys', () => {
		const state = browsing();
		assert.equal(transition(state, {type: 'openList', resource: 'phone-numbers'}), state);
		const detail = run(browsing(), {type: 'open', id: '7'});
		assert.equal(transition(detail, {type: 'openList', resource: ''}), detail);
		const help = run(detail, {type: 'help'});
		assert.equal(transition(help, {type: 'openList', resource: 'phone-numbers'}), help);
	});

	it("a list of every connection's records opens from the main list only, and a message opened from it pops back to it", () => {
		const list = run(browsing(), {type: 'move', by: 5});
		const logs = run(list, {type: 'openGlobalList', resource: 'log-messages'});
		assert.deepEqual(top(logs), {
			kind: 'list',
			resource: 'log-messages',
			view: {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: 10, filters: {}},
			generation: 0,
		});
		assert.equal(transition(logs, {type: 'openGlobalList', resource: 'log-messages'}), logs, 'not from itself');
		assert.equal(transition(list, {type: 'openGlobalList', resource: 'external-connections'}), list, 'not the main list again');
		const message = run(logs, {type: 'total', total: 4}, {type: 'open', id: '12'});
		assert.deepEqual(top(message), {kind: 'detail', resource: 'log-messages', id: '12'});
		assert.ok(isValidNavState(message));
		assert.deepEqual(run(message, {type: 'back'}, {type: 'back'}), list);
	});

	it('Back at the bottom of the stack does nothing', () => {
		const state = initialNavState(5);
		assert.equal(transition(state, {type: 'back'}), state);
	});
});

describe('a row removed in place', () => {
	it('above the cursor: the cursor stays on the same item, one row up', () => {
		const state = run(browsing(), {type: 'rowRemoved', row: 3});
		assert.deepEqual([view(state).cursor, view(state).total], [24, 999]);
	});

	it('at the cursor: the cursor lands on the next item, which took its row', () => {
		const state = run(browsing(), {type: 'rowRemoved', row: 25});
		assert.deepEqual([view(state).cursor, view(state).total], [25, 999]);
	});

	it('the last row under the cursor: the cursor moves to the new last row', () => {
		const last = run(browsing(), {type: 'jump', to: 'last'}, {type: 'rowRemoved', row: 999});
		assert.deepEqual([view(last).cursor, view(last).total, view(last).scrollOffset], [998, 999, 989]);
		const only = run(initialNavState(10), {type: 'total', total: 1}, {type: 'rowRemoved', row: 0});
		assert.deepEqual([view(only).cursor, view(only).total], [0, 0]);
	});

	it('below the cursor or out of range: the cursor stays; nonsense does nothing', () => {
		const state = browsing();
		assert.equal(view(run(state, {type: 'rowRemoved', row: 500})).cursor, 25);
		assert.equal(transition(state, {type: 'rowRemoved', row: 1000}), state);
		assert.equal(transition(state, {type: 'rowRemoved', row: -1}), state);
		assert.equal(transition(state, {type: 'rowRemoved', row: 1.5}), state);
		const unknown = initialNavState(10);
		assert.equal(transition(unknown, {type: 'rowRemoved', row: 0}), unknown, 'nothing to remove before the count is known');
	});

	it('keeps a pending open from opening the wrong row', () => {
		const waiting = run(browsing(), {type: 'openWhenLoaded'}, {type: 'rowRemoved', row: 0});
		assert.equal(view(waiting).pendingOpen, undefined);
	});
});

describe('marks', () => {
	const marks = (state: NavState) => [...(frontList(state).marks?.keys() ?? [])];
	// A connection's numbers: the main list, a connection, its numbers, 100 of them.
	function numbers(): NavState {
		return run(
			initialNavState(10),
			{type: 'total', total: 5},
			{type: 'open', id: '7'},
			{type: 'openList', resource: 'phone-numbers'},
			{type: 'total', total: 100},
		);
	}

	it('Space marks the row under the cursor and moves down; again on a marked row unmarks it', () => {
		const state = run(numbers(), {type: 'mark', id: 'a', row: {n: 1}}, {type: 'mark', id: 'b', row: {n: 2}});
		assert.deepEqual(marks(state), ['a', 'b']);
		assert.equal(view(state).cursor, 2);
		assert.deepEqual(frontList(state).marks?.get('b'), {n: 2}, 'the row as it was when marked');
		assert.deepEqual(marks(run(state, {type: 'move', by: -2}, {type: 'mark', id: 'a', row: {n: 1}})), ['b']);
	});

	it('marks stay through moves, filters and reloads, and go with clearMarks or the list', () => {
		let state = run(numbers(), {type: 'mark', id: 'a', row: {}}, {type: 'move', by: 50}, {type: 'refresh'});
		state = run(state, {type: 'filter'}, {type: 'applyFilters', filters: {phoneNumberContains: '44'}});
		assert.deepEqual(marks(state), ['a']);
		assert.equal(frontList(run(state, {type: 'clearMarks'})).marks, undefined);
		assert.equal(frontList(run(state, {type: 'back'})).marks, undefined, 'back on the detail, whose list has none');
		const cleared = run(state, {type: 'clearMarks'});
		assert.equal(transition(cleared, {type: 'clearMarks'}), cleared, 'nothing to clear: the same state');
	});

	it('the last row marked keeps the cursor on it; a mark with no id or under a form does nothing', () => {
		const last = run(numbers(), {type: 'jump', to: 'last'}, {type: 'mark', id: 'z', row: {}});
		assert.equal(view(last).cursor, 99);
		assert.deepEqual(marks(last), ['z']);
		const state = numbers();
		assert.equal(transition(state, {type: 'mark', id: '', row: {}}), state);
		const filtering = run(state, {type: 'filter'});
		assert.equal(transition(filtering, {type: 'mark', id: 'a', row: {}}), filtering);
	});

	it('a range or all that match marks each, none unmarked, and a range moves the anchor to the cursor', () => {
		const state = run(numbers(), {type: 'mark', id: 'a', row: {}}, {type: 'move', by: 3});
		assert.equal(frontList(state).markAnchor, 0, 'the row of the last Space');
		const entries = ['a', 'b', 'c', 'd'].map(id => ({id, row: {id}}));
		const ranged = run(state, {type: 'markEach', entries, range: true});
		assert.deepEqual(marks(ranged), ['a', 'b', 'c', 'd'], 'a stays marked');
		assert.equal(frontList(ranged).markAnchor, 4);
		const all = run(ranged, {type: 'markEach', entries: [{id: 'e', row: {}}], notice: '✔ 5 marked'});
		assert.equal(all.notice, '✔ 5 marked');
		assert.equal(frontList(all).markAnchor, 4, 'marking all leaves the anchor');
		assert.equal(transition(state, {type: 'markEach', entries: []}), state);
		assert.equal(frontList(run(ranged, {type: 'clearMarks'})).markAnchor, undefined);
	});

	it('* asks, then marks: markingAll until the marks arrive or it is given up', () => {
		const asking = run(numbers(), {type: 'markAll'});
		assert.equal(frontList(asking).markingAll, true);
		assert.equal(transition(asking, {type: 'markAll'}), asking);
		assert.equal(frontList(run(asking, {type: 'markAllClosed'})).markingAll, undefined);
		const marked = run(asking, {type: 'markEach', entries: [{id: 'a', row: {}}], notice: '✔ 1 marked'});
		assert.equal(frontList(marked).markingAll, undefined);
		assert.deepEqual(marks(marked), ['a']);
	});

	it('a row removed above the anchor moves it up with the rows', () => {
		const state = run(numbers(), {type: 'move', by: 5}, {type: 'mark', id: 'f', row: {}});
		assert.equal(frontList(run(state, {type: 'rowRemoved', row: 2})).markAnchor, 4);
		assert.equal(frontList(run(state, {type: 'rowRemoved', row: 8})).markAnchor, 5);
	});

	it('refreshMarks takes the held rows as they are now, and drops the gone ones only when the whole list is held', () => {
		const state = run(numbers(), {type: 'mark', id: 'a', row: {v: 1}}, {type: 'mark', id: 'b', row: {v: 1}});
		const held = new Map<string, unknown>([['a', {v: 2}]]);
		const partial = run(state, {type: 'refreshMarks', rows: held, whole: false});
		assert.deepEqual(frontList(partial).marks?.get('a'), {v: 2});
		assert.deepEqual(marks(partial), ['a', 'b'], 'b may be on a page not held');
		assert.deepEqual(marks(run(state, {type: 'refreshMarks', rows: held, whole: true})), ['a']);
		assert.equal(frontList(run(state, {type: 'refreshMarks', rows: new Map(), whole: true})).marks, undefined, 'none left');
		const same = run(state, {type: 'refreshMarks', rows: new Map(frontList(state).marks), whole: true});
		assert.equal(same, state, 'nothing changed: the same state');
	});
});

describe('a screen of the list over it (overlay)', () => {
	const numbers = () =>
		run(
			initialNavState(10),
			{type: 'total', total: 5},
			{type: 'open', id: '7'},
			{type: 'openList', resource: 'phone-numbers'},
			{type: 'total', total: 40},
		);
	const rows = [{number_id: 'a'}, {number_id: 'b'}];

	it('opens over the list with the rows it acts on, takes its answer, and never gives way to another', () => {
		const asking = run(numbers(), {type: 'overlay', overlay: {name: 'move', rows}});
		assert.deepEqual(frontList(asking).overlay, {name: 'move', rows});
		const answered = run(asking, {type: 'overlay', overlay: {name: 'move', rows, answer: 'loc-1'}});
		assert.equal(frontList(answered).overlay?.answer, 'loc-1');
		assert.equal(transition(answered, {type: 'overlay', overlay: {name: 'upload', rows}}), answered);
		assert.equal(transition(answered, {type: 'move', by: 1}), answered, 'the list under it hears no key');
		const empty = numbers();
		assert.equal(transition(empty, {type: 'overlay', overlay: {name: '', rows}}), empty);
	});

	it('closing keeps the marks unless it sent their action', () => {
		const marked = run(numbers(), {type: 'mark', id: 'a', row: rows[0]}, {type: 'overlay', overlay: {name: 'move', rows}});
		const cancelled = run(marked, {type: 'overlayClosed', sent: false});
		assert.equal(frontList(cancelled).overlay, undefined);
		assert.equal(frontList(cancelled).marks?.size, 1);
		const sent = run(marked, {type: 'overlayClosed', sent: true});
		assert.equal(frontList(sent).marks, undefined);
		assert.equal(frontList(sent).markAnchor, undefined);
	});

	it('is never open with mark-all, and a switch to another list (numbers uploaded) leaves it behind', () => {
		const asking = run(numbers(), {type: 'markAll'});
		assert.equal(transition(asking, {type: 'overlay', overlay: {name: 'move', rows}}), asking);
		const uploading = run(numbers(), {type: 'overlay', overlay: {name: 'upload', rows}});
		const switched = run(uploading, {type: 'switchList', resource: 'uploads', notice: 'Upload started'});
		assert.equal(frontList(switched).resource, 'uploads');
		assert.equal(frontList(switched).overlay, undefined);
		// The upload's answer may come with the help open: the switch happens under it all the same.
		const helped = run(uploading, {type: 'help'}, {type: 'switchList', resource: 'uploads', notice: 'Upload started'});
		assert.equal(frontList(helped).resource, 'uploads');
		assert.equal(helped.help, true);
	});
});

describe('switchList', () => {
	it("goes from a connection's list to another of its lists, saying what was done; Esc then goes to the connection", () => {
		const numbers = run(
			initialNavState(10),
			{type: 'total', total: 5},
			{type: 'open', id: '7'},
			{type: 'openList', resource: 'phone-numbers'},
		);
		const marked = run(numbers, {type: 'total', total: 10}, {type: 'mark', id: 'a', row: {}});
		const state = run(marked, {type: 'switchList', resource: 'uploads', notice: 'Upload started'});
		assert.deepEqual(top(state), {kind: 'list', resource: 'uploads', parentId: '7', view: view(initialNavState(10)), generation: 0});
		assert.equal(state.notice, 'Upload started');
		assert.equal(run(state, {type: 'refresh', watch: true}).notice, 'Upload started', "the watch's reload keeps it");
		assert.equal(run(state, {type: 'refresh'}).notice, undefined, 'r is an action of its own');
		assert.deepEqual(top(run(state, {type: 'back'})), {kind: 'detail', resource: 'external-connections', id: '7'});
		assert.equal(transition(numbers, {type: 'switchList', resource: 'phone-numbers', notice: ''}), numbers, 'to itself: nothing');
		const main = initialNavState(10);
		assert.equal(transition(main, {type: 'switchList', resource: 'uploads', notice: ''}), main, 'the main list has no connection');
	});
});
