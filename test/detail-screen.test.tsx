import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import React from 'react';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import {ApiError} from '../source/api/errors.js';
import type {Connection, ExternalConnection} from '../source/api/types.js';
import {osc52Copy} from '../source/terminal/clipboard.js';
import {displayWidth, formatValue} from '../source/text/format.js';
import {DetailScreen} from '../source/screens/detail/detail-screen.js';
import {PROFILES} from '../source/sandbox/profiles.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {KEYS} from './helpers/keys.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';

const GROUPS = ['Identity', 'State', 'Webhooks', 'Inbound', 'Outbound', 'Connection'];
const {escape: ESC, backspace: BACKSPACE, down: DOWN, up: UP} = KEYS;
const SENT = "sent to the terminal's clipboard (OSC 52)";
const profileName = (id: string | undefined) => PROFILES.find(profile => profile.id === id)?.name;

let sandbox: Sandbox;
let client: ApiClient;
let records: ExternalConnection[];

before(async () => {
	sandbox = await startSandbox();
	client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retries: 0});
	records = (await client.listExternalConnections({pageNumber: 1, pageSize: 50})).data;
});

after(async () => {
	await sandbox.close();
});

type Props = Partial<React.ComponentProps<typeof DetailScreen>> & {id: string};

function renderDetail(props: Props) {
	const backs: number[] = [];
	const written: string[] = [];
	const view = renderWithKeys(
		<DetailScreen
			client={client}
			width={100}
			height={80}
			isActive
			onBack={() => backs.push(Date.now())}
			writeToTerminal={data => written.push(data)}
			// Not the tmux the tests may run in: its buffer is the person's.
			clipboard={{env: {}}}
			{...props}
		/>,
	);
	return {view, backs, written};
}

/** Field rows by group: `groups.get('Webhooks')?.get('webhook_event_url')`, wrapped values joined. */
function fieldsOf(frame: string): Map<string, Map<string, string>> {
	const groups = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	let label = '';
	for (const line of frame.split('\n')) {
		if (GROUPS.includes(line.trim()) && !line.startsWith(' ')) {
			current = new Map();
			groups.set(line.trim(), current);
		} else if (current && /^[ ›] /.test(line)) {
			// After the cursor's gutter, labels sit in a column of the longest label's width (26); a wrapped
			// value goes on under a blank label.
			const value = line.slice(29).trimEnd();
			const own = line.slice(2, 28).trim();
			if (own === '') current.set(label, current.get(label)! + value);
			else current.set((label = own), value);
		}
	}
	return groups;
}

/** The label of the line marked '›'. */
const selectedLabel = (frame: string) =>
	frame
		.split('\n')
		.find(line => line.startsWith('› '))
		?.slice(2, 28)
		.trim();
const decodeOsc52 = (sequence: string) => Buffer.from(/52;c;([^\u0007]*)\u0007/.exec(sequence)![1]!, 'base64').toString('utf8');

const loaded = (frame: string) => frame.includes('anchorsite_override');
// For a screen too short to show the Connection group: its connection_name row, near the top, has arrived.
const loadedAtTop = (frame: string) => frame.includes('connection_name') && !frame.includes('loading…');

