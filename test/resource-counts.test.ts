import assert from 'node:assert/strict';
import {test} from 'node:test';
import {logMessageCountText} from '../source/resources/log-messages/count.js';
import {pendingUploadsText} from '../source/resources/uploads/pending-count.js';

test('the pending-upload count for the header', () => {
	assert.equal(pendingUploadsText({pending_orders_count: 2, pending_numbers_count: 1302}), 'pending: 2 uploads · 1,302 numbers');
	assert.equal(pendingUploadsText({pending_orders_count: 1, pending_numbers_count: 1}), 'pending: 1 upload · 1 number');
	assert.equal(pendingUploadsText({pending_orders_count: 0, pending_numbers_count: 300}), 'pending: 0 uploads · 300 numbers');
	assert.equal(pendingUploadsText({pending_orders_count: 0, pending_numbers_count: 0}), 'nothing pending');
	assert.equal(pendingUploadsText({}), 'pending: ? uploads · ? numbers');
	assert.equal(pendingUploadsText(undefined), 'pending: ? uploads · ? numbers');
	assert.equal(
		pendingUploadsText({pending_orders_count: '3' as never, pending_numbers_count: -1}),
		'pending: "3" (expected a count) uploads · -1 (expected a count) numbers',
	);
});

test('the log-message count for a connection', () => {
	assert.equal(logMessageCountText(0), 'no log messages');
	assert.equal(logMessageCountText(1), '1 log message');
	assert.equal(logMessageCountText(1234), '1,234 log messages');
	assert.equal(logMessageCountText(undefined), 'log messages');
});
