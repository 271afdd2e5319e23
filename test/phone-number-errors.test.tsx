// A move refused by the API: the PATCH goes out once (never retried), Telnyx's code, title and detail show,
// the number keeps its location on screen and in the list, and e can be tried again. Real HTTP to a server
// that answers what the sandbox never would (a 422 for a location of the connection, a 404 for its number).
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {createApiClient} from '../source/api/client.js';
import {LIST_PAGING} from '../source/resources/open-list.js';
import {phoneNumbers} from '../source/resources/index.js';
import {createResourceStore} from '../source/resources/resource-store.js';
import {PhoneNumberDetail} from '../source/screens/records/phone-number-detail.js';
import {startJsonServer, type JsonAnswer, type JsonServer} from './helpers/json-server.js';
import {KEYS} from './helpers/keys.js';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {HANG_MS, waitForFrame} from './helpers/wait-for.js';

let server: JsonServer | undefined;
let view: ReturnType<typeof renderWithKeys> | undefined;
afterEach(async () => {
	view?.unmount();
	await server?.close();
});

const NUMBER = {number_id: 'N1', telephone_number: '+15555550100', location_id: 'L1'};
const ADDRESSES = [
	{
		id: 'A1',
		description: 'Head Office',
		locations: [
			{id: 'L1', is_default: true},
			{id: 'L2', description: 'Floor 2'},
		],
	},
];

async function refusedWith(patch: JsonAnswer): Promise<string> {
	server = await startJsonServer(({method, path}) => {
		if (method === 'PATCH') return patch;
		if (path.at(-1) === 'civic_addresses') return {status: 200, body: {data: ADDRESSES}};
		return {status: 200, body: {data: NUMBER}};
	});
	const client = createApiClient({baseUrl: server.url, apiKey: server.apiKey, retryBaseMs: 5, timeoutMs: HANG_MS});
	const store = createResourceStore(phoneNumbers, client, {...LIST_PAGING, parentId: '1293384261075731499'});
	const events: unknown[] = [];
	view = renderWithKeys(
		<PhoneNumberDetail
			client={client}
			connectionId="1293384261075731499"
			id="N1"
			store={store}
			width={100}
			height={23}
			isActive
			dispatch={event => events.push(event)}
		/>,
	);
	await waitForFrame(view, 'e location');
	assert.match(view.lastFrame()!, /location_id\s+L1 · Head Office/);
	view.stdin.write('e');
	await waitForFrame(view, 'Move this number to which location?');
	view.stdin.write(KEYS.down + KEYS.enter);
	const frame = await waitForFrame(view, '✖ Error');
	assert.equal(server.requests.filter(request => request.method === 'PATCH').length, 1, 'sent once, never retried');
	assert.deepEqual(server.requests.find(request => request.method === 'PATCH')!.path, [
		'external_connections',
		'1293384261075731499',
		'phone_numbers',
		'N1',
	]);
	assert.match(frame, /location_id\s+L1 · Head Office/, 'the number keeps its location');
	assert.deepEqual(events, [], 'nothing navigates away');
	view.stdin.write('e');
	await waitForFrame(view, 'Move this number to which location?');
	return frame;
}

test('a 422 shows its code, title, detail and pointer', async () => {
	const frame = await refusedWith({
		status: 422,
		body: {errors: [{code: '10015', title: 'Invalid location', detail: 'L2 cannot take this number.', source: {pointer: '/location_id'}}]},
	});
	assert.ok(frame.includes('✖ Error 422'), frame);
	assert.ok(frame.includes('10015 · Invalid location — L2 cannot take this number. (/location_id)'), frame);
});

test('a 404 shows its code, title and detail', async () => {
	const frame = await refusedWith({
		status: 404,
		body: {errors: [{code: '10005', title: 'Resource not found', detail: 'The phone number is gone.'}]},
	});
	assert.ok(frame.includes('✖ Error 404'), frame);
	assert.ok(frame.includes('10005 · Resource not found — The phone number is gone.'), frame);
});
