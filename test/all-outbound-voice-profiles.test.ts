import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {hasNextPage, listAllOutboundVoiceProfiles, PROFILE_PAGE_SIZE} from '../source/api/all-outbound-voice-profiles.js';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import {PROFILES} from '../source/sandbox/profiles.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';

let sandbox: Sandbox;
let client: ApiClient;

before(async () => {
	sandbox = await startSandbox({count: 5});
	client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retries: 0});
});

after(async () => {
	await sandbox.close();
});

/** The real client, with each page it asks for written down. */
function counting(): {client: ApiClient; pages: Array<{pageNumber: number; pageSize: number}>} {
	const pages: Array<{pageNumber: number; pageSize: number}> = [];
	return {
		pages,
		client: {
			...client,
			listOutboundVoiceProfiles(q, o) {
				pages.push({pageNumber: q.pageNumber, pageSize: q.pageSize});
				return client.listOutboundVoiceProfiles(q, o);
			},
		},
	};
}

const ids = (profiles: Array<{id: string}>) => profiles.map(profile => profile.id).sort();

describe('listAllOutboundVoiceProfiles', () => {
	it('takes every profile in one request of the largest page', async () => {
		const {client: watched, pages} = counting();
		const profiles = await listAllOutboundVoiceProfiles(watched);
		assert.deepEqual(ids(profiles), ids([...PROFILES]));
		assert.deepEqual(pages, [{pageNumber: 1, pageSize: PROFILE_PAGE_SIZE}]);
	});

	it('asks one request per page, and no more once a page is the last', async () => {
		for (const [pageSize, requests] of [
			[2, 3],
			[4, 2],
			[6, 1],
		] as const) {
			const {client: watched, pages} = counting();
			const profiles = await listAllOutboundVoiceProfiles(watched, {pageSize});
			assert.deepEqual(ids(profiles), ids([...PROFILES]), `page size ${pageSize}`);
			assert.equal(pages.length, requests, `page size ${pageSize}`);
		}
	});
});

describe('hasNextPage', () => {
	it('stops at a short page, at the last page by meta, and at 40 pages whatever the server says', () => {
		assert.equal(hasNextPage({total_pages: 3}, 1, 250, 250), true);
		assert.equal(hasNextPage({total_pages: 3}, 3, 250, 250), false);
		assert.equal(hasNextPage({}, 1, 250, 250), true, 'without meta, a full page may have a next');
		assert.equal(hasNextPage({total_pages: 9}, 1, 249, 250), false);
		assert.equal(hasNextPage({total_pages: 1000}, 40, 250, 250), false);
	});
});
