import assert from 'node:assert/strict';
import {after, afterEach, before, test} from 'node:test';
import React from 'react';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import type {ExternalConnection} from '../source/api/types.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {CreateWizard} from '../source/screens/create/index.js';
import {KEYS} from './helpers/keys.js';
import {HANG_MS, waitForFrame, waitUntil} from './helpers/wait-for.js';

let sandbox: Sandbox;
let client: ApiClient;
let wizard: Wizard | undefined;

before(async () => {
	sandbox = await startSandbox({count: 40});
	client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retryBaseMs: 5, timeoutMs: HANG_MS});
});
after(async () => {
	await sandbox.close();
});
afterEach(() => {
	wizard?.unmount();
	wizard = undefined;
	sandbox.setFaults({});
	sandbox.clearRequests();
});

type Wizard = ReturnType<typeof renderWithKeys> & {
	created: ExternalConnection[];
	cancels: number[];
	/** Waits for a frame, and checks every frame it accepts stays below the terminal's height. */
	see: (expected: string | RegExp | ((frame: string) => boolean)) => Promise<string>;
	press: (keys: string) => Promise<void>;
	type: (text: string) => Promise<void>;
	pick: (label: string) => Promise<void>;
};

function renderWizard(options: {height?: number; apiClient?: ApiClient} = {}): Wizard {
	const height = options.height ?? 60;
	const created: ExternalConnection[] = [];
	const cancels: number[] = [];
	const view = renderWithKeys(
		<CreateWizard
			client={options.apiClient ?? client}
			width={100}
			height={height}
			isActive
			onCancel={() => cancels.push(Date.now())}
			onCreated={connection => created.push(connection)}
		/>,
	);
	const see = async (expected: string | RegExp | ((frame: string) => boolean)) => {
		const frame = await waitForFrame(view, expected);
		assert.ok(frame.split('\n').length < height, `frame of ${frame.split('\n').length} rows in a ${height}-row area:\n${frame}`);
		return frame;
	};

	// Ink delivers an escape sequence one event-loop turn after it arrives, React renders, and the key
	// handlers re-subscribe in effects a turn later. Letting the loop turn a few times (no I/O, no clock)
	// makes the next key reach the handlers of the frame we saw, even when a key changes nothing visible.
	const press = async (keys: string) => {
		for (let turn = 0; turn < 4; turn++) await new Promise(resolve => setImmediate(resolve));
		view.stdin.write(keys);
	};

	const type = async (text: string) => {
		const before = view.lastFrame() ?? '';
		const field = /› (.*)$/m.exec(before)?.[1]?.trimEnd() ?? '';
		await press(text);
		const typed = field.startsWith('empty = left out') || field.startsWith('digits, e.g.') ? text : field + text;
		await see(`› ${typed}`);
	};

	const selected = (frame: string) => frame.split('\n').find(line => line.startsWith('❯')) ?? '';
	const pick = async (label: string) => {
		for (let moves = 0; !selected(view.lastFrame() ?? '').includes(label); moves++) {
			assert.ok(moves < 12, `no item "${label}" in:\n${view.lastFrame()}`);
			const current = selected(view.lastFrame() ?? '');
			await press(KEYS.down);
			await see(frame => selected(frame) !== current);
		}
	};

	wizard = {...view, created, cancels, see, press, type, pick};
	return wizard;
}

/** A frame's text with its wrapped lines joined, for sentences that wrap. */
const oneLine = (frame: string) => frame.replaceAll('\n', ' ');
const posts = () => sandbox.requests.filter(request => request.method === 'POST');

/** Enter on a step, then waits for the next one. */
async function next(w: Wizard, nextStep: string): Promise<string> {
	await w.press(KEYS.enter);
	return w.see(nextStep);
}

/** From the first frame to Step `step`, accepting each earlier step as it stands (the first profile offered). */
async function acceptDefaultsTo(w: Wizard, step: number): Promise<void> {
	await w.see('Step 1 of 10');
	await next(w, 'Step 2 of 10');
	await w.see('Teams Operator Connect');
	await w.pick('Teams Operator Connect');
	for (let n = 3; n <= step; n++) await next(w, `Step ${n} of 10`);
}

/** From the first frame to the review, leaving every optional step as it is. */
async function walkToReview(w: Wizard, options: {tags?: string; typedProfile?: string} = {}): Promise<string> {
	await w.see('Step 1 of 10');
	await next(w, 'Step 2 of 10');
	if (options.typedProfile) {
		await w.see('Zoom Default');
		await w.pick('Type an id…');
		await next(w, '› digits, e.g.');
		await w.type(options.typedProfile);
	} else {
		await w.see('Teams Operator Connect');
		await w.pick('Teams Operator Connect');
	}

	await next(w, 'Step 3 of 10');
	await next(w, 'Step 4 of 10');
	await next(w, 'Step 5 of 10');
	if (options.tags) await w.type(options.tags);
	await next(w, 'Step 6 of 10');
	await next(w, 'Step 7 of 10');
	await next(w, 'Step 8 of 10');
	await next(w, 'Step 9 of 10');
	return next(w, 'Step 10 of 10 · Review');
}

