import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, writeFile, stat, chmod} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseCommand} from '../source/config/parse-flags.js';
import {resolveConfig} from '../source/config/resolve-config.js';
import {DEFAULT_BASE_URL} from '../source/api/base-url.js';
import {namesRequestedOff} from '../source/config/names-off.js';
import {readKeyFile, saveKey, savedKeyPath} from '../source/config/key-file.js';

const noFlags = {help: false, version: false, demo: false, noColor: false, noNames: false, noWatch: false};

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

test('--no-watch starts every screen with its watch off', () => {
	assert.deepEqual(parseCommand(['--no-watch', '--demo']), {
		command: 'app',
		flags: {...noFlags, demo: true, noWatch: true, baseUrl: undefined, apiKeyFile: undefined},
	});
});

test('--no-names or EC_TUI_NO_NAMES turns the name column off; EC_TUI_NO_NAMES empty or 0 does not', () => {
	assert.deepEqual(parseCommand(['--no-names']), {
		command: 'app',
		flags: {...noFlags, noNames: true, baseUrl: undefined, apiKeyFile: undefined},
	});
	assert.equal(namesRequestedOff(true, {}), true);
	assert.equal(namesRequestedOff(false, {EC_TUI_NO_NAMES: '1'}), true);
	assert.equal(namesRequestedOff(false, {EC_TUI_NO_NAMES: '0'}), false);
	assert.equal(namesRequestedOff(false, {EC_TUI_NO_NAMES: ''}), false);
	assert.equal(namesRequestedOff(false, {}), false);
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
		readOnly: false,
		keyGivenBy: 'TELNYX_API_KEY',
	});
	await saveKey('KEYSAVED', env);
	assert.deepEqual(await resolveConfig(noFlags, env), {
		mode: 'live',
		baseUrl: DEFAULT_BASE_URL,
		apiKey: 'KEYSAVED',
		readOnly: false,
		profile: 'default',
	});
	const file = path.join(home, 'key');
	await writeFile(file, 'KEYFILE\n', {mode: 0o600});
	assert.deepEqual(
		await resolveConfig({...noFlags, apiKeyFile: file, baseUrl: 'https://example.test/v2'}, {...env, TELNYX_API_KEY: 'KEY1'}),
		{
			mode: 'live',
			baseUrl: 'https://example.test/v2',
			apiKey: 'KEYFILE',
			readOnly: false,
			keyGivenBy: '--api-key-file',
		},
	);
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
	assert.match(((await readKeyFile(path.join(home, 'empty'))) as {message: string}).message, /empty/);
});

test('a base URL that is not http(s) is refused', async () => {
	const result = await resolveConfig({...noFlags, baseUrl: 'ftp://example.com'}, {TELNYX_API_KEY: 'K'});
	assert.equal(result.mode, 'invalid');
});

test('a key file that is a directory, a FIFO or larger than 4 KB is refused with one sentence, at once', async () => {
	const {execFileSync} = await import('node:child_process');
	const {mkdir} = await import('node:fs/promises');
	const dir = await temporaryDirectory();
	const directory = path.join(dir, 'key-dir');
	await mkdir(directory, {mode: 0o700});
	const fifo = path.join(dir, 'key-fifo');
	execFileSync('mkfifo', ['-m', '600', fifo]);
	const large = path.join(dir, 'key-large');
	await writeFile(large, 'K'.repeat(4097), {mode: 0o600});
	const cases: Array<[string, RegExp]> = [
		[directory, /: it is a directory, not a file\.$/],
		[fifo, /: it is not a regular file\.$/],
		[large, /: it is larger than 4 KB, too large to be a key\.$/],
	];
	for (const [file, reason] of cases) {
		const result = await resolveConfig({...noFlags, apiKeyFile: file}, {});
		assert.equal(result.mode, 'invalid');
		const {message} = result as {message: string};
		assert.match(message, new RegExp(`^Refusing the API key file ${file}`));
		assert.match(message, reason);
		assert.equal(message.split(/\.\s/).length, 1, 'one sentence');
	}
	await writeFile(large, 'K'.repeat(4096), {mode: 0o600});
	assert.equal((await readKeyFile(large)).ok, true, 'exactly 4 KB is still a key');
});

