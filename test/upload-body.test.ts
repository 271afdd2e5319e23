import assert from 'node:assert/strict';
import {test} from 'node:test';
import {bodyReviewLines, idReviewLines} from '../source/resources/uploads/upload-body.js';
import {DEFAULT_OPTIONS, uploadRequest} from '../source/resources/uploads/upload-options.js';

const uploadBody = (ids: string[]) => uploadRequest(ids, DEFAULT_OPTIONS);

test('the review shows the exact body, cut to the width, the rest counted', () => {
	const body = uploadBody(['+15555550100', '+15555550101']);
	assert.deepEqual(body, {number_ids: ['+15555550100', '+15555550101']});
	assert.deepEqual(bodyReviewLines(body, 80, 5), ['{"number_ids":["+15555550100","+15555550101"]}']);
	assert.equal(bodyReviewLines(body, 10, 10).join(''), JSON.stringify(body));
	const many = uploadBody(Array.from({length: 1000}, (_, index) => `+1555555${String(index).padStart(4, '0')}`));
	const lines = bodyReviewLines(many, 80, 6);
	assert.equal(lines.length, 6);
	assert.equal(lines.slice(0, 5).join(''), JSON.stringify(many).slice(0, 400));
	assert.match(lines[5]!, /^… 1\d\d more lines of the same body \(1,000 numbers\)$/);
});

test('beside each id its number, the rest counted', () => {
	const numberOf = new Map([
		['id-1', '+15555550100'],
		['id-2', '+15555550101'],
		['id-3', '+15555550102'],
	]);
	assert.deepEqual(idReviewLines(['id-1', 'id-2'], numberOf, 5), ['id-1 = +15555550100', 'id-2 = +15555550101']);
	assert.deepEqual(idReviewLines([...numberOf.keys()], numberOf, 2), [
		'id-1 = +15555550100',
		'… and 2 more ids, each a number typed above',
	]);
});
