import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {StartScreen, type StartChoice} from '../source/screens/start/start-screen.js';
import {checkKey} from '../source/screens/start/check-key.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {KEYS} from './helpers/keys.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';

let sandbox: Sandbox;
before(async () => {
	sandbox = await startSandbox({count: 5});
});
after(async () => {
	await sandbox.close();
});

test("checkKey: one request of one row; undefined for a good key, Telnyx's error for a bad one, never the key", async () => {
	sandbox.clearRequests();
	assert.equal(await checkKey(sandbox.url, sandbox.apiKey), undefined);
	assert.equal(sandbox.requests.length, 1);
	assert.equal(sandbox.requests[0]!.query['page[size]'], '1');
	const refused = await checkKey(sandbox.url, 'KEY_wrong_one_123');
	assert.match(refused ?? '', /^401 · 10009 · Authentication failed/);
	assert.ok(!refused!.includes('KEY_wrong_one_123'));
});

test('the start screen checks a key before offering to save it, and shows why when it fails', async () => {
	const choices: StartChoice[] = [];
	const view = renderWithKeys(
		<StartScreen
			savePath="/tmp/ec-tui-test/api-key"
			checkKey={key => checkKey(sandbox.url, key)}
			onDone={choice => choices.push(choice)}
		/>,
	);
	await waitForFrame(view, 'Enter an API key');
	view.stdin.write(`${KEYS.enter}KEY_wrong_one_123${KEYS.enter}`);
	const refused = await waitForFrame(view, '✖ 401');
	assert.match(refused.replaceAll('\n', ' '), /10009 · Authentication failed/);
	assert.match(refused, /API key: /, 'still on the key, to fix it');
	assert.ok(view.frames.every(frame => !frame.includes('KEY_wrong_one_123')));
	// Ctrl+U clears the field; the right key passes the check and the save question follows.
	view.stdin.write(`\u0015${sandbox.apiKey}${KEYS.enter}`);
	const works = await waitForFrame(view, 'Save the key');
	assert.match(works, /✔ The key works\./);
	assert.doesNotMatch(works, /✖/, 'the old error is gone');
	view.stdin.write(KEYS.enter);
	await waitUntil(() => choices.length > 0, 'the start screen chose');
	assert.deepEqual(choices, [{kind: 'key', key: sandbox.apiKey, save: false}]);
	view.unmount();
});
