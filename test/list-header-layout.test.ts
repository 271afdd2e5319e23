import assert from 'node:assert/strict';
import {test} from 'node:test';
import {displayWidth} from '../source/text/format.js';
import {placeTag} from '../source/components/app-header.js';
import {cleanText, ownText} from '../source/text/sanitize.js';
import {headerLineCount, layoutHeader, listHeaderLayout, positionReserve} from '../source/screens/resource-list/header-layout.js';
import {externalConnections} from '../source/resources/external-connections.js';
import {filterText} from '../source/screens/resource-list/filter-text.js';

const {titles} = externalConnections;

const DEMO_TAG = placeTag({demo: true});

const FILTERS = {connectionNameContains: 'Operator', externalSipConnection: 'operator_connect', createdAt: '2024-01-31'} as const;
const SUMMARY = ['name~"Operator"', 'service=operator_connect', 'created=2024-01-31'];

/** The header's text lines as drawn: the first with its title, inline filters and room for the position. */
function textLines(width: number, demo: boolean, filters: Record<string, string>, total: number) {
	const layout = listHeaderLayout(
		width,
		demo ? {demo: true} : {demo: false, host: ''},
		filterText(externalConnections, filters),
		total,
		titles,
	);
	const first = `${demo ? DEMO_TAG : ''}  ${layout.title}  ${layout.inlineFilters}`;
	return {layout, lines: [first, ...layout.filterLines.map(line => `  ${line}`)]};
}

test('at 200 and 120 columns the title and every filter share one line', () => {
	for (const [width, title] of [
		[200, 'External connections'],
		[120, 'Connections'],
	] as const) {
		const {layout} = textLines(width, true, FILTERS, 100_000);
		assert.equal(headerLineCount(layout), 1, `at ${width}`);
		assert.equal(layout.title, title);
		for (const part of SUMMARY) assert.ok(layout.inlineFilters.includes(part), `${part} at ${width}`);
	}
});

test('at 80 columns the title shortens, then goes, before any filter is cut', () => {
	const shorter = layoutHeader({
		width: 80,
		tag: ownText(''),
		filters: cleanText('name~"Operator" · service=zoom'),
		reserve: positionReserve(1234),
		titles,
	});
	assert.equal(shorter.title, 'Connections');
	assert.equal(shorter.filterLines.length, 0);
	const none = layoutHeader({
		width: 80,
		tag: DEMO_TAG,
		filters: cleanText('name~"Operator" · service=operator_connect'),
		reserve: positionReserve(1234),
		titles,
	});
	assert.equal(none.title, '');
	assert.equal(none.inlineFilters, 'filter: name~"Operator" · service=operator_connect');
});

test('filters that still do not fit wrap to lines of their own, each within the width, none cut', () => {
	for (const width of [67, 80]) {
		const {layout, lines} = textLines(width, true, {...FILTERS, id: '1930241863466354012', phoneNumber: '+15555550123'}, 100_000);
		assert.ok(layout.filterLines.length >= 1, `wrapped at ${width}`);
		assert.equal(layout.title, 'External connections');
		for (const line of lines.slice(1)) assert.ok(displayWidth(line) <= width, `${line} in ${width}`);
		const shown = layout.filterLines.join(' ');
		for (const part of [...SUMMARY, 'id=1930241863466354012', 'phone=+15555550123'])
			assert.ok(shown.includes(part), `${part} at ${width}: ${shown}`);
	}
});

test('a filter wider than a line is split across lines, and an absurd one stops at three lines', () => {
	const long = layoutHeader({width: 67, tag: ownText(''), filters: cleanText(`name~"${'x'.repeat(80)}"`), reserve: 10, titles});
	assert.equal(long.filterLines.length, 2);
	assert.equal(long.filterLines.join('').replace('filter:', '').replace(/\s/g, ''), `name~"${'x'.repeat(80)}"`);
	const absurd = layoutHeader({width: 67, tag: ownText(''), filters: cleanText(`name~"${'x'.repeat(1000)}"`), reserve: 10, titles});
	assert.equal(absurd.filterLines.length, 3);
	assert.ok(absurd.filterLines.every(line => displayWidth(line) <= 65));
	assert.ok(absurd.filterLines[2]!.endsWith('…'));
});

test('without filters the title is all there is, cut only when the terminal is narrower than it', () => {
	assert.deepEqual(layoutHeader({width: 80, tag: ownText(''), filters: cleanText(''), reserve: 20, titles}), {
		title: 'External connections',
		inlineFilters: '',
		filterLines: [],
	});
	assert.equal(layoutHeader({width: 40, tag: DEMO_TAG, filters: cleanText(''), reserve: 20, titles}).title, 'External c…');
	assert.equal(layoutHeader({width: 28, tag: DEMO_TAG, filters: cleanText(''), reserve: 20, titles}).title, '');
});

test('the position is reserved for the widest row of the total, so moving never changes the layout', () => {
	assert.equal(positionReserve(100_000), 'row 100,000 of 100,000'.length);
	assert.equal(positionReserve(undefined), 'not loaded'.length);
});
