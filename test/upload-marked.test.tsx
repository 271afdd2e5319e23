// Numbers marked in a connection's list (Space) and uploaded in one go (U): their ids come from the rows, the
// destination and usage from menus, the exact body is reviewed, one POST, then the uploads list shows it moving.
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

const posts = () => sandbox.requests.filter(request => request.method === 'POST' && request.path.endsWith('/uploads'));
const numberRows = (frame: string) => frame.split('\n').filter(line => /^..\+\d{11}/.test(line));

async function openNumbers(): Promise<RenderedApp> {
	const rendered = renderApp(sandbox);
	await waitForFrame(rendered, 'row 1 of 300');
	rendered.press(KEYS.enter);
	await waitForFrame(rendered, 'n numbers');
	rendered.press('n');
	// Locations by name: the address list is here, so the menus have it too.
	await waitForFrame(rendered, frame => frame.includes('row 1 of 10,000') && /^› \+\d+\s+GB\s+[A-Z]/m.test(frame));
	return rendered;
}

test('Space marks across keys sent at once; U uploads the marked numbers by id to a chosen location, then shows the upload', async () => {
	app = await openNumbers();
	// Mark, skip, mark, mark: keys in one read, each acting on the cursor the one before left.
	app.press(' j  ');
	let frame = await waitForFrame(app, 'row 5 of 10,000 · 3 marked');
	const rows = numberRows(frame);
	assert.deepEqual(
		rows.slice(0, 5).map(line => line.slice(0, 2)),
		[' *', '  ', ' *', ' *', '› '],
		'the marked rows show *, the cursor moved past them',
	);
	const marked = [0, 2, 3].map(index => /\+\d+/.exec(rows[index]!)![0]);
	assert.ok(frame.includes('Space mark') && frame.includes('U upload') && frame.includes('Esc unmark'), frame);

	app.press('U');
	frame = await waitForFrame(app, 'Where do the numbers go?');
	assert.ok(frame.includes('New upload of 3 numbers'), 'the ids came with the rows: no lookup, straight to the destination');
	const lookups = sandbox.requests.filter(request => request.query['filter[phone_number][eq]'] !== undefined);
	assert.equal(lookups.length, 0);
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(app, 'The usage of the upload?');
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(app, 'Additional usages?');
	app.press(KEYS.enter);
	frame = await waitForFrame(app, 'Send this body?');
	const body = frame.replaceAll('\n', '');
	for (const number of marked) assert.match(frame, new RegExp(`= \\${number}`), `${number} beside its id`);
	assert.match(frame, /Send this body\? 3 numbers to location /);
	assert.equal(posts().length, 0);
	app.press(KEYS.down + KEYS.enter);
	await waitForFrame(
		app,
		frame => frame.includes('✔ Upload started: ticket') && frame.includes('Uploads ·') && frame.includes(`3 · ${marked[0]}`),
	);
	assert.equal(posts().length, 1, 'sent once');
	const sent = JSON.parse(posts()[0]!.body ?? '{}') as {number_ids: string[]; location_id: string; usage: string};
	assert.equal(sent.usage, 'calling_user_assignment');
	assert.ok(body.includes(JSON.stringify(sent)), 'what was sent is the body reviewed');
	assert.equal(sent.number_ids.length, 3);

	// Back from the uploads: the connection, whose numbers list opens without the marks.
	app.press(KEYS.escape);
	await waitForFrame(app, frame => frame.includes('n numbers') && !frame.includes('Uploads ·'));
	app.press('n');
	frame = await waitForFrame(app, frame => frame.includes('row 1 of 10,000') && /^› \+\d+\s+GB\s+[A-Z]/m.test(frame));
	assert.ok(!frame.includes('marked'), frame);
});

test('Esc unmarks first and goes back second; U with nothing marked takes the number under the cursor', async () => {
	app = await openNumbers();
	const postsBefore = posts().length;
	app.press('  ');
	await waitForFrame(app, '2 marked');
	app.press(KEYS.escape);
	let frame = await waitForFrame(app, frame => frame.includes('row 3 of 10,000') && !frame.includes('marked'));
	assert.ok(frame.includes('Esc back'), 'with no marks left, Esc goes back again');
	app.press('U');
	frame = await waitForFrame(app, 'Where do the numbers go?');
	assert.ok(frame.includes('New upload of 1 number '), frame);
	// Esc: back to the numbers field, which holds the number, then to the list, nothing sent.
	app.press(KEYS.escape);
	frame = await waitForFrame(app, 'New upload of numbers');
	assert.match(frame, /\+4411349600\d\d/);
	app.press(KEYS.escape);
	frame = await waitForFrame(app, 'row 3 of 10,000');
	assert.equal(posts().length, postsBefore, 'nothing sent');
	assert.ok(frame.includes('Esc back') && frame.includes('? help'), "the list's own footer again, not the closed form's");
	app.press(KEYS.escape);
	await waitForFrame(app, frame => frame.includes('n numbers') && !frame.includes('row 3 of 10,000'));
});
