// `/` on each of the six lists opens the generic filter form for that list's spec filters; a refused value is
// said and kept as typed, nothing is sent; an applied filter shows in the header and only matching rows come
// back from the sandbox over HTTP; x clears. (The main list's form: test/app.test.tsx.)
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';

let sandbox: Sandbox;
let app: RenderedApp | undefined;

before(async () => {
	sandbox = await startSandbox({});
});
after(async () => {
	await sandbox.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const CTRL_U = '\u0015';
const requestsTo = (suffix: string) => sandbox.requests.filter(request => request.path.endsWith(suffix));
/** The table's rows: the lines under the column titles, down to the footer. */
function rows(frame: string): string[] {
	const lines = frame.split('\n');
	const start = lines.findIndex(line => /^ {2}\S/.test(line) && !line.includes('row ')) + 1;
	return lines.slice(start, -1).filter(line => /^[ ›] \S/.test(line));
}
/** The cells of one column on screen, cut where its title starts and the next title begins. */
function column(frame: string, title: string): string[] {
	const lines = frame.split('\n');
	const titles = lines.find(line => /^ {2}\S/.test(line) && !line.includes('row '))!;
	const start = titles.search(new RegExp(`(?<=\\s)${title}(\\s|$)`));
	const next = titles.slice(start + title.length).search(/\S/);
	const end = next < 0 ? undefined : start + title.length + next;
	return rows(frame).map(line => line.slice(start, end).trim());
}
async function sandboxTotal(path: string): Promise<number> {
	const response = await fetch(sandbox.url + path, {headers: {authorization: `Bearer ${sandbox.apiKey}`}});
	return ((await response.json()) as {meta: {total_results: number}}).meta.total_results;
}

/** The newest connection (10,000 numbers, every sub-list filled), its detail open; its id. */
async function openBigConnection(): Promise<string> {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	const detail = await waitForFrame(app, frame => /External connection \d+/.test(frame) && frame.includes('n numbers'));
	return /External connection (\d+)/.exec(detail)![1]!;
}

test('phone numbers: a refused exact number stays as typed; a location is picked from a menu and only its numbers come back', async () => {
	await openBigConnection();
	app!.press('n');
	await waitForFrame(app!, 'row 1 of 10,000');
	app!.press('/');
	await waitForFrame(app!, 'Filter phone numbers');
	app!.press(KEYS.tab);
	await waitForFrame(app!, '› Number is');
	sandbox.clearRequests();
	app!.press('4411\r');
	let frame = await waitForFrame(app!, '✖ Not an E.164 number');
	assert.match(frame, /› Number is\s+4411/, 'the refused value is kept as typed');
	assert.equal(requestsTo('/phone_numbers').length, 0, 'nothing is sent for a refused filter');
	app!.press(CTRL_U + KEYS.tab);
	frame = await waitForFrame(app!, f => f.includes('› Location') && f.includes('Space menu'));
	assert.ok(!frame.includes('✖'), 'an emptied field has nothing to refuse');
	app!.press(' ');
	frame = await waitForFrame(app!, '❯ any location');
	// The first location of the menu, by its name: never a typed id.
	const location = frame.split('\n')[frame.split('\n').findIndex(line => line.includes('any location')) + 1]!.trim();
	app!.press('2');
	await waitForFrame(app!, new RegExp(`› Location\\s+${location.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	app!.press(KEYS.enter);
	frame = await waitForFrame(app!, f => f.includes(`location=${location}`) && /row 1 of [\d,]+/.test(f));
	const locations = column(frame, 'location');
	assert.ok(locations.length > 0 && locations.every(cell => location.startsWith(cell.replace(/…$/, ''))), frame);
	const sent = requestsTo('/phone_numbers').at(-1)!;
	const id = sent.query['filter[location_id][eq]']!;
	assert.ok(id !== undefined && id.length > 0);
	const total = Number(/row 1 of ([\d,]+)/.exec(frame)![1]!.replace(/,/g, ''));
	assert.equal(total, await sandboxTotal(`${sent.path}?filter[location_id][eq]=${id}&page[size]=1`));
	assert.ok(total < 10_000);
	app!.press('x');
	await waitForFrame(app!, f => f.includes('row 1 of 10,000') && !f.includes('location='));
});

test('civic addresses: UK is refused (the code is GB) and kept; a real code lists only that country', async () => {
	await openBigConnection();
	app!.press('a');
	let frame = await waitForFrame(app!, /Civic addresses · .+\s+row 1 of \d+/);
	const all = Number(/row 1 of (\d+)/.exec(frame)![1]);
	const country = column(frame, 'country')[0]!;
	assert.match(country, /^[A-Z]{2}$/);
	app!.press('/');
	await waitForFrame(app!, 'Filter civic addresses');
	sandbox.clearRequests();
	app!.press('uk\r');
	frame = await waitForFrame(app!, '✖ UK is not an ISO 3166-1 country code: the United Kingdom is GB');
	assert.match(frame, /› Country\s+uk/);
	assert.equal(requestsTo('/civic_addresses').length, 0);
	app!.press(CTRL_U + country.toLowerCase() + '\r');
	frame = await waitForFrame(app!, f => f.includes(`country=${country}`) && /row 1 of \d+/.test(f));
	assert.ok(
		rows(frame).every(line => line.includes(` ${country} `)),
		frame,
	);
	assert.ok(Number(/row 1 of (\d+)/.exec(frame)![1]) < all, 'fewer than every address');
	assert.equal(requestsTo('/civic_addresses').at(-1)!.query['filter[country]'], country);
});

test('uploads: statuses are picked from the spec enum and only those come back', async () => {
	await openBigConnection();
	app!.press('u');
	await waitForFrame(app!, /Uploads · .+\s+row 1 of \d+/);
	app!.press('/');
	let frame = await waitForFrame(app!, 'Filter uploads');
	assert.match(frame, /› Status\s+‹ pending_upload \[ \] ›/);
	assert.ok(!frame.includes('partial_success'), 'the uploads filter enum has no partial_success');
	// ← from the first status wraps to the last: error.
	app!.press(KEYS.left);
	await waitForFrame(app!, '‹ error [ ] ›');
	app!.press(' ');
	await waitForFrame(app!, /‹ error \[x\] ›\s+picked: error/);
	app!.press(KEYS.enter);
	frame = await waitForFrame(app!, f => f.includes('status=error') && /row 1 of \d+/.test(f));
	const statuses = column(frame, 'status');
	assert.ok(statuses.length > 0 && statuses.every(cell => cell === 'error'), frame);
	assert.equal(requestsTo('/uploads').at(-1)!.query['filter[status][eq]'], 'error');
});

test('releases: a partial number of 2 digits is refused (3 to 15); failed releases alone come back', async () => {
	await openBigConnection();
	app!.press('l');
	await waitForFrame(app!, /Releases · .+\s+row 1 of \d+/);
	app!.press('/');
	await waitForFrame(app!, 'Filter releases');
	app!.press(KEYS.right.repeat(4) + ' ');
	await waitForFrame(app!, /‹ failed \[x\] ›/);
	app!.press(KEYS.tab + '12\r');
	const refused = await waitForFrame(app!, '✖ Part of a number: 3 to 15 digits');
	assert.match(refused, /› Number contains\s+12/);
	assert.match(refused, /Status\s+failed/, 'the picked status stays');
	app!.press(CTRL_U + '\r');
	const frame = await waitForFrame(app!, f => f.includes('status=failed') && /row 1 of \d+/.test(f));
	const statuses = column(frame, 'status');
	assert.ok(statuses.length > 0 && statuses.every(cell => cell === 'failed'), frame);
});

test("a connection's log messages: filtered by part of a number, every row names a number that has it", async () => {
	const id = await openBigConnection();
	app!.press('m');
	let frame = await waitForFrame(app!, /Log messages · .+\s+row 1 of \d+/);
	const number = column(frame, 'number').find(cell => /^\+\d+$/.test(cell))!;
	const part = number.slice(-6);
	app!.press('/');
	frame = await waitForFrame(app!, 'Filter log messages');
	assert.ok(!frame.includes('Connection id'), 'under a connection, the connection is given');
	app!.press(part + '\r');
	frame = await waitForFrame(app!, f => f.includes(`number~"${part}"`) && /row 1 of \d+/.test(f));
	assert.ok(
		rows(frame).every(line => line.includes(part)),
		frame,
	);
	const sent = requestsTo('/log_messages').at(-1)!;
	assert.deepEqual([sent.query['filter[external_connection_id]'], sent.query['filter[telephone_number][contains]']], [id, part]);
});

test('every log message (M): filtered by connection id, a malformed one refused first', async () => {
	const id = await openBigConnection();
	app!.press(KEYS.escape);
	await waitForFrame(app!, 'row 1 of 300');
	app!.press('M');
	let frame = await waitForFrame(app!, /Log messages\s.*row 1 of [\d,]+/);
	const all = Number(/row 1 of ([\d,]+)/.exec(frame)![1]!.replace(/,/g, ''));
	app!.press('/');
	await waitForFrame(app!, 'Filter log messages');
	app!.press(KEYS.tab + KEYS.tab);
	await waitForFrame(app!, '› Connection id');
	app!.press('67ea7693\r');
	frame = await waitForFrame(app!, '✖ A connection id is 1 to 19 digits');
	assert.match(frame, /› Connection id\s+67ea7693/);
	app!.press(CTRL_U + id + '\r');
	frame = await waitForFrame(app!, f => f.includes('filter: connection=') && /row 1 of [\d,]+/.test(f));
	const total = Number(/row 1 of ([\d,]+)/.exec(frame)![1]!.replace(/,/g, ''));
	assert.ok(total > 0 && total < all, `${total} of ${all}`);
	assert.equal(total, await sandboxTotal(`/external_connections/log_messages?filter[external_connection_id]=${id}&page[size]=1`));
	// Every row is the one connection's.
	const connections = new Set(column(frame, 'connection'));
	assert.equal(connections.size, 1, frame);
	app!.press('x');
	await waitForFrame(app!, f => f.includes(`row 1 of ${all.toLocaleString('en-US')}`) && !f.includes('connection='));
});
