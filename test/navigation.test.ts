import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
	hasFilters,
	initialNavState,
	isValidNavState,
	transition,
	type NavEvent,
	type NavState,
} from '../source/navigation.js';

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
		{type: 'overlay', overlay: 'filter'},
		{type: 'applyFilters', filters: {externalSipConnection: 'zoom'}},
		{type: 'total', total: 1000},
		{type: 'move', by: 25},
	);
}

const contexts: Record<string, () => NavState> = {
	list: browsing,
	help: () => run(browsing(), {type: 'help'}),
	filter: () => run(browsing(), {type: 'overlay', overlay: 'filter'}),
	'help over filter': () => run(browsing(), {type: 'overlay', overlay: 'filter'}, {type: 'help'}),
	'help over create': () => run(browsing(), {type: 'create'}, {type: 'help'}),
	detail: () => run(browsing(), {type: 'open', id: '1293384261075731499'}),
	create: () => run(browsing(), {type: 'create'}),
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
	back: {type: 'back'},
	help: {type: 'help'},
	'overlay filter': {type: 'overlay', overlay: 'filter'},
	applyFilters: {type: 'applyFilters', filters: {id: '7'}},
	clearFilters: {type: 'clearFilters'},
	refresh: {type: 'refresh'},
	create: {type: 'create'},
	created: {type: 'created', id: '99'},
	quit: {type: 'quit'},
};

// Which events apply in which context; everything not listed returns the same object.
const applies: Record<string, string[]> = {
	list: [
		'move +1', 'move -1', 'move page', 'jump first', 'jump last', 'total shrinks', 'resize', 'open',
		'help', 'overlay filter', 'clearFilters', 'refresh', 'create', 'quit',
	],
	help: ['total shrinks', 'resize', 'back', 'quit'],
	'help over filter': ['total shrinks', 'resize', 'back', 'quit'],
	'help over create': ['total shrinks', 'resize', 'back', 'created', 'quit'],
	filter: ['total shrinks', 'resize', 'back', 'help', 'applyFilters', 'clearFilters', 'quit'],
	detail: ['total shrinks', 'resize', 'back', 'help', 'quit'],
	create: ['total shrinks', 'resize', 'back', 'help', 'created', 'quit'],
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

describe('initialNavState', () => {
	it('starts on the list with nothing loaded', () => {
		const state = initialNavState(20);
		assert.deepEqual(state, {
			screen: {name: 'list'},
			overlay: null,
			help: false,
			list: {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: 20, filters: {}},
			generation: 0,
			quit: false,
		});
		assert.ok(isValidNavState(state));
	});

	it('keeps at least one viewport row', () => {
		assert.equal(initialNavState(0).list.viewportRows, 1);
		assert.equal(initialNavState(Number.NaN).list.viewportRows, 1);
		assert.equal(initialNavState(7.9).list.viewportRows, 7);
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
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [9, 0]);
		state = run(state, {type: 'move', by: 1});
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [10, 1]);
		state = run(state, ...Array.from({length: 9}, (): NavEvent => ({type: 'move', by: -1})));
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [1, 1]);
		state = run(state, {type: 'move', by: -1});
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [0, 0]);
	});

	it('clamps at both ends and returns the same state when already there', () => {
		const top = run(initialNavState(10), {type: 'total', total: 3});
		assert.equal(transition(top, {type: 'move', by: -1}), top);
		const bottom = run(top, {type: 'move', by: 50});
		assert.equal(bottom.list.cursor, 2);
		assert.equal(transition(bottom, {type: 'move', by: 1}), bottom);
		assert.equal(transition(bottom, {type: 'jump', to: 'last'}), bottom);
	});

	it('pages the window along with the cursor', () => {
		let state = run(initialNavState(10), {type: 'total', total: 95}, {type: 'move', by: 3});
		state = run(state, {type: 'move', by: 10});
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [13, 10]);
		state = run(state, ...Array.from({length: 7}, (): NavEvent => ({type: 'move', by: 10})));
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [83, 80]);
		state = run(state, {type: 'move', by: 10});
		// The last page is full: no blank rows below row 94.
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [93, 85]);
		state = run(state, {type: 'move', by: -10});
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [83, 75]);
	});

	it('jumps to the last row with a full window and back to the first', () => {
		let state = run(initialNavState(20), {type: 'total', total: 100_000}, {type: 'jump', to: 'last'});
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [99_999, 99_980]);
		state = run(state, {type: 'jump', to: 'first'});
		assert.deepEqual([state.list.cursor, state.list.scrollOffset], [0, 0]);
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
		assert.deepEqual([state.list.cursor, state.list.scrollOffset, state.list.total], [14, 5, 15]);
		const empty = run(state, {type: 'total', total: 0});
		assert.deepEqual([empty.list.cursor, empty.list.scrollOffset], [0, 0]);
	});

	it('returns the same state when nothing changes, and ignores nonsense', () => {
		const state = browsing();
		assert.equal(transition(state, {type: 'total', total: 1000}), state);
		assert.equal(transition(state, {type: 'total', total: -1}), state);
		assert.equal(transition(state, {type: 'total', total: 2.5}), state);
	});

	it('keeps a detail view open while the list behind it shrinks', () => {
		const state = run(browsing(), {type: 'open', id: '5'}, {type: 'total', total: 10});
		assert.deepEqual(state.screen, {name: 'detail', id: '5'});
		assert.equal(state.list.cursor, 9);
	});
});