test('happy path with every optional part: one POST, onCreated gets the new connection, the list shows it', async () => {
	const w = renderWizard();
	let frame = await w.see('Step 1 of 10');
	assert.match(frame, /Service · external_sip_connection · required/);
	assert.match(frame, /The service that will be consuming this connection\./);
	assert.match(frame, /Default: zoom/);
	assert.match(frame, /Operator Connect connections are created by Telnyx, not here\./);

	frame = await next(w, 'Step 2 of 10');
	assert.match(frame, /Outbound voice profile · outbound\.outbound_voice_profile_id · required/);
	await w.see('Zoom Default · 1911630617284445511');
	await w.pick('Zoom Default');
	frame = await next(w, 'Step 3 of 10');
	assert.match(frame, /optional/);
	await w.type('10');
	await next(w, 'Step 4 of 10');
	await w.pick('No');
	await next(w, 'Step 5 of 10');
	await w.type('blue, q ,東京,, blue');
	await w.see('Will send: ["blue","q","東京"]');
	await next(w, 'Step 6 of 10');
	await w.type('https://example.com/hooks');
	await next(w, 'Step 7 of 10');
	await w.type('https://failover.example.com');
	await next(w, 'Step 8 of 10');
	await w.type('0');
	frame = await next(w, 'Step 9 of 10');
	assert.match(frame, /❯ No/);
	await w.press(KEYS.up);
	await w.see('❯ Yes');
	await next(w, 'Step 10 of 12');
	await w.see('office · 1293384261075731499');
	await w.pick('office');
	await next(w, 'Step 11 of 12');
	await w.type('5');
	frame = await next(w, 'Step 12 of 12 · Review');

	for (const value of [
		'1911630617284445511 (Zoom Default)',
		'blue, q, 東京',
		'https://failover.example.com',
		'1293384261075731499 (office)',
	]) {
		assert.ok(frame.includes(value), value);
	}

	const body = {
		external_sip_connection: 'zoom',
		active: false,
		outbound: {outbound_voice_profile_id: '1911630617284445511', channel_limit: 10},
		inbound: {outbound_voice_profile_id: '1293384261075731499', channel_limit: 5},
		tags: ['blue', 'q', '東京'],
		webhook_event_url: 'https://example.com/hooks',
		webhook_event_failover_url: 'https://failover.example.com',
		webhook_timeout_secs: 0,
	};
	assert.ok(frame.includes(JSON.stringify(body, null, 2)), `the exact body:\n${frame}`);
	assert.match(frame, /❯ Submit\n {2}Edit a field\n {2}Cancel/);

	await w.press(KEYS.enter);
	// Enter again at once: the menu is gone while sending, and the reducer ignores a second submit.
	w.stdin.write(KEYS.enter);
	await waitUntil(() => w.created.length === 1, 'onCreated');
	const [connection] = w.created;
	assert.ok(connection);
	assert.deepEqual(
		{
			active: connection.active,
			tags: connection.tags,
			outbound: connection.outbound,
			inbound: connection.inbound,
			timeout: connection.webhook_timeout_secs,
			url: connection.webhook_event_url,
		},
		{
			active: false,
			tags: ['blue', 'q', '東京'],
			outbound: body.outbound,
			inbound: {channel_limit: 5},
			timeout: 0,
			url: body.webhook_event_url,
		},
	);
	assert.equal(posts().length, 1);
	assert.equal(posts()[0]?.status, 201);
	const listed = await client.listExternalConnections({pageNumber: 1, pageSize: 250});
	assert.ok(
		listed.data.some(item => item.id === connection.id),
		'the sandbox lists the new connection',
	);
	assert.equal(w.cancels.length, 0);
});

test('without the optional parts: the body holds only what is required, nothing sent as ""', async () => {
	const w = renderWizard();
	const frame = await walkToReview(w);
	const body = {external_sip_connection: 'zoom', active: true, outbound: {outbound_voice_profile_id: '1543210987654321098'}};
	assert.ok(frame.includes(JSON.stringify(body, null, 2)), frame);
	assert.match(frame, /Webhook URL +— \(left out\)/);
	await w.press(KEYS.enter);
	await waitUntil(() => w.created.length === 1, 'onCreated');
	assert.deepEqual(w.created[0]?.outbound, {outbound_voice_profile_id: '1543210987654321098'});
	assert.deepEqual(w.created[0]?.tags, []);
	assert.equal(posts().length, 1);
});

