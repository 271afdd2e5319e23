import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {StartScreen} from '../source/screens/start/start-screen.js';
import {HELP_TEXT} from '../source/config/help-text.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';

const KEY = 'KEYsecret_visible_9f8e7d6c';
const WRONG_KEY = 'KEYwrong_visible_1a2b3c4d';
let sandbox: Sandbox;

before(async () => {
	sandbox = await startSandbox({count: 300, apiKey: KEY});
});
after(async () => {
	await sandbox.close();
});

function assertNoKeyInFrames(app: {frames: string[]}, ...keys: string[]) {
	assert.ok(app.frames.length > 1, 'frames were rendered');
	for (const frame of app.frames) for (const key of keys) assert.ok(!frame.includes(key), `a frame showed a key:\n${frame}`);
}

test('the key appears in no frame of any screen or error state', async () => {
	const app: RenderedApp = renderApp(sandbox, {apiKey: KEY});
	try {
		await waitForFrame(app, 'row 1 of 300');
		app.press('?');
		await waitForFrame(app, 'Keys');
		app.press(KEYS.escape);
		await waitForFrame(app, 'row 1 of 300');
		app.press('/');
		await waitForFrame(app, 'Filter external connections');
		app.press('ab');
		await waitForFrame(app, 'Name contains   ab');
		app.press(KEYS.enter);
		await waitForFrame(app, '✖');
		app.press(KEYS.escape);
		await waitForFrame(app, 'row 1 of 300');
		app.press(KEYS.enter);
		await waitForFrame(app, 'Identity');
		app.press('J');
		await waitForFrame(app, '"external_connection"');
		app.press(KEYS.escape);
		await waitForFrame(app, 'row 1 of 300');
		app.press('c');
		await waitForFrame(app, 'Step 1 of');
		app.press(KEYS.escape);
		await waitForFrame(app, 'row 1 of 300');
		sandbox.setFaults({failRate: 1});
		app.press(KEYS.end);
		await waitForFrame(app, '✖ Error');
		sandbox.setFaults({malformedRate: 1});
		app.press('r');
		await waitForFrame(app, /could not read|✖ Error/);
		assertNoKeyInFrames(app, KEY);
	} finally {
		sandbox.setFaults({});
		app.unmount();
	}
});

test('a rejected key is not shown either', async () => {
	const app = renderApp(sandbox, {apiKey: WRONG_KEY});
	try {
		await waitForFrame(app, '10009');
		assertNoKeyInFrames(app, WRONG_KEY, KEY);
	} finally {
		app.unmount();
	}
});

test('a key typed on the start screen is masked', async () => {
	const screen = renderWithKeys(<StartScreen savePath="/tmp/x/api-key" onDone={() => {}} />);
	await waitForFrame(screen, 'Enter an API key');
	screen.stdin.write(KEYS.enter);
	await waitForFrame(screen, 'API key:');
	screen.stdin.write(KEY);
	await waitForFrame(screen, '•'.repeat(KEY.length));
	screen.stdin.write(KEYS.enter);
	await waitForFrame(screen, 'Save the key');
	assertNoKeyInFrames(screen, KEY);
	screen.unmount();
});

test('--help names where the key comes from but holds no key', () => {
	assert.match(HELP_TEXT, /TELNYX_API_KEY/);
	assert.ok(!HELP_TEXT.includes(KEY));
});
