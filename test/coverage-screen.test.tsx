// A connection's emergency coverage (E on its detail): one count request per location, never a walk over the
// numbers; locations with no address known first; s sets one through PATCH …/locations/{id}, once, and what the
// answer teaches (set, or already accepted) moves the location down.
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

const patches = () => sandbox.requests.filter(request => request.method === 'PATCH' && request.path.includes('/locations/'));
const rowsOf = (frame: string) => frame.split('\n').filter(line => /^[› ] (none known|set|accepted)\s/.test(line));
const unknownCount = (frame: string) => Number(/· (\d+) with no emergency address known/.exec(frame)?.[1]);

test('E counts each location once, none known first by numbers; s sets the address, a refusal marks it accepted', async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	await waitForFrame(app, 'n numbers');
	sandbox.clearRequests();
	app.press('E');
	let frame = await waitForFrame(
		app,
		frame => frame.includes('emergency coverage') && / locations · /.test(frame) && !frame.includes('counting'),
	);
	const rows = rowsOf(frame);
	const counts = sandbox.requests.filter(request => request.path.endsWith('/phone_numbers'));
	assert.ok(rows.length > 1, frame);
	assert.equal(counts.length, rows.length, 'one count per location');
	assert.ok(
		counts.every(request => request.query['page[size]'] === '1' && typeof request.query['filter[location_id][eq]'] === 'string'),
		JSON.stringify(counts.map(request => request.query)),
	);
	assert.equal(new Set(counts.map(request => request.query['filter[location_id][eq]'])).size, rows.length);
	const numbers = rows.map(line => Number(/^\S\s+none known\s+([\d,]+)/.exec(line)?.[1]?.replaceAll(',', '')));
	assert.deepEqual(
		numbers,
		[...numbers].sort((a, b) => b - a),
		'the most numbers first',
	);
	assert.equal(unknownCount(frame), rows.length);

	// s on the first: its own address is offered first; Enter sends one PATCH.
	app.press('s');
	frame = await waitForFrame(app, 'Static emergency address for');
	const location = /Static emergency address for (.+)\? Nothing/.exec(frame)![1]!;
	app.press(KEYS.enter);
	frame = await waitForFrame(app, '✔ Emergency address of');
	assert.equal(patches().length, 1);
	assert.equal(unknownCount(frame), rows.length - 1);
	assert.ok(
		rowsOf(frame).some(line => /^. set\s/.test(line) && line.includes(location)),
		`${location} is set, below those still to check:\n${frame}`,
	);
	assert.match(rowsOf(frame)[0]!, /^› none known/, 'the cursor on the first location still without one');

	// Set the rest until Telnyx refuses one that Teams had accepted: the app learns that too.
	for (let sent = 1; !frame.includes('✖') && sent < rows.length; sent++) {
		app.press('s');
		const next = /Static emergency address for (.+)\? Nothing/.exec(await waitForFrame(app, 'Static emergency address for'))![1]!;
		app.press(KEYS.enter);
		frame = await waitForFrame(app, frame => frame.includes(`✔ Emergency address of ${next} set`) || frame.includes('✖'));
	}
	assert.match(frame, /already accepted an emergency address/, "Telnyx's refusal, explained");
	assert.equal(unknownCount(frame), rows.length - 2, 'the refused location is no longer among those to check');
	// The accepted location went last, after those set.
	app.press('G');
	await waitForFrame(app, frame => /^› accepted\s/m.test(frame));
});