test('an invalid value shows the rule under the field, keeps the text, and is corrected without retyping', async () => {
	const w = renderWizard();
	await acceptDefaultsTo(w, 6);
	await w.type('example.com');
	await w.press(KEYS.enter);
	const frame = await w.see('✖ Not an absolute URL');
	assert.match(frame, /Step 6 of 10/);
	assert.match(frame, /› example\.com/);
	// The cursor is at the end of the kept text; the fix is typed around it.
	for (let index = 0; index < 'example.com'.length; index++) await w.press(KEYS.left);
	await w.press('https://');
	await w.see('› https://example.com');
	await next(w, 'Step 7 of 10');
});

test('Esc goes back with values kept; Edit a field jumps there and straight back to the review', async () => {
	const w = renderWizard();
	await acceptDefaultsTo(w, 3);
	await w.type('42');
	await next(w, 'Step 4 of 10');
	await next(w, 'Step 5 of 10');
	await w.type('alpha, q');
	await w.press(KEYS.escape);
	await w.see('Step 4 of 10');
	await w.press(KEYS.escape);
	await w.see('› 42');
	await w.press(KEYS.escape);
	await w.see('❯ Teams Operator Connect');
	await next(w, '› 42');
	await next(w, 'Step 4 of 10');
	await next(w, '› alpha, q');
	await next(w, 'Step 6 of 10');
	await next(w, 'Step 7 of 10');
	await next(w, 'Step 8 of 10');
	await next(w, 'Step 9 of 10');
	let frame = await next(w, 'Review');
	assert.match(frame, /Tags +alpha, q/);
	assert.match(frame, /Outbound channel limit +42/);

	await w.pick('Edit a field');
	await next(w, 'Edit which field?');
	await w.pick('5. Tags: alpha, q');
	await next(w, 'Step 5 of 10 · editing from the review');
	await w.type(', gamma');
	frame = await next(w, 'Review');
	assert.match(frame, /Tags +alpha, q, gamma/);
	assert.match(frame, /Outbound channel limit +42/);
	assert.ok(frame.includes('"channel_limit": 42'));
	assert.equal(posts().length, 0, 'nothing is sent before Submit');
});

test('Esc on the first step: straight back with nothing entered, a discard question otherwise', async () => {
	const w = renderWizard();
	await w.see('Step 1 of 10');
	await w.press(KEYS.escape);
	await waitUntil(() => w.cancels.length === 1, 'onCancel');
	w.unmount();

	const v = renderWizard();
	await v.see('Step 1 of 10');
	await next(v, 'Step 2 of 10');
	await v.see('❯ Type an id…');
	await v.see('Teams Operator Connect');
	await next(v, '› digits');
	await v.type('123');
	await v.press(KEYS.escape);
	await v.see(frame => frame.includes('❯ Type an id…') && frame.includes('Teams Operator Connect') && !frame.includes('› 123'));
	await v.press(KEYS.escape);
	await v.see('Step 1 of 10');
	await v.press(KEYS.escape);
	await v.see('Discard everything entered in this wizard?');
	await v.press(KEYS.enter);
	await v.see('Step 1 of 10');
	assert.equal(v.cancels.length, 0);
	await v.press(KEYS.escape);
	await v.see('❯ No, keep editing');
	await v.pick('Yes, discard');
	await v.press(KEYS.enter);
	await waitUntil(() => v.cancels.length === 1, 'onCancel after discarding');
});

test('a 422 for a typed unknown profile id lands on that step with the server message, then succeeds', async () => {
	const w = renderWizard();
	await walkToReview(w, {typedProfile: '1000000000000000001'});
	await w.press(KEYS.enter);
	const frame = await w.see('✖ Telnyx: Outbound voice profile 1000000000000000001 does not exist.');
	assert.match(frame, /Step 2 of 10 · editing from the review/);
	assert.match(frame, /› 1000000000000000001/);
	assert.deepEqual(
		posts().map(request => request.status),
		[422],
	);

	// Back to the list of profiles, pick a real one: straight back to the review, everything else kept.
	await w.press(KEYS.escape);
	await w.see('❯ Type an id…');
	await w.pick('Zoom Default');
	const review = await next(w, 'Review');
	assert.match(review, /Outbound voice profile +1911630617284445511 \(Zoom Default\)/);
	assert.match(review, /Telnyx rejected the request \(422\)/);
	await w.press(KEYS.enter);
	await waitUntil(() => w.created.length === 1, 'onCreated');
	assert.deepEqual(
		posts().map(request => request.status),
		[422, 201],
	);
});

