import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {createApiClient} from '../source/api/client.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';

let sandbox: Sandbox;
let app: RenderedApp | undefined;
const TERMINAL_ROWS = 24;

before(async () => {
	sandbox = await startSandbox({count: 1234});
});
after(async () => {
	await sandbox.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
	sandbox.setFaults({});
});

/** ink-testing-library's stdout has no rows: give it some, as a terminal being resized would. */
function resizeTerminal(view: RenderedApp, rows: number) {
	Object.defineProperty(view.stdout, 'rows', {value: rows, configurable: true});
	view.stdout.emit('resize');
}

const frameHeight = (frame: string) => frame.split('\n').length;
const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('› ')) ?? '';

async function firstPage() {
	const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
	return client.listExternalConnections({pageNumber: 1, pageSize: 250});
}

test('the list shows the first rows, the total and key hints, in a frame shorter than the terminal', async () => {
	const page = await firstPage();
	app = renderApp(sandbox, {demo: true});
	const frame = await waitForFrame(app, 'row 1 of 1,234');
	assert.match(frame, /DEMO/);
	assert.match(frame, /name\s+id\s+service\s+active\s+created\s+tags/);
	assert.ok(selectedLine(frame).includes(page.data[0]!.id), 'the first row is selected');
	assert.ok(frame.includes(page.data[1]!.id));
	assert.match(frame, /\? help · q quit/);
	assert.ok(frameHeight(frame) < TERMINAL_ROWS, `frame is ${frameHeight(frame)} lines`);
});

test('arrow keys and j/k move the cursor; PgDn moves a screen; G and g jump to the ends', async () => {
	const page = await firstPage();
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press(KEYS.down);
	await waitForFrame(app, 'row 2 of 1,234');
	app.press('j');
	let frame = await waitForFrame(app, 'row 3 of 1,234');
	assert.ok(selectedLine(frame).includes(page.data[2]!.id));
	app.press('k');
	await waitForFrame(app, 'row 2 of 1,234');
	app.press(KEYS.up);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press(KEYS.pageDown);
	frame = await waitForFrame(app, f => /row \d+ of 1,234/.test(f) && !f.includes('row 1 of'));
	const afterPage = Number(/row (\d+) of/.exec(frame)![1]);
	assert.ok(afterPage > 10, `PgDn moved to row ${afterPage}`);
	app.press('G');
	frame = await waitForFrame(app, f => f.includes('row 1,234 of 1,234') && !selectedLine(f).includes('loading'));
	assert.ok(frameHeight(frame) < TERMINAL_ROWS);
	app.press('g');
	await waitForFrame(app, f => f.includes('row 1 of 1,234') && selectedLine(f).includes(page.data[0]!.id));
});

test('G on a long list fetches only the last page, and scrolling pages rows in lazily', async () => {
	app = renderApp(sandbox, {paging: {pageSize: 50}});
	await waitForFrame(app, 'row 1 of 1,234');
	await waitUntil(() => app!.store.inFlight === 0, 'the first pages settled');
	sandbox.clearRequests();
	app.press(KEYS.end);
	await waitForFrame(app, f => f.includes('row 1,234 of 1,234') && !f.includes('loading row'));
	const pages = sandbox.requests.filter(r => r.path === '/external_connections').map(r => Number(r.query['page[number]']));
	assert.ok(pages.includes(25), 'the last page of 50 rows was requested');
	assert.ok(pages.length <= 2, `at most the last page and one prefetch: ${pages}`);
	assert.ok(
		pages.every(page => page >= 24),
		`no page between the top and the end: ${pages}`,
	);
});

test('Enter opens the detail of the selected row and Esc returns to the same place', async () => {
	const page = await firstPage();
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	for (let step = 2; step <= 4; step++) {
		app.press(KEYS.down);
		await waitForFrame(app, `row ${step} of 1,234`);
	}
	app.press(KEYS.enter);
	const target = page.data[3]!;
	const detail = await waitForFrame(app, f => f.includes(target.id) && /lines 1–\d+ of/.test(f));
	assert.match(detail, /lines 1–19 of \d+/, 'the fields take every line the header and footers leave');
	assert.equal(frameHeight(detail), TERMINAL_ROWS - 1, 'the whole height less one line, and no more');
	app.press(KEYS.escape);
	const back = await waitForFrame(app, 'row 4 of 1,234');
	assert.ok(selectedLine(back).includes(target.id));
});

