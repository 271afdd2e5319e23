// Releases against the sandbox over HTTP: every status, filters, retrieve, 404 and 422.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {getRelease, listReleases} from '../source/resources/releases/api.js';
import {rejection, withResourceSandbox} from './helpers/resource-sandbox.js';

const env = withResourceSandbox();

describe('releases API', () => {
	it('lists releases in every status, filters by status and number, retrieves one', async () => {
		const all = await listReleases(env.client, env.big, {pageNumber: 1, pageSize: 250});
		assert.deepEqual(all.data.map(r => r.status).sort(), [
			'complete',
			'expired',
			'failed',
			'in_progress',
			'pending',
			'pending_upload',
			'unknown',
		]);
		const two = await listReleases(env.client, env.big, {pageNumber: 1, pageSize: 250, filters: {statuses: ['failed', 'complete']}});
		assert.deepEqual(two.data.map(r => r.status).sort(), ['complete', 'failed']);
		const failed = all.data.find(r => r.status === 'failed')!;
		const number = failed.telephone_numbers![0]!.phone_number!;
		const byNumber = await listReleases(env.client, env.big, {pageNumber: 1, pageSize: 250, filters: {phoneNumberEq: number}});
		assert.ok(byNumber.data.some(r => r.ticket_id === failed.ticket_id));
		const byPart = await listReleases(env.client, env.big, {
			pageNumber: 1,
			pageSize: 250,
			filters: {phoneNumberContains: number.slice(1, 8)},
		});
		assert.ok(byPart.data.some(r => r.ticket_id === failed.ticket_id));
		assert.deepEqual(await getRelease(env.client, env.big, failed.ticket_id!), failed);
	});

	it('answers 404 for an unknown release and 422 for a partial number of under 3 digits', async () => {
		const [release] = (await listReleases(env.client, env.big, {pageNumber: 1, pageSize: 1})).data;
		assert.equal((await rejection(getRelease(env.client, env.big, release!.tenant_id!))).status, 404);
		const short = await rejection(listReleases(env.client, env.big, {pageNumber: 1, pageSize: 1, filters: {phoneNumberContains: '12'}}));
		assert.equal(short.status, 422);
		assert.equal(short.errors[0]?.source?.parameter, 'filter[phone_number][contains]');
	});
});
