// The sandbox's request log holds a bounded number of bounded records, whatever is sent to it.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createRequestLog, MAX_RECORDED, MAX_RECORDED_BODY} from '../source/sandbox/request-log.js';

test('keeps at most MAX_RECORDED requests, dropping the oldest half at a time, newest last', () => {
	const log = createRequestLog();
	for (let i = 0; i < MAX_RECORDED * 3 + 7; i++) log.add('GET', `/r/${i}`, {});
	assert.ok(log.requests.length <= MAX_RECORDED, String(log.requests.length));
	assert.ok(log.requests.length >= MAX_RECORDED / 2);
	assert.equal(log.requests.at(-1)!.path, `/r/${MAX_RECORDED * 3 + 6}`);
	const paths = log.requests.map(request => Number(request.path.slice(3)));
	assert.deepEqual(
		paths,
		paths.map((_, i) => paths[0]! + i),
	);
	log.clear();
	assert.deepEqual(log.requests, []);
});

test('records a body as its first bytes and its size; an empty body not at all', () => {
	const log = createRequestLog();
	const big = log.add('POST', '/x', {});
	log.addBody(big, Buffer.alloc(1_000_000, 'a'));
	assert.equal(big.body!.length, MAX_RECORDED_BODY);
	assert.equal(big.bodyBytes, 1_000_000);
	const empty = log.add('POST', '/y', {});
	log.addBody(empty, Buffer.alloc(0));
	assert.equal('body' in empty, false);
});
