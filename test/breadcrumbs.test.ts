import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fitCrumbs} from '../source/components/breadcrumbs.js';
import {displayWidth} from '../source/text/format.js';
import {cleanText} from '../source/text/sanitize.js';

const trail = ['External connections', 'connection', 'civic addresses', 'São Paulo Head Office'].map(cleanText);

test('a trail that fits is whole', () => {
	assert.equal(fitCrumbs(trail, 80), 'External connections › connection › civic addresses › São Paulo Head Office');
});

test('a trail too wide gives way from its start, a place at a time, and never passes the width', () => {
	assert.equal(fitCrumbs(trail, 60), '… › connection › civic addresses › São Paulo Head Office');
	assert.equal(fitCrumbs(trail, 45), '… › civic addresses › São Paulo Head Office');
	assert.equal(fitCrumbs(trail, 30), '… › São Paulo Head Office');
	assert.equal(fitCrumbs(trail, 12), '… › São Pau…');
	for (let width = 0; width <= 90; width++) assert.ok(displayWidth(fitCrumbs(trail, width)) <= width, `at ${width}`);
});

test('one place is cut like any text', () => {
	assert.equal(fitCrumbs([cleanText('External connections')], 10), 'External …');
});