test('a key with a character a header cannot carry is refused with its position, never echoed', async () => {
	const dir = await temporaryDirectory();
	const file = path.join(dir, 'key');
	const cases: Array<[string, string]> = [
		['KEYabc\ndef', 'a line break at position 7'],
		['KEYabc\u0007', 'a control character at position 7'],
		['KEYé⚡', 'a non-ASCII character at position 4'],
		['KEY⚡x\u0000', 'a non-ASCII character at position 4'],
	];
	for (const [key, where] of cases) {
		await writeFile(file, key, {mode: 0o600});
		for (const [flags, env, source] of [
			[{...noFlags, apiKeyFile: file}, {}, file],
			[noFlags, {TELNYX_API_KEY: key, XDG_CONFIG_HOME: dir}, 'TELNYX_API_KEY'],
		] as const) {
			const result = await resolveConfig(flags, env);
			assert.equal(result.mode, 'invalid');
			const {message} = result as {message: string};
			assert.equal(
				message,
				`The API key from ${source} has ${where}, which cannot be sent in an HTTP header; check that it was copied whole and alone.`,
			);
			assert.ok(!message.includes(key.trim()) && !message.includes('KEYabc'));
		}
	}
});

test('saving never writes through a symlink at the save path, and makes the directory 700 and the file 600', async () => {
	const {lstat, mkdir, readFile, symlink} = await import('node:fs/promises');
	const home = await temporaryDirectory();
	const env = {XDG_CONFIG_HOME: home};
	const directory = path.join(home, 'ec-tui');
	await mkdir(directory, {mode: 0o755});
	await chmod(directory, 0o755);
	const elsewhere = path.join(home, 'elsewhere');
	await writeFile(elsewhere, 'untouched');
	await symlink(elsewhere, savedKeyPath(env));
	await saveKey('KEYNEW', env);
	assert.equal(await readFile(elsewhere, 'utf8'), 'untouched');
	const saved = await lstat(savedKeyPath(env));
	assert.ok(saved.isFile(), 'the link was replaced by a file');
	assert.equal(saved.mode & 0o777, 0o600);
	assert.equal((await stat(directory)).mode & 0o777, 0o700);
	assert.equal(await readFile(savedKeyPath(env), 'utf8'), 'KEYNEW\n');
	const {readdir} = await import('node:fs/promises');
	assert.deepEqual(await readdir(directory), ['api-key'], 'no temporary file left');
});

test('the key never goes over plain http to a host that is not this machine, unless --allow-insecure-http', async () => {
	const env = {TELNYX_API_KEY: 'KEY1'};
	for (const baseUrl of ['http://api.example.com/v2', 'http://10.0.0.5:8080', 'http://128.0.0.1', 'http://[::2]']) {
		const result = await resolveConfig({...noFlags, baseUrl}, env);
		assert.equal(result.mode, 'invalid', baseUrl);
		assert.match(
			(result as {message: string}).message,
			/^Refusing to send the API key over plain http to .+: use https, or pass --allow-insecure-http/,
		);
		assert.equal((await resolveConfig({...noFlags, baseUrl, allowInsecureHttp: true}, env)).mode, 'live');
	}
	for (const baseUrl of [
		'http://127.0.0.1:4010',
		'http://127.9.8.7',
		'http://127.1',
		'http://localhost:4010/v2',
		'http://[::1]:4010',
		'https://api.example.com',
	]) {
		assert.equal((await resolveConfig({...noFlags, baseUrl}, env)).mode, 'live', baseUrl);
	}
	assert.deepEqual(parseCommand(['--allow-insecure-http']), {
		command: 'app',
		flags: {...noFlags, allowInsecureHttp: true, baseUrl: undefined, apiKeyFile: undefined},
	});
});

test('--read-only and --no-journal are flags of the app', () => {
	assert.deepEqual(parseCommand(['--read-only', '--no-journal']), {
		command: 'app',
		flags: {...noFlags, readOnly: true, noJournal: true, baseUrl: undefined, apiKeyFile: undefined},
	});
});
