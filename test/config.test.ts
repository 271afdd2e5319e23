import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, writeFile, stat, chmod} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseCommand} from '../source/config/parse-flags.js';
import {resolveConfig} from '../source/config/resolve-config.js';
import {DEFAULT_BASE_URL} from '../source/api/base-url.js';
import {readKeyFile, saveKey, savedKeyPath} from '../source/config/key-file.js';

const noFlags = {help: false, version: false, demo: false, noColor: false};

test('parseCommand reads the app flags, the sandbox subcommand and rejects unknown input without throwing', () => {
	assert.deepEqual(parseCommand(['--demo', '--base-url', 'http://x']), {
		command: 'app',
		flags: {...noFlags, demo: true, baseUrl: 'http://x', apiKeyFile: undefined},
	});
	assert.deepEqual(parseCommand(['sandbox', '--port', '1']), {command: 'sandbox', argv: ['--port', '1']});
	const unknownFlag = parseCommand(['--nope']);
	assert.equal(unknownFlag.command, 'invalid');
	assert.match((unknownFlag as {message: string}).message, /--nope.*--help/);
	assert.equal(parseCommand(['browse']).command, 'invalid');
	assert.equal(parseCommand(['--base-url']).command, 'invalid');
});

async function temporaryDirectory() {
	return mkdtemp(path.join(os.tmpdir(), 'ec-tui-config-'));
}

test('demo wins; the key comes from --api-key-file, then TELNYX_API_KEY, then the saved key; otherwise ask', async () => {
	const home = await temporaryDirectory();
	const env = {XDG_CONFIG_HOME: home};
	assert.deepEqual(await resolveConfig({...noFlags, demo: true}, {TELNYX_API_KEY: 'KEY1'}), {mode: 'demo'});
	assert.deepEqual(await resolveConfig(noFlags, env), {mode: 'ask-key', baseUrl: DEFAULT_BASE_URL});
	assert.deepEqual(await resolveConfig(noFlags, {...env, TELNYX_API_KEY: ' KEY1 ', TELNYX_BASE_URL: 'http://127.0.0.1:9/'}), {
		mode: 'live',
		baseUrl: 'http://127.0.0.1:9',
		apiKey: 'KEY1',
	});
	await saveKey('KEYSAVED', env);
	assert.deepEqual(await resolveConfig(noFlags, env), {mode: 'live', baseUrl: DEFAULT_BASE_URL, apiKey: 'KEYSAVED'});
	const file = path.join(home, 'key');
	await writeFile(file, 'KEYFILE\n', {mode: 0o600});
	assert.deepEqual(await resolveConfig({...noFlags, apiKeyFile: file, baseUrl: 'https://example.test/v2'}, {...env, TELNYX_API_KEY: 'KEY1'}), {
		mode: 'live',
		baseUrl: 'https://example.test/v2',
		apiKey: 'KEYFILE',
	});
});

test('a saved key is written readable by the owner only, under XDG_CONFIG_HOME', async () => {
	const home = await temporaryDirectory();
	const file = await saveKey('KEYSAVED', {XDG_CONFIG_HOME: home});
	assert.equal(file, path.join(home, 'ec-tui', 'api-key'));
	assert.equal(file, savedKeyPath({XDG_CONFIG_HOME: home}));
	assert.equal((await stat(file)).mode & 0o777, 0o600);
});

test('a key file readable by group or others is refused with an explanation that does not show the key', async () => {
	const home = await temporaryDirectory();
	const file = path.join(home, 'key');
	await writeFile(file, 'KEYsecret_zzz\n');
	await chmod(file, 0o644);
	const result = await readKeyFile(file);
	assert.equal(result.ok, false);
	const message = (result as {message: string}).message;
	assert.match(message, /mode is 644.*chmod 600/);
	assert.ok(!message.includes('KEYsecret_zzz'));
	assert.equal((await readKeyFile(path.join(home, 'missing'))).ok, false);
	await writeFile(path.join(home, 'empty'), '\n', {mode: 0o600});
	assert.match((await readKeyFile(path.join(home, 'empty')) as {message: string}).message, /empty/);
});

test('a base URL that is not http(s) is refused', async () => {
	const result = await resolveConfig({...noFlags, baseUrl: 'ftp://example.com'}, {TELNYX_API_KEY: 'K'});
	assert.equal(result.mode, 'invalid');
});
