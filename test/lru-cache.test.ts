import assert from 'node:assert/strict';
import {test} from 'node:test';
import {LruCache} from '../source/names/lru-cache.js';

test('holds at most its capacity, dropping the least recently used', () => {
	const cache = new LruCache<string, number>(2);
	cache.set('a', 1);
	cache.set('b', 2);
	assert.equal(cache.get('a'), 1, 'a read makes a the newest');
	cache.set('c', 3);
	assert.equal(cache.size, 2);
	assert.equal(cache.has('b'), false, 'b was the least recently used');
	assert.equal(cache.get('a'), 1);
	assert.equal(cache.get('c'), 3);
});

test('setting a key again replaces its value without growing', () => {
	const cache = new LruCache<string, string>(3);
	cache.set('a', 'x');
	cache.set('a', 'y');
	assert.equal(cache.size, 1);
	assert.equal(cache.get('a'), 'y');
});

test('a value may be undefined, and has() still tells it from absent', () => {
	const cache = new LruCache<string, undefined>(1);
	cache.set('a', undefined);
	assert.equal(cache.has('a'), true);
	assert.equal(cache.has('b'), false);
});

test('clear empties it; a capacity that is not a positive integer is refused', () => {
	const cache = new LruCache<number, number>(5);
	for (let index = 0; index < 10; index++) cache.set(index, index);
	assert.deepEqual(
		[5, 6, 7, 8, 9].map(key => cache.get(key)),
		[5, 6, 7, 8, 9],
	);
	cache.clear();
	assert.equal(cache.size, 0);
	assert.throws(() => new LruCache(0), RangeError);
	assert.throws(() => new LruCache(1.5), RangeError);
});