describe('DetailScreen', () => {
	it('shows every field of both records, grouped', async () => {
		const id = records[0]!.id;
		const external = await client.getExternalConnection(id);
		const connection: Connection = await client.getConnection(id);
		const {view} = renderDetail({id});
		const frame = await waitForFrame(
			view,
			current => loaded(current) && current.includes(` · ${profileName(connection.outbound_voice_profile_id)}`),
		);
		const groups = fieldsOf(frame);
		assert.deepEqual([...groups.keys()], GROUPS);
		const identity = groups.get('Identity')!;
		assert.equal(identity.get('id'), id);
		assert.equal(identity.get('record_type'), formatValue(external.record_type));
		assert.equal(identity.get('external_sip_connection'), external.external_sip_connection);
		assert.equal(identity.get('connection_name'), formatValue(connection.connection_name));
		assert.equal(identity.get('tags'), formatValue(external.tags));
		const state = groups.get('State')!;
		assert.equal(state.get('active'), formatValue(external.active));
		assert.equal(state.get('credential_active'), formatValue(external.credential_active));
		assert.equal(state.get('connection active'), formatValue(connection.active));
		assert.match(state.get('created_at')!, /^\d{4}-\d\d-\d\d \d\d:\d\d UTC \(.+\) · /);
		assert.ok(state.get('created_at')!.endsWith(external.created_at!));
		assert.ok(state.get('updated_at')!.endsWith(external.updated_at!));
		const webhooks = groups.get('Webhooks')!;
		assert.equal(webhooks.get('webhook_event_url'), formatValue(external.webhook_event_url));
		assert.equal(webhooks.get('webhook_event_failover_url'), formatValue(external.webhook_event_failover_url));
		assert.equal(webhooks.get('webhook_api_version'), formatValue(external.webhook_api_version));
		assert.equal(webhooks.get('webhook_timeout_secs'), formatValue(external.webhook_timeout_secs));
		assert.equal(groups.get('Inbound')!.get('channel_limit'), formatValue(external.inbound?.channel_limit));
		assert.equal(groups.get('Inbound')!.get('outbound_voice_profile_id'), '—');
		const outbound = groups.get('Outbound')!;
		assert.equal(outbound.get('channel_limit'), formatValue(external.outbound?.channel_limit));
		const profileId = external.outbound?.outbound_voice_profile_id;
		assert.equal(outbound.get('outbound_voice_profile_id'), `${profileId} · ${profileName(profileId)}`);
		const connectionGroup = groups.get('Connection')!;
		assert.equal(connectionGroup.get('record_type'), formatValue(connection.record_type));
		assert.equal(connectionGroup.get('anchorsite_override'), formatValue(connection.anchorsite_override));
		assert.equal(connectionGroup.get('webhook_event_url'), formatValue(connection.webhook_event_url));
		assert.equal(connectionGroup.get('webhook_event_failover_url'), formatValue(connection.webhook_event_failover_url));
		assert.equal(connectionGroup.get('webhook_api_version'), formatValue(connection.webhook_api_version));
		assert.equal(
			connectionGroup.get('outbound_voice_profile_id'),
			`${connection.outbound_voice_profile_id} · ${profileName(connection.outbound_voice_profile_id)}`,
		);
		assert.equal(connectionGroup.get('tags'), formatValue(connection.tags));
		assert.ok(connectionGroup.get('created_at')!.endsWith(connection.created_at!));
		assert.ok(connectionGroup.get('updated_at')!.endsWith(connection.updated_at!));
		assert.ok(frame.startsWith(`External connection ${id} · ${connection.connection_name}`));
		assert.equal(selectedLabel(frame), 'id', 'the first field is selected');
		assert.equal(frame.split('\n').at(-1), 'Esc back · ↑↓ move · J raw JSON · y copy · ? help · q quit');
		view.unmount();
	});

	it('shows null values as —', async () => {
		const record = records.find(r => r.webhook_event_failover_url === null);
		assert.ok(record, 'a seeded record without a failover URL');
		const {view} = renderDetail({id: record.id});
		const frame = await waitForFrame(view, loaded);
		assert.equal(fieldsOf(frame).get('Webhooks')!.get('webhook_event_failover_url'), '—');
		view.unmount();
	});

	it('starts both requests at once and aborts them on unmount', async () => {
		const started: string[] = [];
		const startedWhenExternalSettled: string[] = [];
		const signals: AbortSignal[] = [];
		const watching: ApiClient = {
			...client,
			async getExternalConnection(id, options) {
				started.push('external');
				signals.push(options!.signal!);
				const result = await client.getExternalConnection(id, options);
				startedWhenExternalSettled.push(...started);
				return result;
			},
			getConnection(id, options) {
				started.push('connection');
				signals.push(options!.signal!);
				return client.getConnection(id, options);
			},
		};
		const id = records[1]!.id;
		const first = renderDetail({id, client: watching});
		await waitForFrame(first.view, loaded);
		assert.deepEqual(startedWhenExternalSettled.sort(), ['connection', 'external']);
		first.view.unmount();

		started.length = 0;
		signals.length = 0;
		sandbox.setFaults({latencyMs: 2000});
		try {
			const second = renderDetail({id, client: watching});
			await waitForFrame(second.view, `Loading connection ${id}…`);
			await waitUntil(() => signals.length === 2, 'both requests started');
			assert.ok(signals.every(signal => !signal.aborted));
			second.view.unmount();
			assert.ok(signals.every(signal => signal.aborted));
		} finally {
			sandbox.setFaults({});
		}
	});

	it('J toggles the raw JSON of both records', async () => {
		const id = records[2]!.id;
		const {view} = renderDetail({id});
		await waitForFrame(view, loaded);
		view.stdin.write('J');
		const json = await waitForFrame(view, '"external_connection": {');
		assert.match(json, /raw JSON/);
		assert.ok(json.includes(`"id": "${id}"`));
		assert.ok(json.includes('"connection": {'));
		assert.ok(json.includes('"anchorsite_override"'));
		view.stdin.write('J');
		await waitForFrame(view, frame => frame.includes('Identity') && !frame.includes('"external_connection"'));
		view.unmount();
	});

	it('y sends the selected field’s raw value by OSC 52, and says where it went rather than that it was copied', async () => {
		const record = records[3]!;
		const {view, written} = renderDetail({id: record.id});
		await waitForFrame(view, loaded);
		view.stdin.write('y');
		await waitForFrame(view, `"${record.id}" ${SENT}`);
		assert.deepEqual(written, [osc52Copy(record.id, {})]);
		view.stdin.write('jj');
		await waitForFrame(view, frame => selectedLabel(frame) === 'external_sip_connection');
		view.stdin.write('y');
		await waitForFrame(view, `"${record.external_sip_connection}" ${SENT}`);
		assert.equal(decodeOsc52(written[1]!), record.external_sip_connection);
		assert.ok(!view.lastFrame()!.includes('✔'), 'no claim of success');
		view.unmount();
	});

	it('y copies a timestamp as the API sent it, not as shown, and a list as JSON', async () => {
		const record = records[3]!;
		const {view, written} = renderDetail({id: record.id});
		await waitForFrame(view, loaded);
		view.stdin.write('jjjj');
		await waitForFrame(view, frame => selectedLabel(frame) === 'tags');
		view.stdin.write('y');
		await waitUntil(() => written.length === 1, 'the tags were sent');
		assert.deepEqual(JSON.parse(decodeOsc52(written[0]!)), record.tags);
		view.stdin.write('jjjj');
		await waitForFrame(view, frame => selectedLabel(frame) === 'created_at');
		view.stdin.write('y');
		await waitForFrame(view, `"${record.created_at}" ${SENT}`);
		assert.equal(decodeOsc52(written[1]!), record.created_at);
		view.unmount();
	});

	it('y on an empty field sends nothing and says so', async () => {
		const record = records.find(r => r.webhook_event_failover_url === null)!;
		const {view, written} = renderDetail({id: record.id});
		await waitForFrame(view, loaded);
		for (let press = 0; press < 20 && selectedLabel(view.lastFrame()!) !== 'webhook_event_failover_url'; press++) {
			view.stdin.write('j');
			await waitForFrame(view, frame => frame.includes('› '));
		}
		assert.equal(selectedLabel(view.lastFrame()!), 'webhook_event_failover_url');
		view.stdin.write('y');
		await waitForFrame(view, 'webhook_event_failover_url is empty: nothing copied');
		assert.deepEqual(written, []);
		view.unmount();
	});

	it('y in the raw JSON sends all of it, as the API sent it', async () => {
		const id = records[3]!.id;
		const external = await client.getExternalConnection(id);
		const connection = await client.getConnection(id);
		const {view, written} = renderDetail({id});
		await waitForFrame(view, loaded);
		view.stdin.write('J');
		await waitForFrame(view, '"external_connection": {');
		view.stdin.write('y');
		const frame = await waitForFrame(view, SENT);
		const sent = decodeOsc52(written[0]!);
		assert.deepEqual(JSON.parse(sent), {external_connection: external, connection});
		assert.ok(frame.includes(`the JSON (${sent.split('\n').length} lines) ${SENT}`));
		view.unmount();
	});

	it('inside tmux also sets the tmux buffer, and says so once tmux has', async () => {
		const id = records[3]!.id;
		const runs: string[][] = [];
		let finish: () => void = () => {};
		const run = async (file: string, args: string[]) => {
			runs.push([file, ...args]);
			await new Promise<void>(resolve => {
				finish = resolve;
			});
		};
		const env = {TMUX: '/tmp/tmux-1000/default,1,0'};
		const {view, written} = renderDetail({id, clipboard: {env, run}});
		await waitForFrame(view, loaded);
		view.stdin.write('y');
		const sent = await waitForFrame(view, `"${id}" ${SENT}`);
		assert.ok(!sent.includes('tmux buffer'), 'not before tmux answered');
		assert.deepEqual(written, [osc52Copy(id, env)]);
		assert.deepEqual(runs, [['tmux', 'set-buffer', '--', id]]);
		finish();
		await waitForFrame(view, `"${id}" ${SENT} · tmux buffer set`);
		view.unmount();
	});

	for (const [name, key] of [
		['Esc', ESC],
		['Backspace', BACKSPACE],
	] as const) {
		it(`${name} goes back`, async () => {
			const {view, backs} = renderDetail({id: records[4]!.id});
			await waitForFrame(view, loaded);
			view.stdin.write(key);
			await waitUntil(() => backs.length === 1, 'onBack was called');
			view.unmount();
		});
	}

	it('hears no keys while inactive', async () => {
		const {view, backs, written} = renderDetail({id: records[4]!.id, isActive: false});
		await waitForFrame(view, loaded);
		view.stdin.write(ESC);
		view.stdin.write('y');
		// ink-testing-library delivers input synchronously: an active handler would have run by now.
		assert.equal(backs.length, 0);
		assert.equal(written.length, 0);
		view.unmount();
	});

	it('shows Telnyx 10005 for an unknown id and still goes back', async () => {
		const {view, backs} = renderDetail({id: '999999999999999999'});
		const frame = await waitForFrame(view, '10005');
		assert.match(frame, /✖ Error 404/);
		assert.match(frame, /10005 · Resource not found/);
		view.stdin.write(ESC);
		await waitUntil(() => backs.length === 1, 'onBack was called');
		view.unmount();
	});

	it('keeps the rest when /connections fails, with a note', async () => {
		const failure = new ApiError({kind: 'http', status: 503, message: '503 Service Unavailable (code 10011)'});
		const failing: ApiClient = {...client, getConnection: async () => Promise.reject(failure)};
		const id = records[5]!.id;
		const {view} = renderDetail({id, client: failing});
		const frame = await waitForFrame(view, 'Connection details unavailable');
		assert.match(frame, /⚠ Connection details unavailable: 503 Service Unavailable \(code 10011\)/);
		const groups = fieldsOf(frame);
		assert.equal(groups.get('Identity')!.get('id'), id);
		assert.equal(groups.get('Identity')!.get('connection_name'), '—');
		assert.equal(groups.get('Webhooks')!.get('webhook_event_url'), formatValue(records[5]!.webhook_event_url));
		assert.match(frame, /Not loaded: 503 Service Unavailable/);
		view.unmount();
	});

	it('fits the height and width; ↑↓ and k/j move the cursor field by field and the view follows', async () => {
		const id = records[6]!.id;
		const {view} = renderDetail({id, width: 60, height: 12});
		const lineCount = (frame: string) => frame.split('\n').length;
		const first = await waitForFrame(view, frame => loadedAtTop(frame) && frame.includes('lines 1–'));
		assert.match(first.split('\n')[1]!, /^Identity/);
		const labels: string[] = [];
		const frames = [first];
		const atEnd = (frame: string) => selectedLabel(frame) === 'updated_at' && /lines \d+–(\d+) of \1\b/.test(frame);
		for (let frame = first; !atEnd(frame) && labels.length < 60; frames.push(frame)) {
			labels.push(selectedLabel(frame)!);
			view.stdin.write(labels.length % 2 === 0 ? DOWN : 'j');
			const previous = frame;
			frame = await waitForFrame(view, current => current !== previous);
		}
		assert.deepEqual(labels.slice(0, 6), ['id', 'record_type', 'external_sip_connection', 'connection_name', 'tags', 'active']);
		assert.ok(frames.at(-1)!.includes('› updated_at'));
		for (const frame of frames) {
			assert.equal(lineCount(frame), 12, 'the whole height, no blank line under the footer');
			for (const line of frame.split('\n')) assert.ok(displayWidth(line) <= 60, line);
			assert.equal(frame.split('\n').filter(line => line.startsWith('› ')).length, 1, 'one cursor, always on screen');
		}
		assert.ok(!frames.at(-1)!.includes('lines 1–'), 'the view followed the cursor');
		view.stdin.write('k');
		await waitForFrame(view, frame => selectedLabel(frame) === 'created_at');
		view.stdin.write(UP);
		await waitForFrame(view, frame => selectedLabel(frame) === 'tags');
		view.unmount();
	});

	it("y's notice stands in the line of the sub-lists' keys until the cursor moves: the fields keep every line", async () => {
		const id = records[7]!.id;
		const {view} = renderDetail({id, height: 14, onOpenList: () => {}});
		const before = await waitForFrame(view, frame => loadedAtTop(frame) && /lines 1–11 of[\s\S]*m \d+ log messages?/.test(frame));
		view.stdin.write('y');
		const copied = await waitForFrame(view, SENT);
		const lines = copied.split('\n');
		assert.equal(lines.length, 14, 'the whole height');
		assert.equal(lines.at(-2), `"${id}" ${SENT}`);
		assert.deepEqual(lines.slice(0, -2), before.split('\n').slice(0, -2), 'the title and the same fields above it');
		assert.equal(lines.at(-1), before.split('\n').at(-1), 'the footer stays');
		view.stdin.write('j');
		const moved = await waitForFrame(view, frame => selectedLabel(frame) === 'record_type');
		assert.match(moved.split('\n').at(-2)!, /^n numbers · a addresses/, 'the keys are back');
		view.unmount();
	});

	it('PgDn/PgUp scroll a screen, g/G and Home/End go to the top and the bottom', async () => {
		const id = records[7]!.id;
		const {view} = renderDetail({id, height: 14});
		const first = await waitForFrame(view, frame => loadedAtTop(frame) && frame.includes('lines 1–12 of'));
		const total = Number(/of (\d+)/.exec(first)?.[1]);
		view.stdin.write(KEYS.pageDown);
		const paged = await waitForFrame(view, 'lines 13–24 of');
		assert.ok(paged.includes('› '), 'the cursor lands on a field shown');
		view.stdin.write(KEYS.pageUp);
		await waitForFrame(view, frame => frame.includes('lines 1–12 of') && selectedLabel(frame) === 'id');
		for (const [bottom, top] of [
			['G', 'g'],
			[KEYS.end, KEYS.home],
		] as const) {
			view.stdin.write(bottom);
			const end = await waitForFrame(view, `lines ${total - 11}–${total} of ${total}`);
			assert.equal(selectedLabel(end), 'updated_at');
			view.stdin.write(top);
			const start = await waitForFrame(view, 'lines 1–12 of');
			assert.equal(selectedLabel(start), 'id');
		}

		view.unmount();
	});

	it('wraps long values within the value column and the raw JSON within the width; the position counts wrapped lines', async () => {
		const record = records[8]!;
		const url = record.webhook_event_url!;
		const {view} = renderDetail({id: record.id, width: 67});
		const frame = await waitForFrame(view, loaded);
		const lines = frame.split('\n');
		assert.ok(lines.every(line => displayWidth(line) <= 67));
		const start = lines.findIndex(line => line.includes('webhook_event_url'));
		assert.ok(!lines[start]!.includes(url), `${url} wraps at 67 columns`);
		assert.equal(fieldsOf(frame).get('Webhooks')!.get('webhook_event_url'), url, 'and none of it is cut');
		const bodyLines = lines.length - 2;
		view.rerender(
			<DetailScreen
				client={client}
				id={record.id}
				width={67}
				height={20}
				isActive
				onBack={() => {}}
				writeToTerminal={() => {}}
				clipboard={{env: {}}}
			/>,
		);
		await waitForFrame(view, `lines 1–18 of ${bodyLines}`);
		view.stdin.write('J');
		const json = await waitForFrame(view, '"external_connection": {');
		assert.ok(json.split('\n').every(line => displayWidth(line) <= 67));
		view.stdin.write('G');
		const end = await waitForFrame(view, frame => frame.split('\n').at(-2)!.trim() === '}');
		const jsonTotal = Number(/of (\d+)/.exec(end)?.[1]);
		const unwrapped = JSON.stringify(
			{external_connection: await client.getExternalConnection(record.id), connection: await client.getConnection(record.id)},
			null,
			2,
		).split('\n').length;
		assert.ok(jsonTotal > unwrapped, `${jsonTotal} lines, ${unwrapped} before wrapping`);
		view.unmount();
	});
});

