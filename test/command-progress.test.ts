// The export's progress line: rows, pages, rate and time left, from what was read so far.
import assert from 'node:assert/strict';
import {it} from 'node:test';
import {progressText} from '../source/commands/progress.js';

it('says rows, pages of how many, the rate and the time left', () => {
	assert.equal(
		progressText({rows: 48_250, pages: 193, lastPage: 400, elapsedMs: 5000}),
		'48,250 rows · 193 of 400 pages · 9,650 rows/s · 6 s left',
	);
	assert.equal(
		progressText({rows: 250, pages: 1, lastPage: 400, elapsedMs: 1000}),
		'250 rows · 1 of 400 pages · 250 rows/s · 6 min 39 s left',
	);
});

it('leaves out what it cannot know yet', () => {
	assert.equal(progressText({rows: 500, pages: 2, lastPage: undefined, elapsedMs: 1000}), '500 rows · 2 pages · 500 rows/s');
	assert.equal(progressText({rows: 0, pages: 0, lastPage: 4, elapsedMs: 0}), '0 rows · 0 of 4 pages');
	assert.equal(progressText({rows: 1000, pages: 4, lastPage: 4, elapsedMs: 2000}), '1,000 rows · 4 of 4 pages · 500 rows/s');
});
