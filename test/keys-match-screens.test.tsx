// Every screen's footer and "On this screen" help come from the actions it binds: walked over the sandbox, each
// footer hint names a key bound on that screen, and each bound action has its line in the help.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startSandbox, type Sandbox} from '../source/sandbox/server.js';
import {BINDINGS, helpSections, type Binding, type Bound} from '../source/input/bindings.js';
import {waitForFrame} from './helpers/wait-for.js';
import {KEYS} from './helpers/keys.js';
import {renderApp, type RenderedApp} from './helpers/render-app.js';

let sandbox: Sandbox;
before(async () => {
	sandbox = await startSandbox({});
});
after(async () => {
	await sandbox.close();
});

const contexts = BINDINGS as Record<string, {bindings: Record<string, Binding>}>;
// A footer segment that names a key: one character, an arrow pair, or a key's name. Anything else is state.
const KEY_TOKEN = /^(?:.|↑↓|←→|Enter|Esc|Tab\S*|PgDn|PgUp|F1|Ctrl\+\S+)$/u;
const firstWord = (text: string) => text.split(' ')[0]!;

/** The help's line for an action: its own, or for an unlabelled one the line of the binding it completes. */
function helpLabel(context: string, action: string): string | undefined {
	let label: string | undefined;
	for (const [name, binding] of Object.entries(contexts[context]?.bindings ?? {})) {
		if (binding.label !== '') label = binding.label;
		if (name === action) return label;
	}
	return undefined;
}

/** What disagrees between the screen on display, its footer (the frame's last line) and the actions it binds. */
export function mismatches(frame: string, bound: readonly Bound[]): string[] {
	const problems: string[] = [];
	const boundKeys = new Set<string>();
	for (const {context, actions} of bound) {
		for (const action of actions) {
			const binding = contexts[context]?.bindings[action];
			if (!binding) {
				problems.push(`${context}.${action} is bound but not in the table`);
				continue;
			}
			for (const hint of [binding.hint, binding.typingHint]) if (hint) boundKeys.add(firstWord(hint));
		}
	}
	const footer = frame.trimEnd().split('\n').at(-1)!.trim();
	for (const segment of footer.split(' · ')) {
		const token = firstWord(segment);
		if (KEY_TOKEN.test(token) && !boundKeys.has(token)) problems.push(`the footer shows "${segment}", which no bound action answers`);
	}
	const [here] = helpSections(bound);
	const lines = new Set(here!.lines.map(line => line.keys));
	for (const {context, actions} of bound) {
		for (const action of actions) {
			const label = helpLabel(context, action);
			if (label === undefined || !lines.has(label)) problems.push(`${context}.${action} is bound but the help has no line for it`);
		}
	}
	// The help ends its first section with the keys that work everywhere, whatever the screen binds.
	const labels = new Set([
		...bound.flatMap(({context, actions}) => actions.map(action => helpLabel(context, action))),
		...Object.values(BINDINGS.global.bindings).map(binding => binding.label),
	]);
	for (const line of here!.lines) {
		if (!labels.has(line.keys)) problems.push(`the help lists "${line.keys}", which nothing on this screen binds`);
	}
	return problems;
}

async function check(app: RenderedApp, screen: string, expected: string | ((frame: string) => boolean)): Promise<void> {
	const frame = await waitForFrame(app, expected);
	assert.deepEqual(mismatches(frame, app.dispatcher().bound()), [], `${screen}:\n${frame}`);
}

test('every screen walked from the main list shows only keys it binds, and its help has a line for each', async () => {
	const app = renderApp(sandbox);
	try {
		await check(app, 'main list', frame => frame.includes('row 1 of 300') && frame.includes('? help'));
		app.press('?');
		await check(app, 'help', 'On this screen');
		app.press(KEYS.escape);
		await check(app, 'main list again', 'c create');
		app.press('/');
		await check(app, 'filter form', 'Filter external connections');
		app.press(KEYS.escape);
		await check(app, 'main list after the filter', 'c create');
		app.press('c');
		await check(app, 'create wizard', 'Create an external connection');
		app.press(KEYS.escape);
		await check(app, 'main list after the wizard', 'c create');
		app.press('T');
		await check(app, 'Operator Connect refresh prompt', 'Refresh the Operator Connect integration with Microsoft Teams now?');
		app.press(KEYS.escape);
		await check(app, 'main list after the refresh prompt', 'c create');
		app.press('J');
		await check(app, 'journal (off: no file)', 'The journal is off');
		app.press(KEYS.escape);
		await check(app, 'main list after the journal', 'c create');
		app.press('d');
		await check(app, 'delete prompt', 'Esc cancel');
		app.press(KEYS.escape);
		await check(app, 'main list after the delete prompt', 'c create');
		app.press(KEYS.enter);
		await check(app, 'connection detail', frame => frame.includes('m ') && frame.includes('log messages') && frame.includes('e edit'));
		app.press('m');
		await check(app, "the connection's log messages", frame => /row 1 of \d+/.test(frame) && frame.includes('Esc back'));
		app.press(KEYS.enter);
		await check(app, 'log message', frame => frame.includes('Log message ') && frame.includes('d dismiss'));
		app.press('d');
		await check(app, 'dismiss prompt', 'Dismiss this message');
		app.press(KEYS.escape);
		await check(app, 'log message again', 'd dismiss');
		app.press(KEYS.escape);
		app.press(KEYS.escape);
		await check(app, 'connection detail again', 'e edit');
		app.press('n');
		await check(app, "the connection's numbers", frame => /row 1 of [\d,]+/.test(frame) && frame.includes('/ filter'));
		app.press('/');
		await check(app, 'number filter', 'Filter phone numbers');
		app.press(KEYS.escape);
		app.press(KEYS.enter);
		await check(app, 'phone number', 'e location');
		app.press('e');
		await check(app, 'location picker', 'Esc cancel');
		app.press(KEYS.escape);
		app.press(KEYS.escape);
		app.press(KEYS.escape);
		await check(app, 'connection detail, third time', 'e edit');
		app.press('u');
		await check(app, 'uploads', 'N new');
		app.press('N');
		await check(app, 'new upload', 'Enter review');
		app.press(KEYS.escape);
		await check(app, 'uploads again', 'N new');
	} finally {
		app.unmount();
	}
});

test('the comparison fails on a footer hint no action answers, and on a bound action the help does not list', () => {
	const frame = 'title\n↑↓ move · x clear filters · ? help';
	const bound = [
		{context: 'list', actions: ['down', 'up']},
		{context: 'global', actions: ['help', 'quit', 'interrupt']},
	];
	assert.deepEqual(mismatches(frame, bound), ['the footer shows "x clear filters", which no bound action answers']);
	assert.deepEqual(mismatches('title\n↑↓ move', [{context: 'list', actions: ['down', 'zap']}]), [
		'list.zap is bound but not in the table',
		'list.zap is bound but the help has no line for it',
	]);
});
