import assert from 'node:assert/strict';
import {test} from 'node:test';
import {validateNumberPart} from '../source/validation/number-filter.js';

test('a number filter is digits, optionally after a +; empty clears it', () => {
	assert.deepEqual(validateNumberPart(' 4411349600 '), {ok: true, value: '4411349600'});
	assert.deepEqual(validateNumberPart('+44113'), {ok: true, value: '+44113'});
	assert.deepEqual(validateNumberPart(''), {ok: true, value: undefined});
	for (const bad of ['44 11', '+', '44a', '++44', '1'.repeat(16)]) assert.equal(validateNumberPart(bad).ok, false, bad);
});
