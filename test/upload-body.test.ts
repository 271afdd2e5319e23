import assert from 'node:assert/strict';
import {test} from 'node:test';
import {bodyReviewLines, uploadBody} from '../source/resources/uploads/upload-body.js';

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