test('a connection error mid-submit: outcome unknown, everything kept, exactly one POST, check then resend', async () => {
	const w = renderWizard();
	await walkToReview(w, {tags: 'keep, me'});
	sandbox.clearRequests();
	sandbox.setFaults({resetRate: 1});
	await w.press(KEYS.enter);
	let frame = await w.see(shown => oneLine(shown).includes('The outcome is unknown: the connection may or may not have been created.'));
	assert.match(oneLine(frame), /Could not reach 127\.0\.0\.1:\d+: connection reset/);
	assert.equal(posts().length, 1, 'the POST is never retried');
	assert.match(frame, /Tags +keep, me/);
	assert.match(frame, /❯ Check the list first\n {2}Submit again\n {2}Edit a field\n {2}Cancel/);

	sandbox.setFaults({});
	await w.press(KEYS.enter);
	frame = await w.see('Newest connections');
	assert.match(frame, /none has the values above/);
	assert.equal(posts().length, 1);

	await w.pick('Submit again');
	await w.press(KEYS.enter);
	await waitUntil(() => w.created.length === 1, 'onCreated');
	assert.equal(posts().length, 2);
	assert.deepEqual(w.created[0]?.tags, ['keep', 'me']);
});

test("'q' typed into tags is a letter, not a command", async () => {
	const w = renderWizard();
	await acceptDefaultsTo(w, 5);
	await w.type('q');
	await w.type('uit');
	await w.see('Will send: ["quit"]');
	assert.equal(w.cancels.length, 0);
	assert.equal(w.created.length, 0);
});

test('profiles that fail to load: the step says so and falls back to typing the id', async () => {
	const noRetry = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retries: 0});
	sandbox.setFaults({failRate: 1});
	const w = renderWizard({apiClient: noRetry});
	await w.see('Step 1 of 10');
	await waitUntil(() => sandbox.requests.some(request => request.status >= 500), 'the failed profile list');
	sandbox.setFaults({});
	const frame = await next(w, 'Could not load the outbound voice profiles');
	assert.match(frame, /Type the id instead/);
	assert.match(frame, /› digits/);
	await w.type('1911630617284445511');
	await next(w, 'Step 3 of 10');
});

test('a short terminal: every frame stays below its height, the body is clipped with an indication', async () => {
	const w = renderWizard({height: 16});
	const frame = await walkToReview(w, {tags: 'one, two, three'});
	assert.match(frame, /… lines 1–\d+ of \d+\n/);
	assert.match(frame, /PgDn PgUp scroll/, 'the footer says how to scroll it');
	await w.press(KEYS.pageDown);
	await w.see(/… lines [2-9]\d*–\d+ of \d+/);
	await w.see('❯ Submit');
});

test('the profile picker starts on no profile, as "Default: none" says; a disabled one is marked and asks first', async () => {
	const w = renderWizard();
	await next(w, 'Step 2 of 10');
	let frame = await w.see('Teams Operator Connect');
	assert.match(frame, /Default: none/);
	assert.match(frame, /^❯ Type an id…/m, 'the cursor is on no profile');
	assert.match(frame, /^ {2}⊘ disabled · Night Shift Call Centre · \d{19}/m, 'the disabled profile is marked in words');
	await w.pick('Night Shift');
	frame = await next(w, 'Use it anyway?');
	assert.match(frame, /⚠ ⊘ disabled · Night Shift Call Centre/);
	assert.match(frame, /❯ No, pick another profile/);
	await w.press(KEYS.enter);
	await w.see(frame => frame.includes('Step 2 of 10') && !frame.includes('Use it anyway?'));
	await w.press(KEYS.escape);
	await w.see('Step 1 of 10');
	await next(w, 'Step 2 of 10');
	await w.see('Teams Operator Connect');
	await w.pick('Night Shift');
	await next(w, 'Use it anyway?');
	await w.pick('Yes, use the disabled profile');
	await next(w, 'Step 3 of 10');
	await walkOn(w);
	const review = await w.see('Review');
	assert.match(review, /Outbound voice profile +\d{19} \(Night Shift Call Centre\)/);
});

/** From Step 3, Enter on every step to the review. */
async function walkOn(w: Wizard): Promise<void> {
	for (let n = 4; n <= 9; n++) await next(w, `Step ${n} of 10`);
	await next(w, 'Review');
}

test('a picker cut short by a small terminal says how many profiles it does not show', async () => {
	// 67×14 less the app's header line and Ink's spare line.
	const w = renderWizard({height: 12});
	await next(w, 'Step 2 of 10');
	const frame = await w.see(/↑↓ \d+ more \(\d+ in all\)/);
	const shown = frame.split('\n').filter(line => /^[❯ ] (Type an id|.*· \d{19})/.test(line)).length;
	const [, more, all] = /↑↓ (\d+) more \((\d+) in all\)/.exec(frame)!.map(Number);
	assert.equal(shown + more!, all, `${shown} shown + ${more} more = ${all}:\n${frame}`);
	assert.ok(more! > 0);
});
