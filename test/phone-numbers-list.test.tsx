// A connection's phone numbers: a sub-list pushed from the detail view (n), paging lazily through the
// sandbox's 10,000-number connection, Esc back to the same detail, then to the same list row.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {createApiClient} from '../source/api/client.js';
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

const numberRequests = () => sandbox.requests.filter(request => request.path.endsWith('/phone_numbers'));
const pagesAsked = () => numberRequests().map(request => Number(request.query['page[number]']));
const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('› ')) ?? '';

test('n on a detail opens its phone numbers, which page lazily; Esc goes back to the same field, then the same row', async () => {
	app = renderApp(sandbox);
	// The newest connection (the first row) is the one with 10,000 numbers.
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	const detail = await waitForFrame(app, frame => /External connection \d+/.test(frame) && frame.includes('n numbers'));
	const id = /External connection (\d+)/.exec(detail)![1]!;
	app.press('jjj');
	const moved = await waitForFrame(app, frame => selectedLine(frame) !== selectedLine(detail) && frame.includes('› '));
	const field = selectedLine(moved);
	sandbox.clearRequests();

	app.press('n');
	let frame = await waitForFrame(app, 'row 1 of 10,000');
	// The connection by its name once the main list has it, else by its id.
	const name = (await createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey}).getConnection(id)).connection_name;
	const header = frame.split('\n')[0]!;
	assert.ok(header.includes(`Phone numbers · connection ${id}`) || header.includes(`Phone numbers · ${name}`), frame);
	assert.match(frame, /number\s+country\s+location/);
	// Locations by name once the connection's address list is here (one request beside the pages), not by UUID.
	frame = await waitForFrame(app, f => /^› \+\d+\s+GB\s+[A-Z]/.test(selectedLine(f)));
	assert.match(selectedLine(frame), /^› \+\d{11,}/);
	assert.ok(frame.includes('Esc back'), 'the footer says how to go back');
	assert.ok(!frame.includes('c create') && !frame.includes('M log'), 'nor promises keys the list does not bind');
	assert.ok(numberRequests().every(request => request.path.endsWith(`/external_connections/${id}/phone_numbers`)));
	assert.deepEqual(pagesAsked(), [1], 'the first page only, until the count is known and the view is set');

	app.press('G');
	// The last number, once its page is here.
	await waitForFrame(app, frame => frame.includes('row 10,000 of 10,000') && /^› \+\d+/.test(selectedLine(frame)));
	// Pages touched (1 and 100) plus at most one prefetch: nothing in between.
	assert.ok(pagesAsked().length <= 3, `pages asked: ${pagesAsked().join(', ')}`);
	assert.ok(
		pagesAsked().every(page => page === 1 || page >= 99),
		`pages asked: ${pagesAsked().join(', ')}`,
	);

	app.press(KEYS.escape);
	frame = await waitForFrame(app, frame => /External connection \d+/.test(frame) && !frame.includes('Phone numbers'));
	assert.equal(selectedLine(frame), field, 'the same field is selected');
	app.press(KEYS.escape);
	frame = await waitForFrame(app, 'row 1 of 300');
	assert.ok(frame.includes('External connections'));
});

test('the numbers frame stays shorter than the terminal, and Esc ends the numbers requests', async () => {
	app = renderApp(sandbox);
	Object.defineProperty(app.stdout, 'rows', {value: 20, configurable: true});
	app.stdout.emit('resize');
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	await waitForFrame(app, 'n numbers');
	app.press('n');
	const frame = await waitForFrame(app, 'row 1 of 10,000');
	assert.ok(frame.split('\n').length < 20, `${frame.split('\n').length} lines`);
	app.press(KEYS.pageDown);
	await waitForFrame(app, /row \d+ of 10,000/);
	app.press(KEYS.escape);
	await waitForFrame(app, frame => /External connection \d+/.test(frame) && !frame.includes('Phone numbers'));
	const asked = numberRequests().length;
	app.press('n');
	await waitForFrame(app, 'row 1 of 10,000');
	assert.ok(numberRequests().length > asked, 'a list opened again starts afresh from its first page');
});

test('/ filters the numbers by part of the number, checked first; x clears it', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	await waitForFrame(app, 'n numbers');
	app.press('n');
	let frame = await waitForFrame(app, 'row 1 of 10,000');
	assert.ok(frame.includes('/ filter'), frame);
	app.press('/');
	await waitForFrame(app, 'Filter phone numbers');
	app.press('96x\r');
	await waitForFrame(app, '✖ Part of a number');
	sandbox.clearRequests();
	app.press('\u0015' + '4960012\r');
	frame = await waitForFrame(app, frame => frame.includes('number~"4960012"') && /row 1 of \d+/.test(frame));
	const shown = frame.split('\n').filter(line => /^[ ›] \+\d+/.test(line));
	assert.ok(shown.length > 0 && shown.every(line => line.includes('4960012')), frame);
	assert.ok(
		numberRequests().length > 0 && numberRequests().every(request => request.query['filter[phone_number][contains]'] === '4960012'),
	);
	app.press('x');
	await waitForFrame(app, frame => frame.includes('row 1 of 10,000') && !frame.includes('number~'));
});
