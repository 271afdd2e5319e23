// A server whose records carry ids the contract would never produce ('..', '.', 'a/b', '%2e%2e', '?x', '#', empty,
// very long, ...), driven through every action of every screen: no request may leave for a path other than the
// one of a record on screen, and an action on a record whose id fails sends nothing and says why.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import chalk from 'chalk';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';
import {startJsonServer, type JsonAnswer, type JsonRequest, type JsonServer} from './helpers/json-server.js';
import {waitForFrame} from './helpers/wait-for.js';

const CONNECTION = '1293384261075731499';
const NUMBER = '1234567889';
const ADDRESS = '318fb664-d341-44d2-8405-e6bfb9ced6d9';
const LOCATION = 'c37e5036-1e87-42e6-86a2-b3e8dd39a2ad';
const UPLOAD = '7b6a6449-b055-45a6-81f6-f6f0dffa4cc6';
const RELEASE = '542c3bca-d247-42bc-8fe7-e01d16ecd761';
const MESSAGE = '1293384261075731500';
// Each fails the int64 and the UUID formats; the first three fail any path segment.
const BAD_IDS = ['..', '.', '', 'a/b', '%2e%2e', '?x', '#', `${'9'.repeat(20)}`, 'x'.repeat(3000), `../${CONNECTION}`, '１２３', ' '];
const REFUSED = '✖ Nothing can be sent for this record';

const page = (data: unknown[]) => ({data, meta: {page_number: 1, page_size: 100, total_pages: 1, total_results: data.length}});
const connection = (id: string) => ({id, active: true, external_sip_connection: 'zoom', tags: [], outbound: {}});
const address = (id: string, locations: string[]) => ({
	id,
	description: `address ${id.slice(0, 8)}`,
	locations: locations.map(l => ({id: l})),
});
// A location of its own for each address, so no menu lists one id twice.
const locationOf = (index: number) => `${LOCATION.slice(0, -2)}${index.toString(16).padStart(2, '0')}`;
const upload = (ticket_id: string) => ({ticket_id, status: 'error', location_id: LOCATION, tn_upload_entries: []});

// Every path a request may go to: the records whose ids pass, and a phone number's (any text but empty or dots) encoded.
const encode = encodeURIComponent;
const PASSING_NUMBERS = [NUMBER, ...BAD_IDS.filter(id => !['', '.', '..'].includes(id))];
const ALLOWED: ReadonlySet<string> = new Set([
	'/external_connections',
	'/external_connections/log_messages',
	'/outbound_voice_profiles',
	`/connections/${CONNECTION}`,
	`/external_connections/${CONNECTION}`,
	`/external_connections/${CONNECTION}/phone_numbers`,
	...PASSING_NUMBERS.map(id => `/external_connections/${CONNECTION}/phone_numbers/${encode(id)}`),
	`/external_connections/${CONNECTION}/civic_addresses`,
	`/external_connections/${CONNECTION}/civic_addresses/${ADDRESS}`,
	`/external_connections/${CONNECTION}/locations/${LOCATION}`,
	`/external_connections/${CONNECTION}/uploads`,
	`/external_connections/${CONNECTION}/uploads/status`,
	`/external_connections/${CONNECTION}/uploads/${UPLOAD}`,
	`/external_connections/${CONNECTION}/uploads/${UPLOAD}/retry`,
	`/external_connections/${CONNECTION}/releases`,
	`/external_connections/${CONNECTION}/releases/${RELEASE}`,
	`/external_connections/log_messages/${MESSAGE}`,
]);