test("? shows the screen's own keys first, then every key of every screen, paged with PgDn, G and g; Esc closes it", async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press('?');
	const help = await waitForFrame(app, 'Keys');
	assert.ok(frameHeight(help) < TERMINAL_ROWS);
	const ownKeys = help.slice(help.indexOf('On this screen'), help.indexOf('All keys'));
	assert.match(ownKeys, /c\s+create a connection/);
	assert.doesNotMatch(ownKeys, /Esc Backspace/, 'the main list has no way back, so the help does not offer one');
	// Taller than 24 rows: a page at a time, in one read, every section passing by, to the end.
	app.press(KEYS.pageDown.repeat(12));
	const end = await waitForFrame(app, frame => /lines (\d+)–(\d+) of \2/.test(frame));
	const seen = app.frames.join('\n');
	for (const section of [
		'List',
		'Detail',
		'Filter form',
		'Create wizard',
		'Journal of changes',
		'Text fields',
		'Menus and pickers',
		'Help',
		'Everywhere',
	]) {
		assert.ok(seen.includes(section), section);
	}
	app.press('g');
	await waitForFrame(app, frame => frame.includes('lines 1–') && frame.includes('On this screen'));
	app.press('G');
	assert.equal((await waitForFrame(app, frame => /lines (\d+)–(\d+) of \2/.test(frame))).split('\n').at(-1), end.split('\n').at(-1));
	app.press(KEYS.escape);
	await waitForFrame(app, 'row 1 of 1,234');
});

test("? on a connection's phone numbers lists Esc back among its keys, and not the main list's", async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press(KEYS.enter);
	await waitForFrame(app, 'n numbers');
	app.press('n');
	await waitForFrame(app, /Phone numbers .*row 1 of/);
	app.press('?');
	const help = await waitForFrame(app, 'On this screen');
	const ownKeys = help.slice(help.indexOf('On this screen'), help.indexOf('All keys') > 0 ? help.indexOf('All keys') : undefined);
	assert.match(ownKeys, /Esc Backspace\s+back/);
	assert.doesNotMatch(ownKeys, /create a connection/);
});

test('the filter form checks each field before sending and applies valid filters', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press('/');
	const opened = await waitForFrame(app, 'Filter external connections');
	// ← → move the cursor in a text field: the footer offers them for a choice only on its field.
	assert.ok(!opened.includes('←→ choose'), 'no ←→ choose while a text field has focus');
	app.press('ab');
	await waitForFrame(app, '› Name contains   ab');
	sandbox.clearRequests();
	app.press(KEYS.enter);
	await waitForFrame(app, /✖ .*3 characters/);
	// Names of the first screen may still be arriving; what must not go out is a list request.
	assert.equal(
		sandbox.requests.filter(request => request.path === '/external_connections').length,
		0,
		'nothing was sent for an invalid filter',
	);
	app.press(KEYS.backspace);
	await waitForFrame(app, f => f.includes('Name contains   a') && !f.includes(' ab'));
	app.press(KEYS.backspace);
	await waitForFrame(app, f => !f.includes('Name contains   a'));
	app.press(KEYS.tab);
	await waitForFrame(app, f => f.includes('› Service') && f.includes('←→ choose'));
	app.press(KEYS.right);
	await waitForFrame(app, '‹ zoom ›');
	app.press(KEYS.enter);
	const filtered = await waitForFrame(app, f => f.includes('service=zoom') && /row 1 of [\d,]+/.test(f));
	assert.ok(!filtered.includes('operator_connect'), 'only zoom rows are shown');
	const total = Number(/row 1 of ([\d,]+)/.exec(filtered)![1]!.replace(/,/g, ''));
	assert.ok(total > 0 && total < 1234);
	app.press('x');
	await waitForFrame(app, 'row 1 of 1,234');
});

