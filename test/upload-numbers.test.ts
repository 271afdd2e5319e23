import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseUploadNumbers, repeatLines} from '../source/resources/uploads/parse-numbers.js';
import {MAX_UPLOAD_NUMBERS} from '../source/resources/uploads/types.js';

test('splits on spaces, commas, tabs and line breaks, keeps the order, sends a repeat once and names it', () => {
	const parsed = parseUploadNumbers(' +15555550100,+442071838750\n+15555550100\r\n\t+4930901820 ,, +15555550100 ');
	assert.deepEqual(parsed.numbers, ['+15555550100', '+442071838750', '+4930901820']);
	assert.deepEqual(parsed.repeats, [{entry: '+15555550100', positions: [1, 3, 5]}]);
	assert.deepEqual(repeatLines(parsed.repeats), ['+15555550100 was entered 3 times (entries 1, 3, 5): it is sent once.']);
	assert.deepEqual([parsed.ok, parsed.problems, parsed.messages], [true, [], []]);
});

test('reports each bad entry with its position and why, and is not ok', () => {
	const parsed = parseUploadNumbers('+15555550100 5555550100\n+1-555-0100, +05555550100 +1234567890123456 +1');
	assert.equal(parsed.ok, false);
	assert.deepEqual(parsed.numbers, ['+15555550100']);
	assert.deepEqual(
		parsed.problems.map(p => [p.position, p.entry]),
		[
			[2, '5555550100'],
			[3, '+1-555-0100'],
			[4, '+05555550100'],
			[5, '+1234567890123456'],
			[6, '+1'],
		],
	);
	assert.deepEqual(parsed.messages, [
		'Entry 2, "5555550100", is not an E.164 number: it does not start with +.',
		'Entry 3, "+1-555-0100", is not an E.164 number: only digits may follow the +.',
		'Entry 4, "+05555550100", is not an E.164 number: a country code never starts with 0.',
		'Entry 5, "+1234567890123456", is not an E.164 number: it has 16 digits, E.164 allows 15.',
		'Entry 6, "+1", is not an E.164 number: it is too short.',
	]);
});

test('an entry holding control characters is shown escaped', () => {
	const [message] = parseUploadNumbers('+1\u001b]0;x\u0007').messages;
	assert.equal(message, 'Entry 1, "+1\\x1b]0;x\\x07", is not an E.164 number: only digits may follow the +.');
});

test('nothing entered says what to enter', () => {
	for (const text of ['', '  \n , ']) {
		const parsed = parseUploadNumbers(text);
		assert.equal(parsed.ok, false);
		assert.deepEqual(parsed.messages, ['Enter at least one phone number in E.164 form, such as +15555550100.']);
	}
});

test("the spec's maximum counts numbers after repeats are dropped, and the message names the limit and the count", () => {
	const numbers = (count: number) => Array.from({length: count}, (_, n) => `+1555${String(n).padStart(7, '0')}`);
	assert.equal(parseUploadNumbers(numbers(MAX_UPLOAD_NUMBERS).join('\n')).ok, true);
	assert.equal(parseUploadNumbers([...numbers(MAX_UPLOAD_NUMBERS), '+15550000000'].join(' ')).ok, true);
	const over = parseUploadNumbers([...numbers(1204), '+15550000000'].join(','));
	assert.equal(over.ok, false);
	assert.equal(over.numbers.length, 1204);
	assert.deepEqual(over.messages, [
		'An upload takes at most 1,000 numbers; these are 1,204 (after dropping 1 repeated). Split them into several uploads.',
	]);
	assert.deepEqual(parseUploadNumbers(numbers(3).join(' '), 2).messages, [
		'An upload takes at most 2 numbers; these are 3. Split them into several uploads.',
	]);
});

test('a long paste of bad entries reports the first twenty and counts the rest', () => {
	const parsed = parseUploadNumbers(Array.from({length: 25}, (_, n) => `x${n}`).join('\n'));
	assert.equal(parsed.problems.length, 25);
	assert.equal(parsed.messages.length, 21);
	assert.equal(parsed.messages[20], '…and 5 more entries that are not E.164 numbers.');
});

test('past three repeated numbers, the review names two and counts the rest', () => {
	const parsed = parseUploadNumbers('+15555550100 +15555550101 +15555550102 +15555550103 '.repeat(2));
	const lines = repeatLines(parsed.repeats);
	assert.equal(lines.length, 3);
	assert.equal(lines[1], '+15555550101 was entered 2 times (entries 2, 6): it is sent once.');
	assert.equal(lines[2], '…and 2 more numbers entered more than once, each sent once.');
	assert.deepEqual(repeatLines([]), []);
});