function answer({method, rawPath}: JsonRequest): JsonAnswer {
	const under = `/external_connections/${CONNECTION}`;
	const number = PASSING_NUMBERS.find(id => rawPath === `${under}/phone_numbers/${encode(id)}`);
	if (rawPath === '/external_connections') return {status: 200, body: page([CONNECTION, ...BAD_IDS].map(connection))};
	if (rawPath === under) return {status: 200, body: {data: connection(CONNECTION)}};
	if (rawPath === `/connections/${CONNECTION}`) return {status: 200, body: {data: {id: CONNECTION, connection_name: 'good one'}}};
	if (rawPath === '/outbound_voice_profiles') return {status: 200, body: page([])};
	if (rawPath === `${under}/phone_numbers`) {
		return {
			status: 200,
			body: page([NUMBER, ...BAD_IDS].map(id => ({number_id: id, phone_number: '+15555550100', location_id: LOCATION}))),
		};
	}
	if (number !== undefined) {
		const record = {number_id: number, phone_number: '+15555550100', location_id: method === 'PATCH' ? '..' : LOCATION};
		return {status: 200, body: {data: record}};
	}
	if (rawPath === `${under}/civic_addresses`) {
		return {status: 200, body: page([address(ADDRESS, [LOCATION, '..']), ...BAD_IDS.map((id, index) => address(id, [locationOf(index)]))])};
	}
	if (rawPath === `${under}/civic_addresses/${ADDRESS}`) return {status: 200, body: {data: address(ADDRESS, [LOCATION, '..'])}};
	if (rawPath === `${under}/locations/${LOCATION}`) {
		return {status: 200, body: {data: {location_id: LOCATION, static_emergency_address_id: ADDRESS}}};
	}
	if (rawPath === `${under}/uploads`) return {status: 200, body: page([UPLOAD, ...BAD_IDS].map(upload))};
	if (rawPath === `${under}/uploads/status`) return {status: 200, body: {data: {pending_numbers_count: 0, pending_orders_count: 0}}};
	if (rawPath === `${under}/uploads/${UPLOAD}`) return {status: 200, body: {data: upload(UPLOAD)}};
	// A status of the wrong type: shown as what it is, never '[object Object]'.
	if (rawPath === `${under}/uploads/${UPLOAD}/retry`) return {status: 202, body: {data: {...upload(UPLOAD), status: {state: 'x'}}}};
	if (rawPath === `${under}/releases`)
		return {status: 200, body: page([RELEASE, ...BAD_IDS].map(ticket_id => ({ticket_id, status: 'pending'})))};
	if (rawPath === `${under}/releases/${RELEASE}`) return {status: 200, body: {data: {ticket_id: RELEASE, status: 'pending'}}};
	const messages = [MESSAGE, ...BAD_IDS].map(id => ({id, code: '10', title: 'title', telephone_number: '+15555550100'}));
	if (rawPath === '/external_connections/log_messages') return {status: 200, body: {log_messages: messages, meta: page(messages).meta}};
	if (rawPath === `/external_connections/log_messages/${MESSAGE}`) return {status: 200, body: {log_messages: [messages[0]]}};
	return {status: 404, body: {errors: [{code: '10005', title: 'Resource not found'}]}};
}

let server: JsonServer;

before(async () => {
	chalk.level = 0;
	server = await startJsonServer(answer);
});

after(async () => {
	await server.close();
});

// The first frame with `expected`, after the effects of the last key have run.
const see = (view: RenderedApp, expected: string | RegExp | ((frame: string) => boolean)) => waitForFrame(view, expected);

/** Presses `keys` on a record whose id fails: the screen says why, and nothing is sent. */
async function refusedAction(view: RenderedApp, keys: string, what: string): Promise<void> {
	const sent = server.requests.length;
	view.press(keys);
	await see(view, REFUSED);
	// A burst of the same key sends nothing either.
	view.press(keys.repeat(5));
	await see(view, REFUSED);
	assert.deepEqual(
		server.requests.slice(sent).map(r => `${r.method} ${r.rawPath}`),
		[],
		what,
	);
}

/**
 * On a list: the cursor on row `index` (0-based) of `id`, Enter, and the record's detail (`what`: its header's
 * title) shown; false for an empty id, which names nothing to open: the footer says why, and nothing is sent.
 */