test('an empty result says so with the filters', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press('/');
	await waitForFrame(app, 'Filter external connections');
	app.press('zzzqqq-no-such-name');
	await waitForFrame(app, 'zzzqqq-no-such-name');
	app.press(KEYS.enter);
	await waitForFrame(app, /No external connections match/);
});

test('an API error shows Telnyx code, title and detail in a banner, the rows stay, and r recovers', async () => {
	app = renderApp(sandbox, {paging: {pageSize: 20, prefetchRows: 0}});
	await waitForFrame(app, 'row 1 of 1,234');
	sandbox.setFaults({failRate: 1});
	app.press(KEYS.pageDown);
	app.press(KEYS.pageDown);
	const frame = await waitForFrame(app, /✖ Error 50[03]/);
	assert.match(frame, /✖ Error 50[03]\s+100\d\d · \S/, 'the banner has Telnyx code and title');
	app.press('g');
	await waitForFrame(app, f => /✖ Error 50[03]/.test(f) && f.split('\n').some(line => /^› .*\b\d{19}\b/.test(line)));
	for (const seen of app.frames)
		assert.ok(frameHeight(seen) < TERMINAL_ROWS, `no frame, even the one the banner appears in, is as tall as the terminal:\n${seen}`);
	app.press(KEYS.up);
	await waitForFrame(app, /row \d+ of 1,234/);
	sandbox.setFaults({});
	app.press('r');
	await waitForFrame(app, f => !f.includes('✖ Error') && !f.includes('loading row'));
});

test('a rejected key shows the 401 with Telnyx code and detail, and never the key', async () => {
	const badKey = 'KEYnot_the_right_one_42';
	app = renderApp(sandbox, {apiKey: badKey});
	const frame = await waitForFrame(app, '10009');
	assert.match(frame, /Authentication failed/);
	for (const seen of app.frames) assert.ok(!seen.includes(badKey));
});

test('q quits with status 0 and Ctrl+C with 130', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press('q');
	await waitUntil(() => app!.exitCodes.length > 0, 'the app asked to exit');
	assert.deepEqual(app.exitCodes, [0]);
	app.unmount();
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press(KEYS.ctrlC);
	await waitUntil(() => app!.exitCodes.length > 0, 'the app asked to exit');
	assert.deepEqual(app.exitCodes, [130]);
});

test('keys arriving in one read each see the state the previous key left', async () => {
	const page = await firstPage();
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press(KEYS.down + KEYS.down + KEYS.enter);
	await waitForFrame(app, f => f.includes(page.data[2]!.id) && !f.includes('row 3 of'));
	app.press(KEYS.escape);
	await waitForFrame(app, 'row 3 of 1,234');
	app.press(KEYS.up + KEYS.enter);
	await waitForFrame(app, f => f.includes(page.data[1]!.id) && !f.includes('row 2 of'));
});

test('a terminal too small says so until it is resized, and a resize re-lays the list', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	resizeTerminal(app, 10);
	await waitForFrame(app, 'terminal too small (need 67×14, have 100×10)');
	resizeTerminal(app, 40);
	const frame = await waitForFrame(app, f => f.includes('row 1 of 1,234') && f.split('\n').length > 30);
	assert.ok(frame.split('\n').length < 40, 'the frame stays shorter than the terminal');
	app.press('G');
	await waitForFrame(app, f => f.includes('row 1,234 of 1,234') && !f.includes('loading row'));
});

test('what was typed survives the terminal being too small for a moment', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press('/');
	await waitForFrame(app, 'Filter external connections');
	app.press('half-typed');
	await waitForFrame(app, 'Name contains   half-typed');
	resizeTerminal(app, 10);
	const small = await waitForFrame(app, 'terminal too small');
	assert.ok(!small.includes('half-typed'), 'the form is hidden, not drawn');
	app.press('x');
	resizeTerminal(app, 24);
	await waitForFrame(app, f => f.includes('Name contains   half-typed') && !f.includes('half-typedx'));
});

