// Numbers marked in a connection's list, as an upload starts from them: with every row's id the lookup is skipped;
// a row without a usable id, or a number the upload rules refuse, sends them through the numbers field instead.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {markedNumbers} from '../source/resources/uploads/marked-numbers.js';

const row = (telephone_number: unknown, number_id: unknown) => ({telephone_number, number_id, location_id: 'x'});

test('rows with their ids: the numbers in the order marked, each id beside its number, nothing to look up', () => {
	const marked = markedNumbers([row('+441134960002', '12'), row('+441134960000', '10')]);
	assert.equal(marked?.text, '+441134960002 +441134960000');
	assert.ok(marked?.checked.ok);
	assert.deepEqual(marked?.resolved?.ids, ['12', '10']);
	assert.equal(marked?.resolved?.numberOf.get('10'), '+441134960000');
	assert.deepEqual(marked?.resolved?.unknown, []);
});

test('a row without a usable id, or two rows with one id: the numbers are looked up instead', () => {
	for (const rows of [
		[row('+441134960000', '10'), row('+441134960001', '')],
		[row('+441134960000', '10'), row('+441134960001', 11)],
		[row('+441134960000', '10'), row('+441134960001', '10')],
		[row('+441134960000', '10'), 'not a row'],
	]) {
		const marked = markedNumbers(rows);
		assert.equal(marked?.resolved, undefined, JSON.stringify(rows));
		assert.ok(marked?.text.startsWith('+441134960000'));
	}
});

test('a number the upload refuses is shown in the field with its problem; no number at all starts nothing', () => {
	const marked = markedNumbers([row('+441134960000', '10'), row('0441134960001', '11')]);
	assert.equal(marked?.checked.ok, false);
	assert.equal(marked?.resolved, undefined);
	assert.equal(markedNumbers([row(undefined, '10'), row(42, '11')]), undefined);
	assert.equal(markedNumbers([]), undefined);
});
