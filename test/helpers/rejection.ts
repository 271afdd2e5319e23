import assert from 'node:assert/strict';
import {inspect} from 'node:util';
import {isApiError, type ApiError} from '../../source/api/errors.js';

/**
 * `rejection(call)` is the ApiError the call fails with; the test fails if the call succeeds, throws something
 * else, or the error carries `secret` anywhere, however deep.
 */
export function rejectionWithout(secret: string): (promise: Promise<unknown>) => Promise<ApiError> {
	return async promise => {
		try {
			await promise;
		} catch (error) {
			assert.ok(isApiError(error), `expected an ApiError, got ${inspect(error)}`);
			assert.ok(!inspect(error, {depth: Infinity, showHidden: true}).includes(secret), 'the error carries the key');
			return error;
		}
		assert.fail('expected the call to fail');
	};
}