test('the filter form takes several keys in one read, and a long paste keeps every frame one line a field', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press('/');
	await waitForFrame(app, 'Filter external connections');
	app.press(KEYS.tab + KEYS.right + KEYS.right);
	await waitForFrame(app, '‹ operator_connect ›');
	app.press(KEYS.up);
	await waitForFrame(app, '› Name contains');
	app.press('x'.repeat(1500));
	await waitForFrame(app, 'xxxxxxxxxx');
	for (const seen of app.frames) assert.ok(frameHeight(seen) < TERMINAL_ROWS, `a frame is ${frameHeight(seen)} lines`);
});

test('at 80 columns every applied filter stays in the header, wrapping to a line of its own, the frame still shorter than the terminal', async () => {
	app = renderApp(sandbox, {demo: true});
	Object.defineProperty(app.stdout, 'columns', {value: 80, configurable: true});
	resizeTerminal(app, TERMINAL_ROWS);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press('/');
	await waitForFrame(app, 'Filter external connections');
	app.press('Operator');
	await waitForFrame(app, '› Name contains   Operator');
	app.press(KEYS.tab);
	await waitForFrame(app, '› Service');
	app.press(KEYS.right);
	await waitForFrame(app, '‹ zoom ›');
	app.press(KEYS.right);
	await waitForFrame(app, '‹ operator_connect ›');
	app.press(KEYS.tab);
	await waitForFrame(app, '› Created on');
	app.press('2024-01-31');
	await waitForFrame(app, '2024-01-31');
	app.press(KEYS.enter);
	const frame = await waitForFrame(app, f => !f.includes('Filter external connections') && /name\s+id\s+service/.test(f));
	const lines = frame.split('\n');
	const header = lines
		.slice(
			0,
			lines.findIndex(line => /name\s+id\s+service/.test(line)),
		)
		.join('\n');
	for (const part of ['name~"Operator"', 'service=operator_connect', 'created=2024-01-31'])
		assert.ok(header.includes(part), `${part} in\n${header}`);
	assert.ok(
		lines.every(line => line.length <= 80),
		frame,
	);
	assert.ok(frameHeight(frame) < TERMINAL_ROWS, `frame is ${frameHeight(frame)} lines`);
});

test('every screen says where it is: DEMO on the demo, the API host otherwise, never the key', async () => {
	const host = new URL(sandbox.url).host;
	for (const demo of [true, false]) {
		app = renderApp(sandbox, {demo});
		const where = (frame: string) =>
			(demo ? /^ DEMO {3}External connections/ : new RegExp(`^${host.replaceAll('.', '\\.')} {2}External connections`)).test(frame);
		const frames = [await waitForFrame(app, 'row 1 of 1,234')];
		app.press(KEYS.enter);
		frames.push(await waitForFrame(app, frame => frame.includes('Identity')));
		app.press(KEYS.escape);
		await waitForFrame(app, 'row 1 of 1,234');
		app.press('/');
		frames.push(await waitForFrame(app, 'Filter external connections'));
		app.press(KEYS.escape);
		await waitForFrame(app, 'row 1 of 1,234');
		app.press('c');
		frames.push(await waitForFrame(app, 'Step 1 of'));
		for (const frame of frames) {
			assert.ok(where(frame), `the header says where (${demo ? 'DEMO' : host}):\n${frame}`);
			assert.equal(frame.includes(demo ? host : ' DEMO '), false, 'and only that');
			assert.ok(!frame.includes(sandbox.apiKey));
		}
		app.unmount();
	}
});

test('Enter on a row still loading opens it once it arrives, and the keys after it act on the open connection', async () => {
	const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
	const last = (await client.listExternalConnections({pageNumber: 5, pageSize: 250})).data.at(-1)!;
	app = renderApp(sandbox, {paging: {pageSize: 20, prefetchRows: 0}});
	await waitForFrame(app, 'row 1 of 1,234');
	sandbox.setFaults({latencyMs: 150});
	// G lands on 'loading row 1,234…', a page nobody asked for yet; Enter and J come in the same read.
	app.press(`G${KEYS.enter}J`);
	const frame = await waitForFrame(app, f => f.includes('"external_connection": {'));
	assert.ok(
		app.frames.some(seen => /^› loading row 1,234…/m.test(seen)),
		'the row was still loading when Enter came',
	);
	assert.match(frame.split('\n')[1]!, new RegExp(`^External connection ${last.id}`));
});

