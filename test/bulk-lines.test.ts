// A bulk action's text: the rows named then counted, the progress bar, and each failure with Telnyx's code, title
// and detail, all fitted to the width.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiError} from '../source/api/errors.js';
import {failureLines, firstNames, progressLine} from '../source/screens/bulk/bulk-lines.js';
import {displayWidth} from '../source/text/format.js';
import {cleanText} from '../source/text/sanitize.js';

test('the first rows by name, then how many more', () => {
	const names = ['+441134960000', '+441134960001', '+441134960002'].map(cleanText);
	assert.deepEqual(firstNames(names, 2, 80), ['  +441134960000', '  +441134960001', '  …and 1 more']);
	assert.deepEqual(firstNames(names, 5, 80).length, 3);
});

test('the bar fills with the answers; failures, unknowns and what is left are counted; a stop says so', () => {
	const line = progressLine({done: 9, failed: 1, unknown: 0, remaining: 13, inFlight: 2, stopped: false}, 25, 80);
	assert.equal(line, '[████████░░░░░░░░░░░░] 10 of 25 · 1 failed · 15 to go');
	assert.match(
		progressLine({done: 4, failed: 0, unknown: 1, remaining: 3, inFlight: 0, stopped: true}, 8, 80),
		/5 of 8 · 1 unknown · stopped$/,
	);
	assert.ok(displayWidth(progressLine({done: 1, failed: 0, unknown: 0, remaining: 1, inFlight: 0, stopped: false}, 2, 20)) <= 20);
});

test("each failure with the row's name and Telnyx's code, title and detail; a done row has none", () => {
	const refused = new ApiError({
		kind: 'http',
		status: 422,
		message: 'refused',
		errors: [{code: '10015', title: 'Invalid attribute', detail: 'location_id is not a location of this connection'}],
	});
	const lines = failureLines(
		[
			{item: 'a', status: 'done'},
			{item: 'b', status: 'failed', error: refused},
			{item: 'c', status: 'unknown', error: new ApiError({kind: 'timeout', message: 'no answer in 30 s'})},
		],
		item => cleanText(`+44${item}\u001B[31m`),
		200,
	);
	assert.equal(lines.length, 2);
	assert.match(lines[0]!, /^\+44b.*: ✖ Error 422 10015/);
	assert.match(lines[0]!, /Invalid attribute/);
	assert.match(lines[1]!, /^\+44c.*: outcome unknown: ✖ Error/);
	assert.ok(
		lines.every(line => !line.includes('\u001B')),
		'names pass the sanitizer',
	);
});
