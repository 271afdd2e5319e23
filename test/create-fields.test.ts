import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
	CHANNEL_LIMIT_RULE,
	PROFILE_ID_RULE,
	WEBHOOK_TIMEOUT_RULE,
	WEBHOOK_URL_RULE,
	parseTags,
	validateChannelLimit,
	validateProfileId,
	validateWebhookTimeout,
	validateWebhookUrl,
} from '../source/validation/create-fields.js';
import type {Validation} from '../source/validation/result.js';

type Row<T> = [input: string, expected: T | 'invalid'];

function check<T>(validate: (text: string) => Validation<T>, rule: string, rows: Array<Row<T>>): void {
	for (const [input, expected] of rows) {
		const result = validate(input);
		if (expected === 'invalid') {
			assert.equal(result.ok, false, `${JSON.stringify(input)} should be refused`);
			// The message states the rule, so the person learns what is accepted.
			if (!result.ok) assert.ok(result.message.includes(rule), `${JSON.stringify(input)}: ${result.message}`);
		} else {
			assert.deepEqual(result, {ok: true, value: expected}, JSON.stringify(input));
		}
	}
}

test('profile id: required, digits only, 1 to 19 digits, at most int64 max, kept as a string', () => {
	check(validateProfileId, PROFILE_ID_RULE, [
		['1293384261075731499', '1293384261075731499'],
		['  1911630617284445511 ', '1911630617284445511'],
		['0', '0'],
		['7', '7'],
		['9223372036854775807', '9223372036854775807'],
		['9223372036854775808', 'invalid'],
		['9999999999999999999', 'invalid'],
		['12345678901234567890', 'invalid'],
		['', 'invalid'],
		['   ', 'invalid'],
		['-1', 'invalid'],
		['1.5', 'invalid'],
		['12 34', 'invalid'],
		['abc', 'invalid'],
		['١٢٣', 'invalid'],
		['12345678-1234-1234-1234-123456789012', 'invalid'],
	]);
});

test('channel limit: optional positive integer; empty or blank means left out', () => {
	check(validateChannelLimit, CHANNEL_LIMIT_RULE, [
		['', undefined],
		[' ', undefined],
		['1', 1],
		[' 30 ', 30],
		['0', 'invalid'],
		['-1', 'invalid'],
		['1.5', 'invalid'],
		['1e3', 'invalid'],
		['+2', 'invalid'],
		['ten', 'invalid'],
		['99999999999999999999', 'invalid'],
	]);
});

test('webhook URL: optional absolute http(s) URL with a host, sent as typed', () => {
	check(validateWebhookUrl, WEBHOOK_URL_RULE, [
		['', undefined],
		['   ', undefined],
		['https://example.com', 'https://example.com'],
		['http://example.com/hooks?x=1', 'http://example.com/hooks?x=1'],
		[' https://hooks.example.com:8443/a ', 'https://hooks.example.com:8443/a'],
		['HTTPS://EXAMPLE.COM', 'HTTPS://EXAMPLE.COM'],
		['example.com', 'invalid'],
		['www.example.com/hooks', 'invalid'],
		['ftp://x', 'invalid'],
		['mailto:ops@example.com', 'invalid'],
		['https://', 'invalid'],
		['http:///path', 'invalid'],
		['https:/example.com', 'invalid'],
		['https:example.com', 'invalid'],
		['https://exa mple.com', 'invalid'],
	]);
});

test('webhook timeout: optional integer 0..30', () => {
	check(validateWebhookTimeout, WEBHOOK_TIMEOUT_RULE, [
		['', undefined],
		['  ', undefined],
		['0', 0],
		['1', 1],
		['30', 30],
		[' 25 ', 25],
		['31', 'invalid'],
		['-1', 'invalid'],
		['1.5', 'invalid'],
		['30.0', 'invalid'],
		['abc', 'invalid'],
	]);
});

test('tags: comma separated, trimmed, empty entries dropped, repeats removed, non-ASCII kept', () => {
	const rows: Array<[string, string[]]> = [
		['', []],
		['  ', []],
		[',,', []],
		['a', ['a']],
		[' a , b ,, c ', ['a', 'b', 'c']],
		['a,b,a,b', ['a', 'b']],
		['A,a', ['A', 'a']],
		['q', ['q']],
		['東京, café, 🚀 launch ,café', ['東京', 'café', '🚀 launch']],
		['two words, two words', ['two words']],
	];
	for (const [input, expected] of rows) assert.deepEqual(parseTags(input), expected, JSON.stringify(input));
});
