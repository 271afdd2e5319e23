import {test} from 'node:test';
import assert from 'node:assert/strict';
import {collectWhenQuiet} from '../source/runtime/collect-when-quiet.js';

test('one collection a second after the last read, none while keys come, none after stop', t => {
	t.mock.timers.enable({apis: ['setTimeout']});
	let collections = 0;
	const collector = collectWhenQuiet(() => collections++, 1000);
	for (let key = 0; key < 20; key++) {
		collector.activity();
		t.mock.timers.tick(100);
	}
	assert.equal(collections, 0);
	t.mock.timers.tick(900);
	assert.equal(collections, 1);
	t.mock.timers.tick(5000);
	assert.equal(collections, 1);
	collector.activity();
	collector.stop();
	t.mock.timers.tick(5000);
	assert.equal(collections, 1);
});
