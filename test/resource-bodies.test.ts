// The readers of sub-resource bodies: lenient like validate-response, refusing only what leaves nothing to show.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {isApiError} from '../source/api/errors.js';
import {deepObjectQuery} from '../source/resources/query.js';
import {keyedListReader, keyedSingleReader, listUnder, readObjectBody} from '../source/resources/read-bodies.js';

const malformedWith = (pattern: RegExp) => (error: unknown) =>
	isApiError(error) && error.kind === 'malformed' && pattern.test(error.message);

test("a record's opening key that is a number is refused: its digits may be lost", () => {
	const readList = keyedListReader('number_id');
	assert.throws(
		() => readList('{"data":[{"number_id":"1"},{"number_id":12345678901234567890}]}'),
		malformedWith(/data\[1\]\.number_id is a number/),
	);
	assert.throws(() => keyedSingleReader('ticket_id')('{"data":{"ticket_id":5}}'), malformedWith(/data\.ticket_id is a number/));
	assert.deepEqual(readList('{"data":[{"number_id":"1"},{}]}').data, [{number_id: '1'}, {}]);
	assert.deepEqual(keyedSingleReader('ticket_id')('{"data":{"ticket_id":null}}'), {ticket_id: null});
});

test('a list under another key is checked like a data list, meta included', () => {
	const read = listUnder('log_messages');
	assert.deepEqual(read('{"log_messages":[{"id":"7"}],"meta":{"total_results":-1,"page_size":1}}'), {
		data: [{id: '7'}],
		meta: {page_size: 1},
	});
	assert.throws(() => read('{"data":[]}'), malformedWith(/missing log_messages/));
	assert.throws(() => read('{"log_messages":{}}'), malformedWith(/not a list/));
	assert.throws(() => read('{"log_messages":[{"id":7}]}'), malformedWith(/id is a number/));
});

test('an object body must be a JSON object', () => {
	assert.deepEqual(readObjectBody('{"success":true}'), {success: true});
	assert.throws(() => readObjectBody('[]'), malformedWith(/not a JSON object/));
	assert.throws(() => readObjectBody('<html>'), malformedWith(/not valid JSON/));
	assert.throws(() => readObjectBody(''), malformedWith(/empty body/));
});

test('deepObject queries: paging when given, lists comma-joined, empty values and empty lists left out', () => {
	const query = deepObjectQuery({pageNumber: 1, pageSize: 25}, [
		['filter[a]', 'x+1'],
		['filter[b]', ''],
		['filter[c]', []],
		['filter[d]', ['p', 'q']],
		['filter[e]', undefined],
	]);
	assert.equal(query.toString(), 'page%5Bnumber%5D=1&page%5Bsize%5D=25&filter%5Ba%5D=x%2B1&filter%5Bd%5D=p%2Cq');
	assert.equal(deepObjectQuery(undefined, []).toString(), '');
});
