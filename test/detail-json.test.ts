import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {ExternalConnection} from '../source/api/types.js';
import {detailJson, memberOf, rawValue} from '../source/resources/detail-json.js';

describe('detailJson', () => {
	it('is both records as sent, raw, the connection null until it loads', () => {
		const external = {id: '1', webhook_event_url: 'https://x.example/\u009D52;c;AAAA\u0007'} as ExternalConnection;
		assert.deepEqual(JSON.parse(detailJson(external, {status: 'loading'})), {external_connection: external, connection: null});
		assert.ok(detailJson(external, {status: 'loading'}).includes('\u009D'), 'not the escaped display');
	});

	it('stops at 32 levels instead of overflowing the stack', () => {
		let deep: unknown = 'bottom';
		for (let level = 0; level < 5000; level++) deep = {deeper: deep};
		const json = detailJson({id: '1', tags: deep} as unknown as ExternalConnection, {status: 'loading'});
		assert.ok(json.includes('"{…} nested too deep to show"'));
	});
});

describe('rawValue', () => {
	it('is text as it is, anything else as JSON, nothing for an absent value', () => {
		assert.equal(rawValue('a "b"'), 'a "b"');
		assert.equal(rawValue(25), '25');
		assert.equal(rawValue(false), 'false');
		assert.equal(rawValue(['a', 'b']), '["a","b"]');
		for (const absent of [null, undefined, '']) assert.equal(rawValue(absent), undefined);
	});
});

describe('memberOf', () => {
	it('reads a member of an object, and gives back a group of the wrong type itself', () => {
		assert.equal(memberOf({channel_limit: 5}, 'channel_limit'), 5);
		assert.equal(memberOf(undefined, 'channel_limit'), undefined);
		assert.equal(memberOf('abc', 'channel_limit'), 'abc');
		assert.deepEqual(memberOf([1], 'channel_limit'), [1]);
	});
});
