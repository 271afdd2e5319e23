import assert from 'node:assert/strict';
import {test} from 'node:test';
import {findUploadOf} from '../source/resources/uploads/find-upload.js';

test('findUploadOf: the upload of exactly these numbers, each by E.164 number or number id, in any order', () => {
	const uploads = [
		{ticket_id: 'a', tn_upload_entries: [{phone_number: '+15555550100'}]},
		{ticket_id: 'b', tn_upload_entries: [{phone_number: '+15555550101', number_id: '17'}, {phone_number: '+15555550100'}]},
	];
	assert.equal(findUploadOf(uploads, ['+15555550100', '+15555550101'])?.ticket_id, 'b');
	assert.equal(findUploadOf(uploads, ['17', '+15555550100'])?.ticket_id, 'b');
	assert.equal(findUploadOf(uploads, ['+15555550100'])?.ticket_id, 'a');
	assert.equal(findUploadOf(uploads, ['+15555550101']), undefined, 'a subset is another upload');
	assert.equal(findUploadOf([{ticket_id: 'c'}], []), undefined, 'no numbers: no upload of them');
});
