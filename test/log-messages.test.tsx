// Log messages: the count on a connection's detail, its messages (m), every connection's from the main list (M),
// a message's detail, and dismissing one behind the shared confirmation (Cancel first): one DELETE, the row gone in place.
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

const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('› ')) ?? '';
// The connection a main-list row is: its name cell may still be arriving, its id is there with the row.
const selectedId = (frame: string) => /\b\d{19}\b/.exec(selectedLine(frame))?.[0];
const deletes = () => sandbox.requests.filter(request => request.method === 'DELETE');
/** The first row's connection name, once the main list has it. */
async function rowName(running: RenderedApp): Promise<string> {
	const frame = await waitForFrame(
		running,
		f => f.includes('row 1 of 300') && /^› \S/.test(selectedLine(f)) && !selectedLine(f).startsWith('› …'),
	);
	return /^› (.+?)\s{2}/.exec(selectedLine(frame))![1]!;
}

test("a connection's detail counts its log messages; m lists them, Enter opens one, d asks, Cancel first, then dismisses it in place", async () => {
	app = renderApp(sandbox);
	const name = await rowName(app);
	app.press(KEYS.enter);
	const detail = await waitForFrame(app, /m \d[\d,]* log messages?/);
	const id = /External connection (\d+)/.exec(detail)![1]!;
	const count = Number(/m (\d[\d,]*) log message/.exec(detail)![1]!.replace(/,/g, ''));
	assert.ok(detail.includes('n numbers'), detail);

	app.press('m');
	let frame = await waitForFrame(app, `row 1 of ${count.toLocaleString('en-US')}`);
	assert.ok(frame.split('\n')[0]!.includes(`Log messages · ${name}`), frame);
	assert.ok(sandbox.requests.some(request => request.query['filter[external_connection_id]'] === id));
	const second = frame.split('\n').filter(line => /^[ ›] /.test(line))[2]!;
	app.press(KEYS.enter);
	frame = await waitForFrame(app, frame => frame.includes('Log message ') && frame.includes('d dismiss'));
	assert.ok(frame.includes(id), 'the message names its connection');
	assert.ok(frame.split('\n')[0]!.includes('External connections › connection › log messages › log message'), frame);

	app.press('d');
	frame = await waitForFrame(app, 'Dismiss this message for good?');
	assert.match(frame, /❯ Cancel/, 'Cancel is the first choice');
	app.press(KEYS.enter);
	await waitForFrame(app, 'd dismiss');
	assert.equal(deletes().length, 0, 'Cancel sends nothing');

	app.press('d');
	await waitForFrame(app, 'Dismiss this message for good?');
	app.press(KEYS.down + KEYS.enter);
	frame = await waitForFrame(app, `row 1 of ${(count - 1).toLocaleString('en-US')}`);
	assert.equal(deletes().length, 1, 'one DELETE');
	assert.equal(selectedLine(frame).slice(2), second.slice(2), 'the cursor on the next message, in place');

	// Back on the connection, which stayed open under the list: its count is read again, not reopened.
	const connectionReads = () =>
		sandbox.requests.filter(request => request.method === 'GET' && request.path.endsWith(`/external_connections/${id}`)).length;
	const readsBefore = connectionReads();
	app.press(KEYS.escape);
	await waitForFrame(app, `m ${(count - 1).toLocaleString('en-US')} log message`);
	assert.equal(connectionReads(), readsBefore, 'the detail is not opened again');
});

test("M on the main list opens every connection's log messages; Esc goes back to the same row", async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press('jj');
	// Every name on screen arrived: the log messages of these connections can be named.
	const main = await waitForFrame(app, f => f.includes('row 3 of 300') && !/^[›· ] …\s/m.test(f));
	const rows = [...main.matchAll(/^[›· ] (.{32}) {2}(\d{19}) {2}/gm)].map(([, name, id]) => ({
		name: name!.trim().replace(/…$/, ''),
		id: id!,
	}));
	assert.ok(rows.length > 10, main);
	assert.ok(main.includes('M log · P profiles · J journal · ? help · q quit'), main);
	sandbox.clearRequests();
	app.press('M');
	const frame = await waitForFrame(app, frame => /Log messages\s.*row 1 of \d/.test(frame));
	assert.ok(frame.includes('Esc back'));
	// A message of a connection the main list has named shows that name, not the id.
	const messages = frame.split('\n').filter(line => /^[›· ] \d/.test(line));
	const named = messages.filter(line => rows.some(row => line.includes(row.name.slice(0, 20))));
	assert.ok(named.length > 0, frame);
	assert.ok(!messages.some(line => rows.some(row => line.includes(row.id))), `no id where the name is known:\n${frame}`);
	app.press(KEYS.enter);
	const opened = await waitForFrame(app, 'd dismiss');
	assert.ok(opened.split('\n')[0]!.includes('External connections › log messages › log message'), opened);
	app.press(KEYS.escape);
	await waitForFrame(app, frame => /Log messages\s.*row 1 of \d/.test(frame));
	const listed = sandbox.requests.filter(request => request.path.endsWith('/log_messages'));
	assert.ok(
		listed.length > 0 && listed.every(request => request.query['filter[external_connection_id]'] === undefined),
		'no connection filter',
	);
	app.press(KEYS.escape);
	const back = await waitForFrame(app, 'row 3 of 300');
	assert.ok(selectedId(main), main);
	assert.equal(selectedId(back), selectedId(main));
});