describe('resize', () => {
	it('keeps the cursor visible when the window shrinks', () => {
		const state = run(browsing(), {type: 'move', by: 9}, {type: 'resize', viewportRows: 3});
		assert.equal(state.list.cursor, 34);
		assert.ok(state.list.scrollOffset <= 34 && 34 < state.list.scrollOffset + 3);
	});

	it('pulls the window up when growing would leave blank rows', () => {
		const state = run(initialNavState(5), {type: 'total', total: 20}, {type: 'jump', to: 'last'});
		assert.equal(state.list.scrollOffset, 15);
		const grown = run(state, {type: 'resize', viewportRows: 30});
		assert.deepEqual([grown.list.cursor, grown.list.scrollOffset], [19, 0]);
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
		assert.deepEqual(detail.screen, {name: 'detail', id: '1293384261075731499'});
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
		const filter = run(list, {type: 'overlay', overlay: 'filter'});
		assert.equal(filter.overlay, 'filter');
		assert.deepEqual(run(filter, {type: 'back'}), list);
		const help = run(list, {type: 'help'});
		assert.equal(help.help, true);
		assert.deepEqual(run(help, {type: 'back'}), list);
	});

	it('holds the keyboard: moving and opening the filter wait until the help closes', () => {
		const help = run(browsing(), {type: 'help'});
		assert.equal(transition(help, {type: 'overlay', overlay: 'filter'}), help);
		assert.equal(transition(help, {type: 'move', by: 1}), help);
		assert.equal(transition(help, {type: 'applyFilters', filters: {}}), help);
	});

	it('help over the filter form closes back to the form, then the form closes to the list', () => {
		const filter = run(browsing(), {type: 'overlay', overlay: 'filter'});
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
		const after = run(before, {type: 'overlay', overlay: 'filter'}, {type: 'applyFilters', filters: {id: '7'}});
		assert.equal(after.overlay, null);
		assert.equal(after.generation, before.generation + 1);
		assert.deepEqual(after.list, {cursor: 0, scrollOffset: 0, total: undefined, viewportRows: 10, filters: {id: '7'}});
	});

	it('apply copies the filters it is given', () => {
		const filters = {id: '7'};
		const after = run(browsing(), {type: 'overlay', overlay: 'filter'}, {type: 'applyFilters', filters});
		filters.id = '8';
		assert.deepEqual(after.list.filters, {id: '7'});
	});

	it('clear from the list resets like apply, and does nothing without filters', () => {
		const before = browsing();
		const cleared = run(before, {type: 'clearFilters'});
		assert.deepEqual(cleared.list.filters, {});
		assert.equal(cleared.generation, before.generation + 1);
		assert.equal(cleared.list.total, undefined);
		assert.equal(transition(cleared, {type: 'clearFilters'}), cleared);
	});

	it('clear from the form always reloads and closes it', () => {
		const bare = run(initialNavState(10), {type: 'overlay', overlay: 'filter'});
		const cleared = run(bare, {type: 'clearFilters'});
		assert.equal(cleared.overlay, null);
		assert.equal(cleared.generation, 1);
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
		assert.equal(after.generation, before.generation + 1);
		assert.deepEqual(after.list, before.list);
	});

	it('create then created lands on the new detail with a reload pending', () => {
		const before = browsing();
		const created = run(before, {type: 'create'}, {type: 'created', id: '1293384261075731500'});
		assert.deepEqual(created.screen, {name: 'detail', id: '1293384261075731500'});
		assert.equal(created.generation, before.generation + 1);
		const back = run(created, {type: 'back'});
		assert.deepEqual(back.screen, {name: 'list'});
		assert.deepEqual(back.list, before.list);
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
		'cursor past the end': s => ({...s, list: {...s.list, cursor: 1000}}),
		'negative cursor': s => ({...s, list: {...s.list, cursor: -1}}),
		'cursor while total unknown': s => ({...s, list: {...s.list, total: undefined}}),
		'cursor above the window': s => ({...s, list: {...s.list, scrollOffset: 26}}),
		'cursor below the window': s => ({...s, list: {...s.list, scrollOffset: 10}}),
		'blank rows at the bottom': s => ({...s, list: {...s.list, cursor: 995, scrollOffset: 995}}),
		'zero viewport': s => ({...s, list: {...s.list, viewportRows: 0}}),
		'fractional cursor': s => ({...s, list: {...s.list, cursor: 25.5}}),
		'filter overlay on detail': s => ({...s, screen: {name: 'detail', id: '1'}, overlay: 'filter'}),
		'detail without id': s => ({...s, screen: {name: 'detail', id: ''}}),
		'negative generation': s => ({...s, generation: -1}),
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
				event.type === 'total' ? {type: 'total', total: Math.floor(random() * 200)}
				: event.type === 'resize' ? {type: 'resize', viewportRows: Math.floor(random() * 40)}
				: event.type === 'move' ? {type: 'move', by: Math.floor(random() * 61) - 30}
				: event;
			state = run(state, varied);
		}
	});
});