async function openRow(view: RenderedApp, index: number, id: string, what: string): Promise<boolean> {
	view.press(`g${'j'.repeat(index)}`);
	await see(view, `row ${index + 1} of`);
	if (id === '') {
		await refusedAction(view, KEYS.enter, `Enter on an empty ${what} id`);
		return false;
	}
	view.press(KEYS.enter);
	await see(view, frame => frame.includes(`connection › ${what}`) && !frame.includes('Loading'));
	return true;
}

async function back(view: RenderedApp, to: string): Promise<void> {
	view.press(KEYS.escape);
	await see(view, to);
}

function assertOnlyAllowedPaths(): void {
	const elsewhere = server.requests.filter(request => !ALLOWED.has(request.rawPath)).map(r => `${r.method} ${r.rawPath}`);
	assert.deepEqual(elsewhere, [], 'requests to a path no record on screen has');
}

describe('records whose ids the contract would not produce', () => {
	test('a connection: shown in the list and its detail; e, d, n, a, u, l, m say why and send nothing', async () => {
		const view = renderApp(server);
		try {
			await see(view, 'good one');
			for (const [index, id] of BAD_IDS.entries()) {
				const row = index + 1;
				view.press(`g${'j'.repeat(row)}`);
				await see(view, `row ${row + 1} of`);
				// From the list: e and d say why in the footer instead of opening the form.
				await refusedAction(view, 'e', `e on connection ${JSON.stringify(id.slice(0, 20))}`);
				await refusedAction(view, 'd', `d on connection ${JSON.stringify(id.slice(0, 20))}`);
				if (id === '') {
					await refusedAction(view, KEYS.enter, 'Enter on an empty connection id');
					continue;
				}
				const sent = server.requests.length;
				view.press(KEYS.enter);
				// The detail shows the record from its row, and says at once why nothing can be sent.
				const detail = await see(view, frame => frame.includes('External connections › connection') && frame.includes(REFUSED));
				assert.ok(detail.includes('› id') && detail.includes(id.slice(0, 20)), detail);
				for (const key of ['e', 'd', 'n', 'a', 'u', 'l', 'm', 'eeeee', 'ddddd']) {
					view.press(key);
					await see(view, frame => frame.includes('External connections › connection') && frame.includes(REFUSED));
				}
				// The outbound voice profiles' names are read once for every detail, whatever its id.
				assert.deepEqual(
					server.requests
						.slice(sent)
						.map(r => `${r.method} ${r.rawPath}`)
						.filter(request => request !== 'GET /outbound_voice_profiles'),
					[],
					`connection ${JSON.stringify(id.slice(0, 20))}`,
				);
				await back(view, 'good one');
			}
			assertOnlyAllowedPaths();
		} finally {
			view.unmount();
		}
	});

	test('phone numbers, addresses and their locations, uploads, releases, log messages: opened from their rows, no action sent', async () => {
		const view = renderApp(server);
		try {
			await see(view, 'good one');
			view.press(KEYS.enter);
			await see(view, 'n numbers');

			// Phone numbers: e moves a number to another location. Refused for '', '.' and '..'; any other text id is
			// the spec's, and goes to its own encoded path.
			view.press('n');
			await see(view, /row 1 of 13/);
			for (const [index, id] of ['', '.', '..'].map(id => [BAD_IDS.indexOf(id) + 1, id] as const)) {
				if (!(await openRow(view, index, id, 'phone number'))) continue;
				await refusedAction(view, 'e', `e on number ${JSON.stringify(id)}`);
				await back(view, 'row ');
			}
			for (const id of PASSING_NUMBERS.slice(1)) {
				await openRow(view, BAD_IDS.indexOf(id) + 1, id, 'phone number');
				view.press('e');
				await see(view, 'Move this number to which location?');
				await back(view, 'e location');
				await back(view, 'row ');
			}
			// The one number with a clean id: moved, to its own path, once.
			await openRow(view, 0, NUMBER, 'phone number');
			let sent = server.requests.length;
			view.press('e');
			await see(view, 'Move this number to which location?');
			view.press(`j${KEYS.enter}`);
			await see(view, 'Moved to');
			assert.deepEqual(
				server.requests.slice(sent).map(r => `${r.method} ${r.rawPath}`),
				[`PATCH /external_connections/${CONNECTION}/phone_numbers/${NUMBER}`],
			);
			await back(view, 'row ');
			await back(view, 'n numbers');

			// Civic addresses: s sets a location's emergency address. Refused for every bad address id, and for a
			// location whose id is bad, after both are picked; sent for the clean location.
			view.press('a');
			await see(view, /row 1 of 13/);
			for (const [index, id] of BAD_IDS.entries()) {
				if (!(await openRow(view, index + 1, id, 'civic address'))) continue;
				await refusedAction(view, 's', `s on address ${JSON.stringify(id.slice(0, 20))}`);
				await back(view, 'row ');
			}
			await openRow(view, 0, ADDRESS, 'civic address');
			sent = server.requests.length;
			view.press('s');
			await see(view, 'Set the emergency address of which location');
			view.press(`j${KEYS.enter}`);
			await see(view, 'Static emergency address for');
			view.press(KEYS.enter);
			await see(view, REFUSED);
			assert.deepEqual(server.requests.slice(sent), [], 'a location of id ".." gets no PATCH');
			view.press('s');
			await see(view, 'Set the emergency address of which location');
			view.press(KEYS.enter);
			await see(view, 'Static emergency address for');
			view.press(KEYS.enter);
			await see(view, 'Emergency address of');
			assert.deepEqual(
				server.requests.slice(sent).map(r => `${r.method} ${r.rawPath}`),
				[`PATCH /external_connections/${CONNECTION}/locations/${LOCATION}`],
			);
			await back(view, 'row ');
			await back(view, 'n numbers');

			// Uploads: t retries one.
			view.press('u');
			await see(view, /row 1 of 13/);
			for (const [index, id] of BAD_IDS.entries()) {
				if (!(await openRow(view, index + 1, id, 'upload'))) continue;
				await refusedAction(view, 't', `t on upload ${JSON.stringify(id.slice(0, 20))}`);
				await back(view, 'row ');
			}
			await openRow(view, 0, UPLOAD, 'upload');
			sent = server.requests.length;
			view.press('t');
			await see(view, 'Retry started: {…} (expected text)');
			assert.deepEqual(
				server.requests.slice(sent).map(r => `${r.method} ${r.rawPath}`),
				[`POST /external_connections/${CONNECTION}/uploads/${UPLOAD}/retry`],
			);
			await back(view, 'row ');
			await back(view, 'n numbers');

			// Releases: opened only.
			view.press('l');
			await see(view, /row 1 of 13/);
			for (const [index, id] of BAD_IDS.entries()) {
				sent = server.requests.length;
				if (!(await openRow(view, index + 1, id, 'release'))) continue;
				assert.deepEqual(server.requests.slice(sent), [], 'a release of a bad id is shown from its row');
				await back(view, 'row ');
			}
			await back(view, 'n numbers');

			// Log messages: d dismisses one (after a confirmation).
			view.press('m');
			await see(view, /row 1 of 13/);
			for (const [index, id] of BAD_IDS.entries()) {
				if (!(await openRow(view, index + 1, id, 'log message'))) continue;
				await refusedAction(view, 'd', `d on log message ${JSON.stringify(id.slice(0, 20))}`);
				await back(view, 'row ');
			}
			await openRow(view, 0, MESSAGE, 'log message');
			view.press('d');
			await see(view, `Sends DELETE /external_connections/log_messages/${MESSAGE}, once.`);
			await back(view, 'd dismiss');
			await back(view, 'row ');
			assertOnlyAllowedPaths();
		} finally {
			view.unmount();
		}
	});
});
