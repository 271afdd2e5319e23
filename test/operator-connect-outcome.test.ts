import {test} from 'node:test';
import assert from 'node:assert/strict';
import {refreshOutcome} from '../source/resources/operator-connect/outcome.js';

test("202 says the refresh started, 200 that one was already running, each with Telnyx's message", () => {
	const started = refreshOutcome({status: 202, success: true, message: 'Operator connect refresh started'});
	assert.equal(started.headline, 'Refresh started (202).');
	assert.equal(started.color, 'green');
	assert.equal(started.lines[0], 'Telnyx says: Operator connect refresh started');
	const running = refreshOutcome({status: 200, success: true, message: 'Operator connect refresh already in progress'});
	assert.match(running.headline, /already running \(200\): nothing new was started/);
});

test('success other than true, or a status the spec does not give, is said, not taken for a start', () => {
	const refused = refreshOutcome({status: 202, success: false});
	assert.equal(refused.color, 'yellow');
	assert.match(refused.headline, /success false: the refresh may not have started/);
	assert.match(refreshOutcome({status: 202, success: 'yes'}).headline, /success "yes"/);
	assert.match(refreshOutcome({status: 201, success: true}).headline, /answered 201, which the spec does not describe/);
});

test('a message of the wrong type or with terminal controls is shown cleaned', () => {
	assert.equal(refreshOutcome({status: 202, success: true, message: 42}).lines[0], 'Telnyx says: 42 (expected text)');
	const hostile = refreshOutcome({status: 202, success: true, message: 'ok\u001B]52;c;aGk=\u0007'}).lines[0]!;
	assert.ok(!hostile.includes('\u001B'), JSON.stringify(hostile));
});
