// From a log message, c opens the connection it is about and n the record of its number, over the sandbox.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp} from './helpers/render-app.js';

let sandbox: Sandbox;
before(async () => {
	sandbox = await startSandbox({});
});
after(async () => {
	await sandbox.close();
});

const field = (frame: string, name: string) => new RegExp(`${name}\\s+(\\S+)`).exec(frame)?.[1];

test("a log message's c opens its connection and n its number's record; Esc comes back each time", async () => {
	const app = renderApp(sandbox);
	try {
		await waitForFrame(app, 'row 1 of 300');
		app.press('M');
		await waitForFrame(app, frame => /row 1 of \d+/.test(frame) && frame.includes('Esc back'));
		app.press(KEYS.enter);
		const message = await waitForFrame(app, frame => frame.includes('c connection') && frame.includes('n number'));
		const connectionId = field(message, 'external_connection_id')!;
		const number = field(message, 'telephone_number')!;
		assert.match(connectionId, /^\d+$/);
		assert.match(number, /^\+\d+$/);

		app.press('n');
		const record = await waitForFrame(app, frame => frame.includes('Phone number ') && frame.includes('e location'));
		assert.equal(field(record, 'telephone_number'), number, 'the record of the message’s number');
		const asked = sandbox.requests.filter(request => request.path === `/external_connections/${connectionId}/phone_numbers`);
		assert.ok(
			asked.some(request => request.query['filter[phone_number][eq]'] === number),
			'the number is found by its E.164 number among its connection’s numbers',
		);

		app.press(KEYS.escape);
		await waitForFrame(app, 'row 1 of 1');
		app.press(KEYS.escape);
		await waitForFrame(app, frame => frame.includes(`External connection ${connectionId}`) && frame.includes('e edit'));
		app.press(KEYS.escape);
		await waitForFrame(app, 'c connection');

		app.press('c');
		await waitForFrame(app, frame => frame.includes(`External connection ${connectionId}`) && frame.includes('m '));
		app.press(KEYS.escape);
		await waitForFrame(app, 'c connection');
	} finally {
		app.unmount();
	}
});
