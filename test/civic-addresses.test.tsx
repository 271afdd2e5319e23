// Civic addresses from a connection's detail (a): the list, an address with its locations, and s: a location's
// static emergency address picked from menus (one PATCH); set again, the 422 is explained.
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

test("a lists the addresses; s on one sets a location's emergency address from two menus, and setting it again is explained", async () => {
	app = renderApp(sandbox);
	await waitForFrame(app, 'row 1 of 300');
	app.press(KEYS.enter);
	await waitForFrame(app, 'a addresses');
	sandbox.clearRequests();
	app.press('a');
	let frame = await waitForFrame(app, /Civic addresses · .+\s+row 1 of \d+/);
	assert.match(frame, /description\s+address\s+country\s+locations/);
	assert.equal(
		sandbox.requests.filter(request => request.path.endsWith('/civic_addresses')).length,
		1,
		'one request: the list has no paging',
	);

	app.press(KEYS.enter);
	frame = await waitForFrame(app, frame => frame.includes('Civic address ') && frame.includes('s emergency address'));
	assert.match(frame, /Location 1 of \d+/);

	const setOnce = async () => {
		app!.press('s');
		const shown = await waitForFrame(app!, /Set the emergency address of which location|Static emergency address for/);
		if (shown.includes('which location')) {
			app!.press(KEYS.enter);
			await waitForFrame(app!, 'Static emergency address for');
		}
		app!.press(KEYS.enter);
		return waitForFrame(app!, f => f.includes('✔ Emergency address of') || f.includes('✖ Error'));
	};

	frame = await setOnce();
	assert.ok(frame.includes('✔ Emergency address of'), frame);
	assert.equal(patches().length, 1, 'sent once');
	assert.match(patches()[0]!.body ?? '', /^\{"static_emergency_address_id":"[\da-f-]{36}"\}$/);

	frame = await setOnce();
	assert.ok(frame.includes('✖ Error 422'), frame);
	assert.ok(frame.includes('Microsoft Teams has already accepted an emergency address for this location'), frame);
	assert.equal(patches().length, 2, 'never retried');
});