test("r says what it did: 'refreshed HH:MM:SS' in the footer", async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press('r');
	const frame = await waitForFrame(app, /refreshed \d\d:\d\d:\d\d · Enter open/);
	assert.match(frame, /row 1 of 1,234/);
});

test('a first page that failed shows the error at the top, under the header, which does not say loading', async () => {
	sandbox.setFaults({failRate: 1});
	app = renderApp(sandbox);
	const frame = await waitForFrame(app, /✖ Error 50[03]/);
	const lines = frame.split('\n');
	assert.match(lines[1]!, /^✖ Error 50[03]/, `the error is right under the header:\n${frame}`);
	assert.match(lines[0]!, /not loaded$/);
	for (const seen of app.frames) assert.doesNotMatch(seen.split('\n')[0]!, /loading/);
	assert.doesNotMatch(frame, /Nothing loaded yet/);
	sandbox.setFaults({});
	app.press('r');
	await waitForFrame(app, f => f.includes('row 1 of 1,234') && !f.includes('✖ Error'));
});

test('Enter on a row whose page will not come (the first read after r failed) holds no key: the next ones act', async () => {
	app = renderApp(sandbox, {paging: {pageSize: 20, prefetchRows: 0}});
	await waitForFrame(app, 'row 1 of 1,234');
	// The window then spans two pages, the cursor on the second.
	app.press('j'.repeat(25));
	await waitForFrame(app, 'row 26 of 1,234');
	sandbox.setFaults({failRate: 1});
	app.press('r');
	// Nothing of the new read came: the error stands at the top.
	await waitForFrame(app, f => /^✖ Error 50[03]/.test(f.split('\n')[1]!));
	app.press(KEYS.enter);
	// Delivered as it is read: a held key would wait in the queue (and go only after the hold's time limit).
	app.press('k');
	assert.equal(app.pendingKeys(), 0, 'k was not held');
	await waitForFrame(app, 'row 25 of 1,234');
	sandbox.setFaults({});
	app.press('r');
	await waitForFrame(app, f => /row \d+ of 1,234/.test(f) && !f.includes('✖ Error'));
});

test('a created connection is announced, and back in the list the cursor stays on the connection it was on', async () => {
	const before = await firstPage();
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 1,234');
	app.press('jjj');
	await waitForFrame(app, 'row 4 of 1,234');
	app.press('c');
	await waitForFrame(app, 'Step 1 of');
	app.press(KEYS.enter);
	await waitForFrame(app, 'Teams Operator Connect');
	// Past the disabled profile to an enabled one, then Enter on every optional step to the review and Submit.
	app.press(KEYS.down + KEYS.down + KEYS.enter);
	await waitForFrame(app, 'Step 3 of');
	app.press(KEYS.enter.repeat(7));
	await waitForFrame(app, '❯ Submit');
	app.press(KEYS.enter);
	const detail = await waitForFrame(app, f => /✔ Created \d{19}$/.test(f.split('\n')[0]!) && f.includes('Identity'));
	const created = /Created (\d{19})/.exec(detail)![1]!;
	assert.match(detail.split('\n')[1]!, new RegExp(`^External connection ${created}`));
	app.press(KEYS.escape);
	const list = await waitForFrame(app, 'row 5 of 1,235');
	assert.ok(selectedLine(list).includes(before.data[3]!.id), `the cursor is still on the fourth connection, now the fifth row:\n${list}`);
	assert.match(list, /Created \d{19} · Enter open/);
	app.press('j');
	assert.doesNotMatch(await waitForFrame(app, 'row 6 of 1,235'), /Created/, 'the next action clears the notice');
});
