import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import React from 'react';
import {renderWithKeys} from './helpers/render-with-keys.js';
import {createApiClient, type ApiClient} from '../source/api/client.js';
import {ApiError} from '../source/api/errors.js';
import type {Connection, ExternalConnection} from '../source/api/types.js';
import {osc52Copy} from '../source/clipboard.js';
import {displayWidth, formatValue} from '../source/components/format.js';
import {DetailScreen} from '../source/screens/detail/detail-screen.js';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {waitForFrame, waitUntil} from './helpers/wait-for.js';

const GROUPS = ['Identity', 'State', 'Webhooks', 'Inbound', 'Outbound', 'Connection'];
const ESC = '\u001B';
const BACKSPACE = '\u007F';
const DOWN = '\u001B[B';
const UP = '\u001B[A';

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
			{...props}
		/>,
	);
	return {view, backs, written};
}

/** Field rows by group: `groups.get('Webhooks')?.get('webhook_event_url')`. */
function fieldsOf(frame: string): Map<string, Map<string, string>> {
	const groups = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of frame.split('\n')) {
		if (GROUPS.includes(line.trim()) && !line.startsWith(' ')) {
			current = new Map();
			groups.set(line.trim(), current);
		} else if (current && line.startsWith('  ')) {
			// Labels sit in a column of the longest label's width (webhook_event_failover_url, 26).
			current.set(line.slice(2, 28).trim(), line.slice(29).trimEnd());
		}
	}
	return groups;
}

const loaded = (frame: string) => frame.includes('anchorsite_override');

describe('DetailScreen', () => {
	it('shows every field of both records, grouped', async () => {
		const id = records[0]!.id;
		const external = await client.getExternalConnection(id);
		const connection: Connection = await client.getConnection(id);
		const {view} = renderDetail({id});
		const frame = await waitForFrame(view, loaded);
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
		const outbound = groups.get('Outbound')!;
		assert.equal(outbound.get('channel_limit'), formatValue(external.outbound?.channel_limit));
		assert.equal(outbound.get('outbound_voice_profile_id'), external.outbound?.outbound_voice_profile_id);
		const connectionGroup = groups.get('Connection')!;
		assert.equal(connectionGroup.get('record_type'), formatValue(connection.record_type));
		assert.equal(connectionGroup.get('anchorsite_override'), formatValue(connection.anchorsite_override));
		assert.equal(connectionGroup.get('webhook_event_url'), formatValue(connection.webhook_event_url));
		assert.equal(connectionGroup.get('webhook_event_failover_url'), formatValue(connection.webhook_event_failover_url));
		assert.equal(connectionGroup.get('webhook_api_version'), formatValue(connection.webhook_api_version));
		assert.equal(connectionGroup.get('outbound_voice_profile_id'), formatValue(connection.outbound_voice_profile_id));
		assert.equal(connectionGroup.get('tags'), formatValue(connection.tags));
		assert.ok(connectionGroup.get('created_at')!.endsWith(connection.created_at!));
		assert.ok(connectionGroup.get('updated_at')!.endsWith(connection.updated_at!));
		assert.ok(frame.startsWith(`External connection ${id} · ${connection.connection_name}`));
		assert.ok(frame.endsWith('Esc back · J raw JSON · y copy id · ↑↓ scroll · ? help · q quit'));
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

	it('y copies the id with OSC 52 and says so', async () => {
		const id = records[3]!.id;
		const {view, written} = renderDetail({id});
		await waitForFrame(view, loaded);
		view.stdin.write('y');
		await waitForFrame(view, `Copied id ${id} to the clipboard (OSC 52)`);
		assert.deepEqual(written, [osc52Copy(id)]);
		assert.ok(written[0]!.includes(Buffer.from(id).toString('base64')));
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
		const frame = await waitForFrame(view, 'Esc to go back');
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

	it('fits the height and width, scrolling with ↑↓ and k/j', async () => {
		const id = records[6]!.id;
		const {view} = renderDetail({id, width: 60, height: 12});
		const lineCount = (frame: string) => frame.split('\n').length;
		const first = await waitForFrame(view, frame => frame.includes('lines 1–'));
		assert.ok(lineCount(first) < 12, `${lineCount(first)} lines`);
		for (const line of first.split('\n')) assert.ok(displayWidth(line) <= 60, line);
		assert.match(first.split('\n')[1]!, /^Identity/);
		view.stdin.write(DOWN);
		const scrolled = await waitForFrame(view, 'lines 2–');
		assert.ok(lineCount(scrolled) < 12);
		assert.match(scrolled.split('\n')[1]!, /^ {2}id /);
		view.stdin.write('j');
		await waitForFrame(view, 'lines 3–');
		view.stdin.write('k');
		await waitForFrame(view, 'lines 2–');
		view.stdin.write(UP);
		await waitForFrame(view, 'lines 1–');
		view.stdin.write(UP);
		const top = await waitForFrame(view, 'lines 1–');
		assert.match(top.split('\n')[1]!, /^Identity/);
		view.unmount();
	});

	it('stops scrolling at the last line', async () => {
		const id = records[7]!.id;
		const {connection_name: name} = await client.getConnection(id);
		const {view} = renderDetail({id, height: 30});
		const first = await waitForFrame(view, `${id} · ${name} · lines 1–`);
		const total = Number(/of (\d+)/.exec(first)?.[1]);
		const visible = 30 - 3;
		for (let press = 0; press < total; press++) view.stdin.write('j');
		const end = await waitForFrame(view, `lines ${total - visible + 1}–${total} of ${total}`);
		assert.match(end, /updated_at/);
		assert.ok(end.split('\n').length < 30);
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
			await waitForFrame(view, 'Identity', 8000);
		} finally {
			sandbox.setFaults({});
			view.unmount();
		}
	});
});
