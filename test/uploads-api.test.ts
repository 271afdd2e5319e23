// Uploads against the sandbox over HTTP: list with filters, retrieve, pending counts, create (413 past
// the limit), refresh (409 and 429 with Retry-After), retry (409 in flight, 422 nothing failed).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {listPhoneNumbers} from '../source/resources/phone-numbers/api.js';
import {
	createUpload,
	getUpload,
	getUploadsStatus,
	listUploads,
	refreshUploads,
	retryUpload,
	uploadsQuery,
} from '../source/resources/uploads/api.js';
import {MAX_UPLOAD_NUMBERS} from '../source/resources/uploads/types.js';
import {explainStillInProgress, explainUploadTooLarge} from '../source/resources/uploads/explain.js';
import {rejection, withResourceSandbox} from './helpers/resource-sandbox.js';

const env = withResourceSandbox();

describe('uploads API', () => {
	it('lists uploads in every status, filtered by status, location and number, and retrieves one by ticket id', async () => {
		const all = await listUploads(env.client, env.big, {pageNumber: 1, pageSize: 250});
		assert.equal(all.meta.total_results, all.data.length);
		assert.deepEqual([...new Set(all.data.map(u => u.status))].sort(), [
			'error',
			'in_progress',
			'partial_success',
			'pending',
			'pending_upload',
			'success',
		]);
		const pending = await listUploads(env.client, env.big, {
			pageNumber: 1,
			pageSize: 250,
			filters: {statuses: ['pending', 'pending_upload']},
		});
		assert.deepEqual([...new Set(pending.data.map(u => u.status))].sort(), ['pending', 'pending_upload']);
		const sample = all.data.find(u => u.status === 'partial_success')!;
		const atLocation = await listUploads(env.client, env.big, {pageNumber: 1, pageSize: 250, filters: {locationId: sample.location_id}});
		assert.ok(atLocation.data.length > 0 && atLocation.data.every(u => u.location_id === sample.location_id));
		const number = sample.tn_upload_entries![0]!.phone_number!;
		const byNumber = await listUploads(env.client, env.big, {pageNumber: 1, pageSize: 10, filters: {phoneNumberEq: number}});
		assert.deepEqual(
			byNumber.data.map(u => u.ticket_id),
			[sample.ticket_id],
		);
		assert.deepEqual(await getUpload(env.client, env.big, sample.ticket_id!), sample);
	});

	it('refuses an unknown status filter with 422, and an unknown ticket with 404', async () => {
		const wrong = await rejection(
			listUploads(env.client, env.big, {pageNumber: 1, pageSize: 1, filters: {statuses: ['done' as 'pending']}}),
		);
		assert.equal(wrong.status, 422);
		const [upload] = (await listUploads(env.client, env.big, {pageNumber: 1, pageSize: 1})).data;
		assert.equal((await rejection(getUpload(env.client, env.big, upload!.location_id!))).status, 404);
	});

	it('starts an upload of number ids (202, a ticket id it then lists) and counts it as pending', async () => {
		const before = await getUploadsStatus(env.client, env.big);
		const listed = (await listPhoneNumbers(env.client, env.big, {pageNumber: 20, pageSize: 2})).data;
		const numbers = listed.map(n => n.telephone_number!);
		env.sandbox.clearRequests();
		const created = await createUpload(env.client, env.big, {
			number_ids: listed.map(n => n.number_id!),
			usage: 'first_party_app_assignment',
		});
		assert.equal(created.success, true);
		assert.equal(env.sandbox.requests.at(-1)?.status, 202);
		const upload = await getUpload(env.client, env.big, created.ticket_id!);
		assert.deepEqual(
			upload.tn_upload_entries!.map(e => e.phone_number),
			numbers,
		);
		assert.equal(upload.status, 'pending_upload');
		const after = await getUploadsStatus(env.client, env.big);
		assert.deepEqual(after, {
			pending_numbers_count: before.pending_numbers_count! + 2,
			pending_orders_count: before.pending_orders_count! + 1,
		});
	});

	it("answers 413 past the spec's maximum, sent once", async () => {
		const [number] = (await listPhoneNumbers(env.client, env.big, {pageNumber: 1, pageSize: 1})).data;
		env.sandbox.clearRequests();
		const tooMany = await rejection(
			createUpload(env.client, env.big, {number_ids: Array.from({length: MAX_UPLOAD_NUMBERS + 1}, () => number!.number_id!)}),
		);
		assert.equal(tooMany.status, 413);
		assert.equal(
			explainUploadTooLarge(tooMany, MAX_UPLOAD_NUMBERS + 1)?.lines[0],
			'An upload takes at most 1,000 numbers. This one had 1,001.',
		);
		assert.equal(env.sandbox.requests.length, 1);
	});

	it("passes on 422 for numbers that are not the connection's, and for a Zoom connection", async () => {
		const refused = await rejection(createUpload(env.client, env.big, {number_ids: ['+15555550100']}));
		assert.deepEqual([refused.status, refused.errors[0]?.source?.pointer], [422, '/number_ids/0']);
		assert.equal((await rejection(createUpload(env.client, env.zoom, {number_ids: ['+15555550100']}))).status, 422);
	});

	it('refreshes, then answers 409 with Retry-After while that refresh runs, without a retry', async () => {
		const [pendingOne] = (await listUploads(env.client, env.big, {pageNumber: 1, pageSize: 1, filters: {statuses: ['pending']}})).data;
		assert.deepEqual(await refreshUploads(env.client, env.big), {success: true});
		assert.equal((await getUpload(env.client, env.big, pendingOne!.ticket_id!)).status, 'in_progress');
		env.sandbox.clearRequests();
		const busy = await rejection(refreshUploads(env.client, env.big));
		assert.equal(busy.status, 409);
		assert.ok(busy.retryAfterMs! >= 1000 && busy.retryAfterMs! <= 5000, String(busy.retryAfterMs));
		assert.equal(env.sandbox.requests.length, 1);
		const now = new Date();
		assert.equal(explainStillInProgress(busy, 'refresh', now)?.retryAt?.getTime(), now.getTime() + busy.retryAfterMs!);
	});

	it('passes on a 429 on refresh with its Retry-After, never retried', async () => {
		env.sandbox.setFaults({rateLimitRate: 1});
		env.sandbox.clearRequests();
		try {
			const limited = await rejection(refreshUploads(env.client, env.big));
			assert.deepEqual([limited.status, limited.retryAfterMs], [429, 1000]);
			assert.equal(env.sandbox.requests.length, 1);
		} finally {
			env.sandbox.setFaults({});
		}
	});

	it('retries a failed upload (202, same ticket), then 409 while it is in flight; 422 for one that succeeded', async () => {
		const uploads = (await listUploads(env.client, env.big, {pageNumber: 1, pageSize: 250})).data;
		const failed = uploads.find(u => u.status === 'error')!;
		const retried = await retryUpload(env.client, env.big, failed.ticket_id!);
		assert.deepEqual([retried.ticket_id, retried.status], [failed.ticket_id, 'pending_upload']);
		assert.equal((await rejection(retryUpload(env.client, env.big, failed.ticket_id!))).status, 409);
		const done = uploads.find(u => u.status === 'success')!;
		assert.equal((await rejection(retryUpload(env.client, env.big, done.ticket_id!))).status, 422);
		assert.equal((await rejection(retryUpload(env.client, env.big, done.location_id!))).status, 404);
	});

	it('sends status filters as one comma-separated value', () => {
		assert.equal(
			uploadsQuery({pageNumber: 1, pageSize: 5, filters: {statuses: ['pending', 'error']}}).get('filter[status][eq]'),
			'pending,error',
		);
	});
});
