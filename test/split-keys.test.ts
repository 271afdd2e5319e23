import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {keyId} from '../source/input/keypress.js';
import {createKeySplitter, MAX_PASTE_CHARS} from '../source/input/split-keys.js';

const ids = (chunks: Array<string | Uint8Array>, flush = false) => {
	const splitter = createKeySplitter();
	const keys = chunks.flatMap(chunk => splitter.push(chunk));
	if (flush) keys.push(...splitter.flush());
	return keys.map(key => (key.name === 'paste' ? `paste:${key.text}` : keyId(key)));
};

describe('createKeySplitter', () => {
	it('gives every escape sequence ec-tui binds as one key', () => {
		const sequences: Record<string, string> = {
			'\u001B[A': 'up',
			'\u001B[B': 'down',
			'\u001B[C': 'right',
			'\u001B[D': 'left',
			'\u001BOA': 'up',
			'\u001BOB': 'down',
			'\u001B[H': 'home',
			'\u001B[F': 'end',
			'\u001BOH': 'home',
			'\u001BOF': 'end',
			'\u001B[1~': 'home',
			'\u001B[4~': 'end',
			'\u001B[7~': 'home',
			'\u001B[8~': 'end',
			'\u001B[3~': 'delete',
			'\u001B[5~': 'pageup',
			'\u001B[6~': 'pagedown',
			'\u001B[Z': 'shift+tab',
			'\u001BOP': 'f1',
			'\u001B[11~': 'f1',
			'\u001B[[A': 'f1',
			'\u001B[15~': 'f5',
			'\u001B[24~': 'f12',
			'\u001B[1;5C': 'ctrl+right',
			'\u001B[1;5D': 'ctrl+left',
			'\u001B[1;3D': 'alt+left',
			'\u001B\u001B[D': 'alt+left',
			'\u001B[1;2A': 'shift+up',
			'\u001B[3;5~': 'ctrl+delete',
			'\u001Bb': 'alt+b',
			'\u001Bf': 'alt+f',
			'\u001Bd': 'alt+d',
			'\u001B\u007F': 'alt+backspace',
			'\r': 'return',
			'\t': 'tab',
			'\u007F': 'backspace',
			'\b': 'backspace',
			'\u0001': 'ctrl+a',
			'\u0005': 'ctrl+e',
			'\u000B': 'ctrl+k',
			'\u0015': 'ctrl+u',
			'\u0017': 'ctrl+w',
			'\u0003': 'ctrl+c',
		};
		for (const [sequence, id] of Object.entries(sequences)) assert.deepEqual(ids([sequence]), [id], JSON.stringify(sequence));
	});

	it('splits a read of many keys into one key each, in order', () => {
		assert.deepEqual(ids(['jjj']), ['j', 'j', 'j']);
		assert.deepEqual(ids(['\u007F\u007F\u007F']), ['backspace', 'backspace', 'backspace']);
		assert.deepEqual(ids(['\u001B[B\r']), ['down', 'return']);
		assert.deepEqual(ids(['10\r']), ['1', '0', 'return']);
		assert.deepEqual(ids(['a\u001B[Db\u001B[3~c']), ['a', 'left', 'b', 'delete', 'c']);
		assert.deepEqual(ids(['\t\t\u001B[Z']), ['tab', 'tab', 'shift+tab']);
	});

	it('keeps UTF-8 whole, also when a character is split across two reads', () => {
		assert.deepEqual(ids(['東京é']), ['東', '京', 'é']);
		assert.deepEqual(ids(['😀x']), ['😀', 'x']);
		const bytes = Buffer.from('東😀', 'utf8');
		assert.deepEqual(ids([bytes.subarray(0, 2), bytes.subarray(2, 5), bytes.subarray(5)]), ['東', '😀']);
	});

	it('waits for the rest of an escape sequence split across two reads', () => {
		assert.deepEqual(ids(['\u001B', '[B']), ['down']);
		assert.deepEqual(ids(['\u001B[', 'B']), ['down']);
		assert.deepEqual(ids(['\u001B[1;', '5C']), ['ctrl+right']);
		assert.deepEqual(ids(['j\u001B[3', '~k']), ['j', 'delete', 'k']);
	});

	it('makes a lone ESC the Esc key only when flushed, after the caller has waited', () => {
		const splitter = createKeySplitter();
		assert.deepEqual(splitter.push('\u001B'), []);
		assert.equal(splitter.hasPendingEscape(), true);
		assert.deepEqual(splitter.flush().map(keyId), ['escape']);
		assert.equal(splitter.hasPendingEscape(), false);
		assert.deepEqual(ids(['\u001B\u001B'], true), ['escape', 'escape']);
		assert.deepEqual(ids(['\u001B['], true), ['alt+['], 'ESC [ with nothing after it');
	});

	it('gives a bracketed paste as one unit, also when its markers are split across reads', () => {
		assert.deepEqual(ids(['\u001B[200~hello\nworld\u001B[201~']), ['paste:hello\nworld']);
		assert.deepEqual(ids(['x\u001B[200~a', 'b', 'c\u001B[20', '1~y']), ['x', 'paste:abc', 'y']);
		assert.deepEqual(ids(['\u001B[2', '00~q\u001B[B', '\u001B[201~']), ['paste:q\u001B[B'], 'keys inside a paste are text');
		const splitter = createKeySplitter();
		assert.deepEqual(splitter.push('\u001B[200~abc'), []);
		assert.equal(splitter.hasPendingEscape(), false, 'an open paste is not a lone Esc');
		assert.deepEqual(splitter.flush(), []);
	});

	it('bounds a paste', () => {
		const [paste] = createKeySplitter().push(`\u001B[200~${'x'.repeat(MAX_PASTE_CHARS + 10)}\u001B[201~`);
		assert.equal(paste!.text.length, MAX_PASTE_CHARS);
	});

	it('never makes text of an unknown sequence or a stray control character', () => {
		const splitter = createKeySplitter();
		const keys = splitter.push('\u001B[<0;3;4M\u001B[I\u0000\u001C\u0085');
		assert.ok(
			keys.every(key => key.name !== 'char'),
			JSON.stringify(keys),
		);
	});
});
