import assert from 'node:assert/strict';
import {describe, it, test} from 'node:test';
import {applyEdit, cleanInsertion, insertText, lineAtEnd, type EditAction, type LineState} from '../source/input/line-editor.js';

const edit = (state: LineState, ...actions: EditAction[]) => actions.reduce(applyEdit, state);
const at = (value: string, cursor: number): LineState => ({value, cursor});

describe('line editor', () => {
	it('moves by character, to the ends and by word', () => {
		assert.deepEqual(edit(lineAtEnd('abc'), 'left', 'left'), at('abc', 1));
		assert.deepEqual(edit(at('abc', 0), 'left'), at('abc', 0));
		assert.deepEqual(edit(at('abc', 3), 'right'), at('abc', 3));
		assert.deepEqual(edit(at('abc', 2), 'home'), at('abc', 0));
		assert.deepEqual(edit(at('abc', 0), 'end'), at('abc', 3));
		const url = 'https://example.com/hook';
		assert.deepEqual(edit(lineAtEnd(url), 'wordLeft'), at(url, 20));
		assert.deepEqual(edit(lineAtEnd(url), 'wordLeft', 'wordLeft'), at(url, 16));
		assert.deepEqual(edit(at(url, 0), 'wordRight'), at(url, 5));
		assert.deepEqual(edit(at(url, 5), 'wordRight'), at(url, 15));
	});

	it('deletes before and at the cursor', () => {
		assert.deepEqual(edit(lineAtEnd('prodxx'), 'backspace', 'backspace'), at('prod', 4));
		assert.deepEqual(edit(at('abc', 0), 'backspace'), at('abc', 0));
		assert.deepEqual(edit(at('abc', 1), 'deleteForward'), at('ac', 1));
		assert.deepEqual(edit(at('abc', 3), 'deleteForward'), at('abc', 3));
	});

	it('kills to the start, to the end and a word, as readline does', () => {
		assert.deepEqual(edit(at('hello world', 6), 'killToStart'), at('world', 0));
		assert.deepEqual(edit(at('hello world', 5), 'killToEnd'), at('hello', 5));
		assert.deepEqual(edit(lineAtEnd('tag one two '), 'killWordBack'), at('tag one ', 8));
		assert.deepEqual(edit(at('one two', 0), 'killWordForward'), at(' two', 0));
	});

	it('counts characters, not UTF-16 units: a character outside the BMP is never cut in half', () => {
		const state = lineAtEnd('a😀b');
		assert.equal(state.cursor, 3);
		assert.deepEqual(edit(state, 'left', 'backspace'), at('ab', 1));
		assert.deepEqual(insertText(at('東京', 1), '😀'), at('東😀京', 2));
	});

	it('inserts at the cursor, and never a control character, escape sequence or bidi control', () => {
		assert.deepEqual(insertText(at('ac', 1), 'b'), at('abc', 2));
		assert.equal(cleanInsertion('a\u001B[31mb\u007Fc\u0000d\u009De\u202Ef'), 'a[31mbcdef');
		assert.equal(cleanInsertion('one\r\ntwo\nthree\tfour'), 'one two three four');
		assert.deepEqual(insertText(at('x', 1), '\u001B\u007F'), at('x', 1));
	});
});

test('a long value is edited at the cursor, characters past the BMP counted as one', () => {
	const value = `${'+15550100 '.repeat(10_000)}👍x`;
	const length = [...value].length;
	let state = insertText({value, cursor: length}, '7');
	assert.equal(state.value, `${value}7`);
	assert.equal(state.cursor, length + 1);
	state = applyEdit(applyEdit(state, 'left'), 'left');
	state = applyEdit(state, 'backspace');
	assert.equal(state.value, `${'+15550100 '.repeat(10_000)}x7`);
	assert.equal(state.cursor, length - 2);
	assert.equal(applyEdit(state, 'killWordBack').value.endsWith('+15550100 x7'), true);
	assert.equal(applyEdit({value: 'ab cd', cursor: 99}, 'backspace').value, 'ab c');
});
