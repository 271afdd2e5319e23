import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {OutboundVoiceProfile} from '../source/api/types.js';
import {
	NO_PROFILE_NAMES,
	RETRY_FAILED_AFTER_MS,
	needsLoading,
	profileNameOf,
	profileNamesFailed,
	profileNamesLoaded,
} from '../source/names/profile-names.js';

describe('the profile-name cache', () => {
	it('finds a name by id, and nothing for an unknown id or an id that is not text', () => {
		const cache = profileNamesLoaded([
			{id: '1911630617284445511', name: 'Zoom Default'},
			{id: '1293384261075731499', name: 'office'},
		]);
		assert.equal(profileNameOf(cache, '1911630617284445511'), 'Zoom Default');
		assert.equal(profileNameOf(cache, '1000000000000000001'), undefined);
		// eslint-disable-next-line no-loss-of-precision -- an id sent as a JSON number, which loses its digits: the case under test
		assert.equal(profileNameOf(cache, 1911630617284445511), undefined);
	});

	it('leaves out profiles whose id or name is not text, or whose name is empty', () => {
		const odd = [
			{id: 7, name: 'number id'},
			{id: 'a', name: 42},
			{id: 'b', name: ''},
			{id: 'c', name: 'kept'},
		];
		const cache = profileNamesLoaded(odd as unknown as OutboundVoiceProfile[]);
		assert.deepEqual(cache.status === 'loaded' && [...cache.names], [['c', 'kept']]);
	});

	it('knows nothing before loading, while loading and after a failure', () => {
		for (const cache of [NO_PROFILE_NAMES, {status: 'loading'} as const, profileNamesFailed(0)]) {
			assert.equal(profileNameOf(cache, '1911630617284445511'), undefined);
		}
	});

	it('loads once; after a failure, again only a minute later', () => {
		assert.equal(needsLoading(NO_PROFILE_NAMES, 0), true);
		assert.equal(needsLoading({status: 'loading'}, 0), false);
		assert.equal(needsLoading(profileNamesLoaded([]), 0), false);
		const failed = profileNamesFailed(1000);
		assert.equal(needsLoading(failed, 1000 + RETRY_FAILED_AFTER_MS - 1), false);
		assert.equal(needsLoading(failed, 1000 + RETRY_FAILED_AFTER_MS), true);
	});
});
