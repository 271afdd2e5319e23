// Everything under a connection over HTTP: phone numbers, civic addresses and locations, uploads,
// releases and log messages, with their filters, paging, errors and state kept between requests.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';

type Reply = {status: number; headers: Headers; json: any};

async function send(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<Reply> {
	const response = await fetch(sandbox.url + path, {
		method,
		headers: {authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json'},
		...(body === undefined ? {} : {body: JSON.stringify(body)}),
	});
	return {status: response.status, headers: response.headers, json: await response.json()};
}
const get = (sandbox: Sandbox, path: string) => send(sandbox, 'GET', path);
const pointers = (reply: Reply) => reply.json.errors.map((e: {source?: {pointer?: string}}) => e.source?.pointer);

describe('sandbox: under a connection', () => {
	let sandbox: Sandbox;
	let big: string;
	let zoom: string;
	before(async () => {
		sandbox = await startSandbox();
		big = (await get(sandbox, '/external_connections?page[size]=1')).json.data[0].id;
		zoom = (await get(sandbox, '/external_connections?filter[external_sip_connection]=zoom&page[size]=1')).json.data[0].id;
	});
	after(() => sandbox.close());

	it('gives the newest connection 10,000 numbers, paged and each retrievable', async () => {
		const first = await get(sandbox, `/external_connections/${big}/phone_numbers?page[size]=250`);
		assert.deepEqual(first.json.meta, {page_number: 1, page_size: 250, total_pages: 40, total_results: 10_000});
		const last = await get(sandbox, `/external_connections/${big}/phone_numbers?page[size]=250&page[number]=40`);
		const numbers = [...first.json.data, ...last.json.data];
		assert.equal(new Set(numbers.map((n: {telephone_number: string}) => n.telephone_number)).size, 500);
		for (const number of numbers.slice(0, 5)) {
			assert.match(number.telephone_number, /^\+[1-9]\d{6,14}$/);
			const one = await get(sandbox, `/external_connections/${big}/phone_numbers/${number.number_id}`);
			assert.deepEqual(one.json.data, number);
		}
		const found = await get(
			sandbox,
			`/external_connections?filter[phone_number][contains]=${encodeURIComponent(numbers[300].telephone_number)}`,
		);
		assert.deepEqual(
			found.json.data.map((c: {id: string}) => c.id),
			[big],
		);
		assert.equal((await get(sandbox, `/external_connections/${big}/phone_numbers/1234`)).status, 404);
		assert.equal((await get(sandbox, '/external_connections/1234567890123456789/phone_numbers')).status, 404);
		assert.equal((await get(sandbox, `/external_connections/${big}/phone_numbers?page[size]=0`)).status, 422);
		const connections = (await get(sandbox, '/external_connections?page[size]=6')).json.data;
		const counts = await Promise.all(
			connections
				.slice(1, 5)
				.map(
					async (c: {id: string}) =>
						(await get(sandbox, `/external_connections/${c.id}/phone_numbers?page[size]=1`)).json.meta.total_results,
				),
		);
		assert.ok(counts.filter(n => n >= 100).length >= 3, counts.join());
	});

	it('filters phone numbers by number, address and location, and moves one to another location', async () => {
		const [number] = (await get(sandbox, `/external_connections/${big}/phone_numbers?page[size]=1&page[number]=5000`)).json.data;
		const eq = await get(
			sandbox,
			`/external_connections/${big}/phone_numbers?filter[phone_number][eq]=${encodeURIComponent(number.telephone_number)}`,
		);
		assert.deepEqual(eq.json.data, [number]);
		const contains = await get(
			sandbox,
			`/external_connections/${big}/phone_numbers?filter[phone_number][contains]=${encodeURIComponent(number.telephone_number.slice(0, -2))}&page[size]=250`,
		);
		assert.equal(contains.json.meta.total_results, 100);
		const addresses = (await get(sandbox, `/external_connections/${big}/civic_addresses`)).json.data;
		const target = addresses.find((a: {id: string}) => a.id !== number.civic_address_id);
		const location = target.locations[0].id;
		const before = (await get(sandbox, `/external_connections/${big}/phone_numbers?filter[location_id][eq]=${location}&page[size]=1`)).json
			.meta.total_results;
		const moved = await send(sandbox, 'PATCH', `/external_connections/${big}/phone_numbers/${number.number_id}`, {location_id: location});
		assert.equal(moved.status, 200);
		assert.deepEqual(moved.json.data, {...number, location_id: location, civic_address_id: target.id});
		assert.deepEqual((await get(sandbox, `/external_connections/${big}/phone_numbers/${number.number_id}`)).json.data, moved.json.data);
		const afterMove = await get(
			sandbox,
			`/external_connections/${big}/phone_numbers?filter[location_id][eq]=${location}&filter[civic_address_id][eq]=${target.id}&page[size]=1`,
		);
		assert.equal(afterMove.json.meta.total_results, before + 1);
		for (const location_id of ['nope', '00000000-0000-4000-8000-000000000000', 5]) {
			const bad = await send(sandbox, 'PATCH', `/external_connections/${big}/phone_numbers/${number.number_id}`, {location_id});
			assert.equal(bad.status, 422);
			assert.deepEqual(pointers(bad), ['/location_id']);
		}
	});

	it('lists civic addresses in several countries, filters by country, retrieves one', async () => {
		const all = (await get(sandbox, `/external_connections/${big}/civic_addresses`)).json.data;
		const countries = [...new Set(all.map((a: {country: string}) => a.country))];
		assert.ok(countries.length >= 4, countries.join());
		const two = countries.slice(0, 2).join(',');
		const filtered = (await get(sandbox, `/external_connections/${big}/civic_addresses?filter[country]=${two}`)).json.data;
		assert.deepEqual(
			filtered,
			all.filter((a: {country: string}) => countries.slice(0, 2).includes(a.country)),
		);
		for (const address of all) {
			assert.equal(address.default_location_id, address.locations.find((l: {is_default: boolean}) => l.is_default).id);
			assert.deepEqual((await get(sandbox, `/external_connections/${big}/civic_addresses/${address.id}`)).json.data, address);
		}
		assert.equal((await get(sandbox, `/external_connections/${big}/civic_addresses/${all[0].locations[0].id}`)).status, 404);
		assert.deepEqual((await get(sandbox, `/external_connections/${zoom}/civic_addresses`)).json.data, []);
	});

	it('refuses a country filter that is not a 2-letter code, in the Telnyx error shape, and matches nothing for an unused code', async () => {
		for (const bad of ['USA', 'U', '1A', 'US,', 'US,GBR', 'É1']) {
			const reply = await get(sandbox, `/external_connections/${big}/civic_addresses?filter[country]=${encodeURIComponent(bad)}`);
			assert.equal(reply.status, 400, bad);
			assert.deepEqual(
				reply.json.errors.map((e: {code: string; source?: {parameter?: string}}) => [e.code, e.source?.parameter]),
				[['10015', 'filter[country]']],
				bad,
			);
			assert.match(reply.json.errors[0].detail, /ISO 3166-1 alpha-2/);
		}
		const all: Array<{country: string}> = (await get(sandbox, `/external_connections/${big}/civic_addresses`)).json.data;
		const [first, second] = [...new Set(all.map(a => a.country))];
		const repeated = await get(
			sandbox,
			`/external_connections/${big}/civic_addresses?filter[country]=${first}&filter[country]=${second!.toLowerCase()}`,
		);
		assert.equal(repeated.status, 200);
		assert.deepEqual(
			repeated.json.data,
			all.filter(a => a.country === first || a.country === second),
		);
		const unused = await get(sandbox, `/external_connections/${big}/civic_addresses?filter[country]=ZW`);
		assert.deepEqual([unused.status, unused.json.data], [200, []]);
	});

	it("sets a location's static emergency address once; then it is accepted and a second is refused", async () => {
		const addresses = (await get(sandbox, `/external_connections/${big}/civic_addresses`)).json.data;
		const locations = addresses.flatMap((a: {locations: {id: string}[]}) => a.locations.map(l => l.id));
		const replies = [];
		for (const location of locations) {
			replies.push(
				await send(sandbox, 'PATCH', `/external_connections/${big}/locations/${location}`, {static_emergency_address_id: addresses[0].id}),
			);
		}
		const set = replies.filter(r => r.status === 200 || r.status === 202);
		assert.ok(set.length > 0 && set.length < replies.length, replies.map(r => r.status).join());
		assert.deepEqual(Object.keys(set[0]!.json.data).sort(), ['accepted_address_suggestions', 'location_id', 'static_emergency_address_id']);
		const refused = replies.find(r => r.status === 422)!;
		assert.equal(refused.json.errors[0].title, 'Location already has an accepted emergency address');
		const again = await send(sandbox, 'PATCH', `/external_connections/${big}/locations/${set[0]!.json.data.location_id}`, {
			static_emergency_address_id: addresses[1].id,
		});
		assert.equal(again.status, 422);
		assert.equal(again.json.errors[0].title, 'Location already has an accepted emergency address');
		const location = locations[0];
		assert.equal(
			(
				await send(sandbox, 'PATCH', `/external_connections/${big}/locations/${addresses[0].id}`, {
					static_emergency_address_id: addresses[0].id,
				})
			).status,
			404,
		);
		assert.deepEqual(pointers(await send(sandbox, 'PATCH', `/external_connections/${big}/locations/${location}`, {})), [
			'/static_emergency_address_id',
		]);
		assert.deepEqual(
			pointers(await send(sandbox, 'PATCH', `/external_connections/${big}/locations/${location}`, {static_emergency_address_id: 'x'})),
			['/static_emergency_address_id'],
		);
	});

	it('has uploads in every status, filtered by status, location and number, and a pending count', async () => {
		const all = (await get(sandbox, `/external_connections/${big}/uploads?page[size]=250`)).json;
		assert.equal(all.meta.total_results, 100);
		const statuses = new Set(all.data.map((u: {status: string}) => u.status));
		assert.deepEqual([...statuses].sort(), ['error', 'in_progress', 'partial_success', 'pending', 'pending_upload', 'success']);
		const failed = all.data.find((u: {status: string}) => u.status === 'partial_success');
		assert.ok(failed.tn_upload_entries.some((e: {status: string; error_code?: string}) => e.status === 'error' && e.error_code));
		const pendingOnes = (await get(sandbox, `/external_connections/${big}/uploads?filter[status][eq]=pending,pending_upload`)).json.data;
		assert.deepEqual(pendingOnes.map((u: {status: string}) => u.status).sort(), ['pending', 'pending_upload']);
		const byLocation = (
			await get(sandbox, `/external_connections/${big}/uploads?filter[location_id][eq]=${failed.location_id}&page[size]=250`)
		).json.data;
		assert.ok(byLocation.length > 0 && byLocation.every((u: {location_id: string}) => u.location_id === failed.location_id));
		const number = failed.tn_upload_entries[0].phone_number;
		const byNumber = (await get(sandbox, `/external_connections/${big}/uploads?filter[phone_number][eq]=${encodeURIComponent(number)}`))
			.json.data;
		assert.deepEqual(
			byNumber.map((u: {ticket_id: string}) => u.ticket_id),
			[failed.ticket_id],
		);
		assert.deepEqual((await get(sandbox, `/external_connections/${big}/uploads/${failed.ticket_id}`)).json.data, failed);
		assert.equal((await get(sandbox, `/external_connections/${big}/uploads?filter[status][eq]=done`)).status, 422);
		assert.deepEqual((await get(sandbox, `/external_connections/${big}/uploads/status`)).json.data, {
			pending_numbers_count: 300,
			pending_orders_count: 1,
		});
	});

	it('starts an upload of number ids, within 1,000 (413 past it), and checks each; an E.164 number is refused with the way to its id', async () => {
		const numbers = (await get(sandbox, `/external_connections/${big}/phone_numbers?page[size]=3`)).json.data;
		const created = await send(sandbox, 'POST', `/external_connections/${big}/uploads`, {
			number_ids: [numbers[0].number_id, numbers[1].number_id],
			usage: 'first_party_app_assignment',
		});
		assert.equal(created.status, 202);
		assert.equal(created.json.success, true);
		const upload = (await get(sandbox, `/external_connections/${big}/uploads/${created.json.ticket_id}`)).json.data;
		assert.equal(upload.status, 'pending_upload');
		assert.deepEqual(
			upload.tn_upload_entries.map((e: {phone_number: string}) => e.phone_number),
			[numbers[0].telephone_number, numbers[1].telephone_number],
		);
		assert.deepEqual(upload.available_usages, ['first_party_app_assignment']);
		assert.equal((await get(sandbox, `/external_connections/${big}/uploads?page[size]=1`)).json.data[0].ticket_id, created.json.ticket_id);
		assert.deepEqual((await get(sandbox, `/external_connections/${big}/uploads/status`)).json.data, {
			pending_numbers_count: 302,
			pending_orders_count: 2,
		});

		const tooMany = await send(sandbox, 'POST', `/external_connections/${big}/uploads`, {
			number_ids: Array.from({length: 1001}, () => numbers[0].number_id),
		});
		assert.equal(tooMany.status, 413);
		const cases: [unknown, string[]][] = [
			[{}, ['/number_ids']],
			[{number_ids: []}, ['/number_ids']],
			[
				{number_ids: ['+15555550100', 7, numbers[2].number_id, numbers[2].telephone_number]},
				['/number_ids/0', '/number_ids/1', '/number_ids/3'],
			],
			[{number_ids: [numbers[2].number_id], usage: 'fax'}, ['/usage']],
			[
				{number_ids: [numbers[2].number_id], civic_address_id: numbers[2].civic_address_id, location_id: numbers[2].location_id},
				['/location_id'],
			],
		];
		for (const [body, expected] of cases) {
			const reply = await send(sandbox, 'POST', `/external_connections/${big}/uploads`, body);
			assert.equal(reply.status, 422, JSON.stringify(body));
			assert.deepEqual(pointers(reply), expected);
		}
		const byNumber = await send(sandbox, 'POST', `/external_connections/${big}/uploads`, {number_ids: [numbers[2].telephone_number]});
		assert.match(byNumber.json.errors[0].detail, /is a telephone number; number_ids takes phone number ids/);
		const zoomNumbers = await send(sandbox, 'POST', `/external_connections/${zoom}/uploads`, {number_ids: ['+15555550100']});
		assert.equal(zoomNumbers.status, 422);
	});

	it('refreshes once, then answers 409 with Retry-After while the refresh runs; retries failed uploads only', async () => {
		const before = (await get(sandbox, `/external_connections/${big}/uploads?filter[status][eq]=pending&page[size]=250`)).json.data;
		const refreshed = await send(sandbox, 'POST', `/external_connections/${big}/uploads/refresh`);
		assert.deepEqual([refreshed.status, refreshed.json], [200, {success: true}]);
		const moved = (await get(sandbox, `/external_connections/${big}/uploads/${before[0].ticket_id}`)).json.data;
		assert.equal(moved.status, 'in_progress');
		const busy = await send(sandbox, 'POST', `/external_connections/${big}/uploads/refresh`);
		assert.equal(busy.status, 409);
		assert.match(busy.json.errors[0].detail, /still in progress/);
		assert.ok(Number(busy.headers.get('retry-after')) >= 1);

		const uploads = (await get(sandbox, `/external_connections/${big}/uploads?page[size]=250`)).json.data;
		const failed = uploads.find((u: {status: string}) => u.status === 'error');
		const retried = await send(sandbox, 'POST', `/external_connections/${big}/uploads/${failed.ticket_id}/retry`);
		assert.equal(retried.status, 202);
		assert.equal(retried.json.data.ticket_id, failed.ticket_id);
		assert.equal(retried.json.data.status, 'pending_upload');
		assert.equal((await send(sandbox, 'POST', `/external_connections/${big}/uploads/${failed.ticket_id}/retry`)).status, 409);
		const done = uploads.find((u: {status: string}) => u.status === 'success');
		assert.equal((await send(sandbox, 'POST', `/external_connections/${big}/uploads/${done.ticket_id}/retry`)).status, 422);
		assert.equal((await send(sandbox, 'POST', `/external_connections/${big}/uploads/${done.location_id}/retry`)).status, 404);
	});

	it('refuses filters outside the spec as Telnyx would, each a 422 naming its parameter, and takes the ones the spec leaves open', async () => {
		const refusal = async (path: string) => {
			const reply = await get(sandbox, path);
			return [reply.status, reply.json.errors?.map((e: {code: string; source?: {parameter?: string}}) => [e.code, e.source?.parameter])];
		};
		const base = `/external_connections/${big}`;
		// The uploads' filter enum has no partial_success, though an upload's status can be it.
		assert.deepEqual(await refusal(`${base}/uploads?filter[status][eq]=pending,partial_success`), [422, [['10015', 'filter[status][eq]']]]);
		assert.deepEqual(await refusal(`${base}/releases?filter[status][eq]=success`), [422, [['10015', 'filter[status][eq]']]]);
		// Releases: eq is x-format E164, contains "requires 3-15 digits".
		assert.deepEqual(await refusal(`${base}/releases?filter[phone_number][eq]=4411`), [422, [['10015', 'filter[phone_number][eq]']]]);
		assert.deepEqual(await refusal(`${base}/releases?filter[phone_number][contains]=1234567890123456`), [
			422,
			[['10015', 'filter[phone_number][contains]']],
		]);
		assert.deepEqual(await refusal('/external_connections/log_messages?filter[telephone_number][eq]=%2B0123'), [
			422,
			[['10015', 'filter[telephone_number][eq]']],
		]);
		// The numbers' and uploads' number filters state no format: a value that is no number simply matches nothing.
		for (const path of [`${base}/phone_numbers?filter[phone_number][eq]=4411`, `${base}/uploads?filter[phone_number][contains]=x`]) {
			const reply = await get(sandbox, path);
			assert.deepEqual([reply.status, reply.json.meta.total_results], [200, 0], path);
		}
	});

	it('lists releases in every status, filters them and retrieves one', async () => {
		const all = (await get(sandbox, `/external_connections/${big}/releases`)).json;
		assert.deepEqual(all.data.map((r: {status: string}) => r.status).sort(), [
			'complete',
			'expired',
			'failed',
			'in_progress',
			'pending',
			'pending_upload',
			'unknown',
		]);
		const failed = all.data.find((r: {status: string}) => r.status === 'failed');
		assert.ok(failed.error_message);
		assert.deepEqual(
			(await get(sandbox, `/external_connections/${big}/releases?filter[status][eq]=failed,complete`)).json.meta.total_results,
			2,
		);
		const number = failed.telephone_numbers[0].phone_number;
		const byNumber = (await get(sandbox, `/external_connections/${big}/releases?filter[phone_number][eq]=${encodeURIComponent(number)}`))
			.json.data;
		assert.ok(byNumber.some((r: {ticket_id: string}) => r.ticket_id === failed.ticket_id));
		assert.deepEqual((await get(sandbox, `/external_connections/${big}/releases/${failed.ticket_id}`)).json.data, failed);
		assert.equal((await get(sandbox, `/external_connections/${big}/releases?filter[phone_number][contains]=12`)).status, 422);
		assert.equal((await get(sandbox, `/external_connections/${big}/releases/${failed.tenant_id}`)).status, 404);
	});

	it('lists log messages of all connections or one, by number, and a dismissed one is gone', async () => {
		const all = (await get(sandbox, '/external_connections/log_messages?page[size]=250')).json;
		assert.ok(all.meta.total_results > 20);
		assert.ok(all.log_messages.some((m: {meta: {external_connection_id?: string}}) => !m.meta.external_connection_id));
		const mine = (await get(sandbox, `/external_connections/log_messages?filter[external_connection_id]=${big}`)).json;
		assert.equal(mine.meta.total_results, 5);
		assert.ok(mine.log_messages.every((m: {meta: {external_connection_id: string}}) => m.meta.external_connection_id === big));
		const withNumber = mine.log_messages.find((m: {meta: {telephone_number?: string}}) => m.meta.telephone_number);
		const byNumber = (
			await get(
				sandbox,
				`/external_connections/log_messages?filter[telephone_number][eq]=${encodeURIComponent(withNumber.meta.telephone_number)}`,
			)
		).json;
		assert.ok(byNumber.log_messages.some((m: {id: string}) => m.id === withNumber.id));
		const withoutNumber = (await get(sandbox, '/external_connections/log_messages?filter[telephone_number][eq]=null&page[size]=250')).json;
		assert.ok(withoutNumber.log_messages.every((m: {meta: {telephone_number?: string}}) => !m.meta.telephone_number));
		const orphans = (await get(sandbox, '/external_connections/log_messages?filter[external_connection_id]=null')).json;
		assert.ok(orphans.meta.total_results > 0);
		assert.equal((await get(sandbox, '/external_connections/log_messages?filter[telephone_number][contains]=1')).status, 422);

		const [message] = mine.log_messages;
		assert.deepEqual((await get(sandbox, `/external_connections/log_messages/${message.id}`)).json, {log_messages: [message]});
		assert.deepEqual((await send(sandbox, 'DELETE', `/external_connections/log_messages/${message.id}`)).json, {success: true});
		assert.equal((await get(sandbox, `/external_connections/log_messages/${message.id}`)).status, 404);
		assert.equal((await send(sandbox, 'DELETE', `/external_connections/log_messages/${message.id}`)).status, 404);
		assert.equal(
			(await get(sandbox, `/external_connections/log_messages?filter[external_connection_id]=${big}`)).json.meta.total_results,
			4,
		);
		assert.equal(
			(await get(sandbox, '/external_connections/log_messages?page[size]=1')).json.meta.total_results,
			all.meta.total_results - 1,
		);
		assert.equal((await get(sandbox, '/external_connections/log_messages/1234567890123456789')).status, 404);
	});
});
