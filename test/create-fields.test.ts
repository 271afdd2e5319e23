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
import {Ajv2020} from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

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
		['2147483647', 2147483647],
		// Past int32: what Telnyx stores, and what the sandbox refuses with a 422.
		['2147483648', 'invalid'],
		['9007199254740991', 'invalid'],
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
		['https://xn--tda.example/a%20b?q=%C3%BC', 'https://xn--tda.example/a%20b?q=%C3%BC'],
		['http://[::1]:8080/hook', 'http://[::1]:8080/hook'],
		// What the edit form used to send: the WHATWG parser takes them, the spec's format: uri does not.
		['https://a.example/hook path?q=a b', 'invalid'],
		['https://ü.example/%zz\\x', 'invalid'],
		['https://a.example/%zz\\evil', 'invalid'],
		['https://a.example/\x1b]0;t\x07', 'invalid'],
		['https://a.example/a"b', 'invalid'],
		['https://a.example/a{b}', 'invalid'],
	]);
});

test('webhook URL: every URL the field takes passes Ajv with format: uri (the conformance check), and every one it refuses for the format fails it', () => {
	const ajv = new Ajv2020();
	addFormats.default(ajv);
	const isUriForAjv = ajv.compile({type: 'string', format: 'uri'});
	const samples = [
		'https://example.com/hooks?x=1',
		'https://a.example/hook path?q=a b',
		'https://ü.example/%zz\\x',
		'https://a.example/%zz',
		'https://a.example/%2',
		'https://a.example/%41',
		'https://a.example/\x1b\x07',
		'https://a.example/\u2028',
		'https://a.example/a\u2028b',
		'https://a.example/a|b',
		'https://a.example/a^b',
		'https://a.example/`',
		'https://a.example/é',
		'http://[::1]/x',
		'https://user:pw@a.example:8443/p;q?r#s',
	];
	for (const url of samples) {
		// The field sends the URL trimmed (of spaces and line separators alike).
		const result = validateWebhookUrl(url);
		const sent = url.trim();
		assert.equal(
			result.ok,
			isUriForAjv(sent),
			`${JSON.stringify(sent)}: the field says ${JSON.stringify(result)}, Ajv ${isUriForAjv(sent)}`,
		);
	}
});

test('webhook URL: a refusal names the first offending character by position, never echoing it', () => {
	const message = (url: string) => {
		const result = validateWebhookUrl(url);
		assert.equal(result.ok, false, url);
		return result.ok ? '' : result.message;
	};
	assert.match(message('https://a.example/hook path'), /^Character 23 is a space, which a URL must percent-encode \(a space is %20/);
	assert.match(message('https://ü.example/'), /^Character 9 is the character U\+00FC.*punycode/);
	assert.match(message('https://a.example/%zz'), /^Character 19 is a % not followed by two hex digits: write a literal % as %25\./);
	assert.match(message('https://a.example/\\x'), /^Character 19 is a backslash/);
	const control = message('https://a.example/\x1b]0;t\x07');
	assert.match(control, /^Character 19 is a control character \(U\+001B\)/);
	assert.doesNotMatch(control, /[\x00-\x1f]/);
	assert.ok(control.endsWith(WEBHOOK_URL_RULE), control);
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
