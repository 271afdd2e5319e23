// The export's window: halved on a 429 (once per wait, however many requests met it), held for the Retry-After,
// grown back one page at a time.
import assert from 'node:assert/strict';
import {it} from 'node:test';
import {createWindow, pageAnswered, rateLimited} from '../source/paging/fetch-window.js';

it('halves on a 429, once for the requests that meet the same wait, down to one', () => {
	let window = createWindow(8);
	window = rateLimited(window, 1000, 1000);
	assert.deepEqual([window.size, window.pausedUntil], [4, 2000]);
	window = rateLimited(window, 1500, 1000);
	assert.deepEqual([window.size, window.pausedUntil], [4, 2500]);
	for (const now of [3000, 5000, 7000, 9000]) window = rateLimited(window, now, 1000);
	assert.equal(window.size, 1);
});

it('grows by one after a window of pages without a 429, up to its maximum', () => {
	let window = rateLimited(createWindow(8), 0, 1000);
	assert.equal(window.size, 4);
	for (let i = 0; i < 3; i++) window = pageAnswered(window);
	assert.equal(window.size, 4);
	window = pageAnswered(window);
	assert.equal(window.size, 5);
	for (let i = 0; i < 100; i++) window = pageAnswered(window);
	assert.equal(window.size, 8);
});
