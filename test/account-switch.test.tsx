// A on the main list switches to another saved profile without a restart: two sandboxes over real HTTP, each with
// its own key and the same seeded ids, the first with one connection's tags changed. After the switch the list
// and a connection's detail come from the second account; nothing cached for the first is shown or asked of it again.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {chmod, mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import React from 'react';
import {createApiClient} from '../source/api/client.js';
import {saveKey, savedKeyPath} from '../source/config/key-file.js';
import {writeProfilesFile} from '../source/config/profiles-file.js';
import {placeOf} from '../source/components/app-header.js';
import {openList} from '../source/resources/open-list.js';
import {RekeyableApp, type Account} from '../source/rekeyable-app.js';
import {profileSwitch, type Target} from '../source/profile-switch.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';

const ALPHA_KEY = 'KEYalpha_account_000000001';
const BETA_KEY = 'KEYbeta_account_0000000002';
const ALPHA_TAG = 'alpha1';

let alpha: Sandbox;
let beta: Sandbox;
let env: NodeJS.ProcessEnv;
let changedId: string;

before(async () => {
	[alpha, beta] = await Promise.all([startSandbox({apiKey: ALPHA_KEY, count: 30}), startSandbox({apiKey: BETA_KEY, count: 30})]);
	const alphaClient = createApiClient({baseUrl: alpha.url, apiKey: ALPHA_KEY, retries: 0});
	const [newest] = (await alphaClient.listExternalConnections({pageNumber: 1, pageSize: 1})).data;
	changedId = newest!.id;
	const outbound = {outbound_voice_profile_id: String(newest!.outbound?.outbound_voice_profile_id)};
	await alphaClient.updateExternalConnection(changedId, {tags: [ALPHA_TAG], outbound});
	env = {XDG_CONFIG_HOME: await mkdtemp(path.join(os.tmpdir(), 'ec-tui-switch-'))};
	await saveKey(ALPHA_KEY, env, 'alpha');
	await saveKey(BETA_KEY, env, 'beta');
	await saveKey('KEYleaky', env, 'leaky');
	await chmod(savedKeyPath(env, 'leaky'), 0o644);
	await writeProfilesFile(env, {
		defaultProfile: 'alpha',
		profiles: {alpha: {baseUrl: alpha.url}, beta: {baseUrl: beta.url, readOnly: true}, leaky: {baseUrl: beta.url}},
	});
});

after(async () => {
	await Promise.all([alpha.close(), beta.close()]);
});

async function account(target: Target): Promise<Account> {
	return {list: openList(target, {names: true}), place: placeOf(false, target.baseUrl, target.profile)};
}

test('A switches to another profile: its list, names and details, nothing of the first account kept or asked again', async () => {
	const first = await account({baseUrl: alpha.url, apiKey: ALPHA_KEY, profile: 'alpha'});
	const app = renderWithKeys(
		<RekeyableApp initial={first} switcher={profileSwitch(env, false, account)} onExit={() => undefined} watch={false} />,
	);
	await waitForFrame(app, frame => frame.includes(ALPHA_TAG) && frame.includes('row 1 of 30'));
	assert.match(app.lastFrame()!, new RegExp(`^alpha · 127\\.0\\.0\\.1:${new URL(alpha.url).port}`));
	// The changed connection's detail, read from the first account and cached there.
	app.stdin.write(KEYS.enter);
	await waitForFrame(app, frame => frame.includes(`External connection ${changedId}`) && frame.includes(ALPHA_TAG));
	app.stdin.write(KEYS.escape);
	await waitForFrame(app, 'row 1 of 30');

	app.stdin.write('A');
	let frame = await waitForFrame(app, 'Switch to which saved profile?');
	assert.match(frame, /❯ alpha · http:\/\/127\.0\.0\.1:\d+ · \(in use\)/);
	assert.match(frame, /beta · http:\/\/127\.0\.0\.1:\d+ · read-only/);
	assert.ok(!frame.includes('KEY'), 'no key in the menu');

	// A profile whose key file others may read is refused, and the menu stays.
	app.stdin.write('3');
	frame = await waitForFrame(app, /✖ Refusing the API key file .*api-key\.leaky/);
	assert.match(frame, /Switch to which saved profile\?/, 'the menu stays');
	const alphaAsked = alpha.requests.length;
	const betaAsked = beta.requests.length;
	app.stdin.write('2');
	frame = await waitForFrame(app, frame => frame.startsWith('beta · ') && frame.includes('row 1 of 30'));
	assert.ok(!frame.includes(ALPHA_TAG), `the first account's tags for ${changedId} are gone:\n${frame}`);
	assert.ok(
		beta.requests.slice(betaAsked).some(request => request.path.endsWith('/external_connections')),
		'the list was read from the second account',
	);

	app.stdin.write(KEYS.enter);
	frame = await waitForFrame(app, frame => frame.includes(`External connection ${changedId}`) && frame.includes('Identity'));
	assert.ok(!frame.includes(ALPHA_TAG), `the detail is the second account's:\n${frame}`);
	assert.ok(
		beta.requests.slice(betaAsked).some(request => request.path.endsWith(`/external_connections/${changedId}`)),
		'the detail was read from the second account',
	);
	assert.deepEqual(
		alpha.requests.slice(alphaAsked).filter(request => request.path.endsWith(`/external_connections/${changedId}`)),
		[],
		'nothing of the first account was asked again',
	);
	// The app's own keys still work on the account it started over on.
	app.stdin.write(KEYS.escape);
	await waitForFrame(app, 'row 1 of 30');
	app.stdin.write('?');
	await waitForFrame(app, 'On this screen');
	app.unmount();
});

test('Esc closes the menu and the list is as it was; with nothing saved it says how to save a profile', async () => {
	const empty = {XDG_CONFIG_HOME: await mkdtemp(path.join(os.tmpdir(), 'ec-tui-switch-'))};
	const first = await account({baseUrl: alpha.url, apiKey: ALPHA_KEY});
	const app = renderWithKeys(
		<RekeyableApp initial={first} switcher={profileSwitch(empty, false, account)} onExit={() => undefined} watch={false} />,
	);
	await waitForFrame(app, 'row 1 of 30');
	app.stdin.write('jj');
	await waitForFrame(app, 'row 3 of 30');
	app.stdin.write('A');
	await waitForFrame(app, 'No profiles are saved: in a shell, ec-tui profile add NAME saves one.');
	app.stdin.write(KEYS.escape);
	const frame = await waitForFrame(app, 'row 3 of 30');
	assert.match(frame, new RegExp(`^127\\.0\\.0\\.1:${new URL(alpha.url).port}  External connections`), 'no profile in the header');
	app.unmount();
});