describe('DetailScreen: outbound voice profile names', () => {
	/** The sandbox's client, with each profile listing written down. */
	function countingProfiles(base: ApiClient = client): {client: ApiClient; listings: number[]} {
		const listings: number[] = [];
		return {
			listings,
			client: {
				...base,
				listOutboundVoiceProfiles(q, o) {
					listings.push(q.pageNumber);
					return base.listOutboundVoiceProfiles(q, o);
				},
			},
		};
	}

	it('lists the profiles once for the session, not once per detail view', async () => {
		const watched = countingProfiles();
		for (const record of records.slice(0, 3)) {
			const name = profileName(record.outbound?.outbound_voice_profile_id)!;
			const {view} = renderDetail({id: record.id, client: watched.client});
			await waitForFrame(view, `${record.outbound?.outbound_voice_profile_id} · ${name}`);
			view.unmount();
		}

		assert.deepEqual(watched.listings, [1]);
	});

	it('names the inbound profile too, and shows just the id of a profile that is not listed', async () => {
		const record = records[9]!;
		const inboundProfile = PROFILES[3]!;
		const unlisted = '1000000000000000001';
		const odd: ApiClient = {
			...client,
			async getExternalConnection(id, o) {
				const external = await client.getExternalConnection(id, o);
				return {
					...external,
					inbound: {channel_limit: 5, outbound_voice_profile_id: inboundProfile.id},
					outbound: {outbound_voice_profile_id: unlisted},
				} as ExternalConnection;
			},
		};
		const {view} = renderDetail({id: record.id, client: odd});
		const frame = await waitForFrame(view, current => loaded(current) && current.includes(inboundProfile.name));
		const groups = fieldsOf(frame);
		assert.equal(groups.get('Inbound')!.get('outbound_voice_profile_id'), `${inboundProfile.id} · ${inboundProfile.name}`);
		assert.equal(groups.get('Outbound')!.get('outbound_voice_profile_id'), unlisted);
		view.unmount();
	});

	it('shows just the id, and nothing alarming, when the profiles cannot be listed', async () => {
		const record = records[10]!;
		const failure = new ApiError({kind: 'http', status: 403, message: '403 Forbidden (code 10010)'});
		let refused = 0;
		const refusing: ApiClient = {
			...client,
			async listOutboundVoiceProfiles() {
				refused++;
				throw failure;
			},
		};
		const {view} = renderDetail({id: record.id, client: refusing});
		await waitForFrame(view, loaded);
		await waitUntil(() => refused === 1, 'the listing was refused');
		// One more frame after the failure settled: the screen rendered with it.
		view.stdin.write('j');
		const frame = await waitForFrame(view, current => selectedLabel(current) === 'record_type');
		assert.equal(fieldsOf(frame).get('Outbound')!.get('outbound_voice_profile_id'), record.outbound?.outbound_voice_profile_id);
		assert.ok(!/⚠|✖|403|Forbidden/.test(frame), frame);
		view.unmount();
	});
});

describe('DetailScreen under a failing API', () => {
	it('says it is retrying instead of freezing, then shows the record', async () => {
		const retrying = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retries: 3, retryBaseMs: 200});
		sandbox.setFaults({failRate: 1});
		const {view} = renderDetail({client: retrying, id: records[0]!.id});
		try {
			await waitForFrame(view, /retrying 1\/3…/);
			sandbox.setFaults({});
			await waitForFrame(view, 'Identity');
		} finally {
			sandbox.setFaults({});
			view.unmount();
		}
	});
});
