// The sandbox's uploads made through POST move on by themselves when asked to (the demo, `ec-tui sandbox`): one
// status a step, never back, and a read after a step answers the new status, not one kept from before.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createChildrenState, type UploadPlan} from '../source/sandbox/children-state.js';
import {advanceUploads} from '../source/sandbox/upload-progress.js';
import {startSandbox} from '../source/sandbox/server.js';

const plan = (createdAtMs: number): UploadPlan => ({
	ticketId: 't',
	ks: [0],
	civicAddressId: 'a',
	locationId: 'l',
	usages: [],
	status: 'pending_upload',
	createdAtMs,
});

test('a POSTed upload takes the status its age gives it, one a step, and never goes back', () => {
	const state = createChildrenState();
	const upload = plan(1000);
	state.changes(0).createdUploads.push(upload);
	assert.equal(advanceUploads(state, 4999, 4000), false);
	assert.equal(upload.status, 'pending_upload');
	assert.equal(advanceUploads(state, 5000, 4000), true);
	assert.equal(upload.status, 'pending');
	assert.equal(advanceUploads(state, 13_000, 4000), true);
	assert.equal(upload.status, 'success');
	assert.equal(advanceUploads(state, 99_000, 4000), false);
	// A recheck moved one ahead of its age: its age does not take it back.
	const rechecked = {...plan(0), status: 'in_progress' as const};
	state.changes(1).createdUploads.push(rechecked);
	assert.equal(advanceUploads(state, 4000, 4000), false);
	assert.equal(rechecked.status, 'in_progress');
});

test('over HTTP, a read after the steps answers the final status and the pending count drops', async () => {
	const sandbox = await startSandbox({uploadStepMs: 1});
	try {
		const call = async (method: string, path: string, body?: unknown) => {
			const response = await fetch(sandbox.url + path, {
				method,
				headers: {authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json'},
				...(body !== undefined && {body: JSON.stringify(body)}),
			});
			return (await response.json()) as {data: any; ticket_id?: string};
		};
		const [connection] = (await call('GET', '/external_connections?page[size]=1&filter[external_sip_connection]=operator_connect')).data;
		const base = `/external_connections/${connection.id}`;
		const before = (await call('GET', `${base}/uploads/status`)).data;
		const [number] = (await call('GET', `${base}/phone_numbers?page[size]=1`)).data;
		const {ticket_id: ticket} = await call('POST', `${base}/uploads`, {number_ids: [number.number_id]});
		let status = 'pending_upload';
		// Each read waits for the one before: the steps of 1 ms have passed long before a few reads are answered.
		for (let reads = 0; status !== 'success'; reads++) {
			assert.ok(reads < 1000, `still ${status} after 1,000 reads`);
			status = (await call('GET', `${base}/uploads/${ticket}`)).data.status;
		}
		assert.deepEqual((await call('GET', `${base}/uploads/status`)).data, before);
	} finally {
		await sandbox.close();
	}
});