describe('help over every screen', () => {
	it('opens over the detail and Esc returns to that same detail', () => {
		const detail = run(browsing(), {type: 'open', id: '42'});
		const help = run(detail, {type: 'help'});
		assert.deepEqual(help.screen, {name: 'detail', id: '42'});
		assert.equal(help.help, true);
		assert.ok(isValidNavState(help));
		assert.equal(transition(help, {type: 'overlay', overlay: 'filter'}), help);
		assert.deepEqual(run(help, {type: 'back'}), detail);
	});

	it('opens over the wizard, which is still there when it closes; a create finishing meanwhile opens it', () => {
		const create = run(browsing(), {type: 'create'});
		const help = run(create, {type: 'help'});
		assert.deepEqual(run(help, {type: 'back'}), create);
		const created = run(help, {type: 'created', id: '9'});
		assert.deepEqual(created.screen, {name: 'detail', id: '9'});
		assert.equal(created.help, false);
	});
});

describe('Enter on a row still loading', () => {
	it('is remembered, opens with the row once it arrives, and is dropped by a move, a jump, a refresh or new filters', () => {
		const waiting = run(browsing(), {type: 'move', by: 3}, {type: 'openWhenLoaded'});
		assert.equal(waiting.list.pendingOpen, 28);
		assert.equal(waiting.screen.name, 'list');
		const opened = run(waiting, {type: 'open', id: '42'});
		assert.deepEqual(opened.screen, {name: 'detail', id: '42'});
		assert.equal(opened.list.pendingOpen, undefined);
		assert.ok(!('pendingOpen' in opened.list));
		for (const event of [{type: 'move', by: 1}, {type: 'jump', to: 'last'}, {type: 'refresh'}, {type: 'clearFilters'}] as NavEvent[]) {
			const dropped = run({...waiting, list: {...waiting.list, filters: {connectionNameContains: 'a'}}}, event);
			assert.equal(dropped.list.pendingOpen, undefined, event.type);
		}
		// Only the list itself takes it.
		assert.equal(run(waiting, {type: 'help'}, {type: 'openWhenLoaded'}).list.pendingOpen, 28);
		assert.equal(transition(run(browsing(), {type: 'help'}), {type: 'openWhenLoaded'}).list.pendingOpen, undefined);
	});
});

describe('after a create', () => {
	it('announces the connection, keeps the cursor on the connection it was on, and the next action clears the notice', () => {
		const before = browsing();
		const {cursor, scrollOffset} = before.list;
		const created = run(before, {type: 'create', keepId: 'X'}, {type: 'created', id: '1826'});
		assert.equal(created.notice, 'Created 1826');
		assert.equal(created.list.keepId, 'X');
		const back = run(created, {type: 'back'});
		assert.equal(back.notice, 'Created 1826', 'still said back on the list');
		// The new row came in above: X is one row further down; the window stays, so the new row is in view.
		const relocated = run(back, {type: 'relocate', row: cursor + 1});
		assert.equal(relocated.list.cursor, cursor + 1);
		assert.equal(relocated.list.scrollOffset, Math.max(scrollOffset, cursor + 1 - relocated.list.viewportRows + 1));
		assert.equal(relocated.list.keepId, undefined);
		assert.equal(run(relocated, {type: 'relocate', row: 3}), relocated, 'only once');
		assert.equal(run(relocated, {type: 'move', by: 1}).notice, undefined);
		assert.ok(isValidNavState(relocated));
	});

	it('a create from an empty list keeps nothing', () => {
		const created = run(browsing(), {type: 'create'}, {type: 'created', id: '1'});
		assert.equal(created.list.keepId, undefined);
	});
});
