import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {FieldSpan} from '../source/screens/detail/detail-layout.js';
import {fitView, moveView, TOP_OF_VIEW, type DetailView, type Geometry, type ViewMove} from '../source/screens/detail/detail-view.js';

// Lines: 0 heading, 1 a, 2 b, 3 heading, 4–8 c (wrapped onto five lines), 9 d, 10 heading, 11 e, 12 a note.
const fields: FieldSpan[] = [
	{first: 1, last: 1, revealFrom: 0},
	{first: 2, last: 2, revealFrom: 2},
	{first: 4, last: 8, revealFrom: 3},
	{first: 9, last: 9, revealFrom: 9},
	{first: 11, last: 11, revealFrom: 10},
];
const geometry: Geometry = {lineCount: 13, height: 4, fields};

const walk = (moves: ViewMove[], from: DetailView = TOP_OF_VIEW, over: Geometry = geometry) =>
	moves.reduce((view, move) => moveView(view, over, move), from);

describe('moveView', () => {
	it('moves the cursor field by field and scrolls only to keep the whole field in view', () => {
		assert.deepEqual(walk(['down']), {cursor: 1, top: 0});
		// c takes lines 4–8: the view follows until all of it shows.
		assert.deepEqual(walk(['down', 'down']), {cursor: 2, top: 4});
		assert.deepEqual(walk(['down', 'down', 'down']), {cursor: 3, top: 6});
	});

	it('going up shows the heading above a group’s first field', () => {
		assert.deepEqual(walk(['down', 'down', 'down', 'up']), {cursor: 2, top: 3});
		assert.deepEqual(walk(['last', 'up', 'up', 'up', 'up']), {cursor: 0, top: 0});
	});

	it('past the last field scrolls what is left, and stops at the end', () => {
		const end = walk(['last']);
		assert.deepEqual(end, {cursor: 4, top: 9});
		assert.equal(walk(['down'], end), end, 'the same object: nothing to render');
		assert.deepEqual(walk(['down'], {cursor: 4, top: 8}), {cursor: 4, top: 9});
	});

	it('pages a screen at a time, the cursor on the first field starting on screen', () => {
		assert.deepEqual(walk(['pageDown']), {cursor: 2, top: 4});
		assert.deepEqual(walk(['pageDown', 'pageDown']), {cursor: 3, top: 8});
		// Only one line was left to scroll; the next page, with none left, goes to the last field.
		assert.deepEqual(walk(['pageDown', 'pageDown', 'pageDown']), {cursor: 3, top: 9});
		assert.deepEqual(walk(['pageDown', 'pageDown', 'pageDown', 'pageDown']), {cursor: 4, top: 9});
		assert.deepEqual(walk(['last', 'pageUp']), {cursor: 2, top: 5});
		assert.deepEqual(walk(['last', 'pageUp', 'pageUp']), {cursor: 0, top: 1});
		assert.deepEqual(walk(['last', 'pageUp', 'pageUp', 'pageUp']), {cursor: 0, top: 0});
	});

	it('at an end, a page puts the cursor on the first or last field', () => {
		assert.deepEqual(walk(['down', 'pageUp']), {cursor: 0, top: 0});
		assert.deepEqual(walk(['pageDown'], {cursor: 3, top: 9}), {cursor: 4, top: 9});
	});

	it('inside a field taller than the screen, a page lands on that field and the next key moves on', () => {
		const tall: Geometry = {lineCount: 13, height: 2, fields};
		const inside = walk(['pageDown', 'pageDown', 'pageDown'], TOP_OF_VIEW, tall);
		assert.deepEqual(inside, {cursor: 2, top: 6});
		assert.equal(fitView(inside, tall), inside, 'a field partly on screen is in view');
		assert.deepEqual(walk(['down'], inside, tall), {cursor: 3, top: 8});
	});

	it('jumps to the top and the bottom', () => {
		assert.deepEqual(walk(['pageDown', 'first']), TOP_OF_VIEW);
		assert.deepEqual(walk(['last']), {cursor: 4, top: 9});
	});

	it('scrolls line by line when there are no fields (the raw JSON)', () => {
		const json: Geometry = {lineCount: 10, height: 4, fields: []};
		assert.deepEqual(walk(['down', 'down'], TOP_OF_VIEW, json), {cursor: 0, top: 2});
		assert.deepEqual(walk(['pageDown', 'pageDown'], TOP_OF_VIEW, json), {cursor: 0, top: 6});
		assert.deepEqual(walk(['last', 'up'], TOP_OF_VIEW, json), {cursor: 0, top: 5});
		assert.deepEqual(walk(['up'], TOP_OF_VIEW, json), TOP_OF_VIEW);
	});
});

describe('fitView', () => {
	it('brings the cursor back into view when the screen shrinks or lines change', () => {
		assert.deepEqual(fitView({cursor: 4, top: 0}, geometry), {cursor: 4, top: 8});
		assert.deepEqual(fitView({cursor: 0, top: 9}, geometry), {cursor: 0, top: 0});
		assert.deepEqual(fitView({cursor: 2, top: 0}, {...geometry, height: 2}), {cursor: 2, top: 4}, 'a tall field shows from its start');
	});

	it('keeps cursor and top in range when there are fewer lines or fields than before', () => {
		assert.deepEqual(fitView({cursor: 9, top: 40}, geometry), {cursor: 4, top: 9});
		assert.deepEqual(fitView({cursor: 3, top: 5}, {lineCount: 3, height: 10, fields: []}), {cursor: 0, top: 0});
	});
});
