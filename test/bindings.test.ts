import assert from 'node:assert/strict';
import {describe, it, test} from 'node:test';
import {actionFor, BINDINGS, helpSections, hintsFor, type Binding} from '../source/input/bindings.js';
import {createKeySplitter} from '../source/input/split-keys.js';
import {keyId} from '../source/input/keypress.js';
import {displayWidth} from '../source/components/format.js';
import {helpLines} from '../source/screens/help/help-lines.js';

const contexts = Object.entries(BINDINGS) as Array<[string, {title: string; bindings: Record<string, Binding>}]>;

describe('the key-binding table', () => {
	it('binds no key twice within a context', () => {
		for (const [name, context] of contexts) {
			const seen = new Map<string, string>();
			for (const [action, binding] of Object.entries(context.bindings)) {
				for (const key of binding.keys) {
					assert.ok(!seen.has(key), `${name}: ${key} is bound to both ${seen.get(key)} and ${action}`);
					seen.set(key, action);
				}
			}
		}
	});

	it('names keys as the splitter produces them, so every bound key can be pressed', () => {
		const sequences = [
			'\u001B[A',
			'\u001B[B',
			'\u001B[C',
			'\u001B[D',
			'\u001B[5~',
			'\u001B[6~',
			'\u001B[H',
			'\u001B[F',
			'\r',
			'\u001B',
			'\t',
			'\u001B[Z',
			'\u007F',
			'\u001B[3~',
			'\u001BOP',
			'\u001B[1;5C',
			'\u001B[1;5D',
			'\u001B[1;3C',
			'\u001B[1;3D',
			'\u001Bb',
			'\u001Bf',
			'\u001Bd',
			'\u001B\u007F',
			' ',
		];
		const pressable = new Set(
			sequences
				.flatMap(sequence => {
					const splitter = createKeySplitter();
					return [...splitter.push(sequence), ...splitter.flush()];
				})
				.map(keyId),
		);
		for (let code = 1; code <= 26; code++) pressable.add(`ctrl+${String.fromCharCode(96 + code)}`);
		for (const [name, context] of contexts) {
			for (const binding of Object.values(context.bindings)) {
				for (const key of binding.keys) {
					const printable = [...key].length === 1;
					assert.ok(printable || pressable.has(key), `${name}: no key sends ${key}`);
				}
			}
		}
	});

	it('documents every binding in the help, on its own line or its partner’s', () => {
		const sections = helpSections();
		assert.deepEqual(
			sections.map(section => section.title),
			contexts.map(([, context]) => context.title),
		);
		for (const [name, context] of contexts) {
			const documented = Object.values(context.bindings).filter(binding => binding.label !== '');
			assert.ok(documented.length > 0, name);
			for (const binding of documented) assert.ok(binding.help.length > 0, `${name}: ${binding.label}`);
		}
	});

	it('finds the action of a key', () => {
		assert.equal(actionFor('list', 'j'), 'down');
		assert.equal(actionFor('list', 'down'), 'down');
		assert.equal(actionFor('detail', 'delete'), undefined, 'Delete does not go back from the detail');
		assert.equal(actionFor('textField', 'ctrl+u'), 'killToStart');
		assert.equal(actionFor('global', 'f1'), 'help');
	});

	it('builds footers from the hints, with what typing changes', () => {
		assert.equal(
			hintsFor(['list', 'global'], {omit: ['back']}),
			'↑↓ move · Enter open · / filter · r refresh · c create · M log · ? help · q quit',
		);
		// A list that answers less (a connection's phone numbers) leaves out what it does not bind.
		assert.equal(
			hintsFor(['list', 'global'], {omit: ['open', 'filter', 'create', 'logMessages']}),
			'↑↓ move · r refresh · Esc back · ? help · q quit',
		);
		assert.equal(
			hintsFor(['filter', 'global'], {typing: true}),
			'Tab/↑↓ field · ←→ choose · Space pick · Enter apply · Esc cancel · F1 help',
		);
	});
});

test("the help's first section is the screen's bound actions, a pair's line shown for either half, then the keys that work everywhere", () => {
	const [here, divider, ...all] = helpSections([
		{context: 'list', actions: ['up', 'refresh']},
		{context: 'list', actions: ['back']},
	]);
	assert.equal(here!.title, 'On this screen');
	assert.deepEqual(
		here!.lines.map(line => line.keys),
		['↓ j  ↑ k', 'r', 'Esc Backspace', 'F1  ? (outside text)', 'q', 'Ctrl+C'],
	);
	assert.deepEqual(divider!.lines, []);
	assert.deepEqual(all, helpSections());
});

test('help lines wrap their descriptions under themselves and never pass the width', () => {
	for (const width of [30, 57, 79, 119]) {
		const lines = helpLines(helpSections([{context: 'detail', actions: ['down', 'edit']}]), width);
		for (const line of lines) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
		assert.ok(
			lines.some(line => line.includes('prefilled')),
			'a long description is wrapped, not cut',
		);
	}
});
