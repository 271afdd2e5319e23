// Named profiles: which account a run uses (--profile, TELNYX_PROFILE, the saved default; TELNYX_API_KEY and
// --api-key-file win), the files they live in (owner only), and `ec-tui profile list|add|use|remove`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmod, mkdtemp, readFile, stat, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {parseCommand} from '../source/config/parse-flags.js';
import {resolveConfig, resolveProfile} from '../source/config/resolve-config.js';
import {saveKey, savedKeyPath} from '../source/config/key-file.js';
import {profilesFilePath} from '../source/config/profiles-file.js';
import {parseProfilesFile} from '../source/config/profiles.js';
import {runProfileCommand} from '../source/commands/profile-command.js';
import {typeSecret} from '../source/commands/secret-line.js';
import {DEFAULT_BASE_URL} from '../source/api/base-url.js';
import {startSandbox} from '../source/sandbox/server.js';
import {runCommand} from './helpers/command-run.js';

const flags = {demo: false};
const STAGING_KEY = 'KEYstaging_0000000000000001';
const PRODUCTION_KEY = 'KEYproduction_000000000002';

async function configHome(): Promise<NodeJS.ProcessEnv> {
	return {XDG_CONFIG_HOME: await mkdtemp(path.join(os.tmpdir(), 'ec-tui-profiles-'))};
}

/** Runs `ec-tui profile ARGV` with `input` on a piped stdin; its status and what it wrote. */
async function profile(env: NodeJS.ProcessEnv, argv: string[], input = '') {
	const stdin = new PassThrough();
	stdin.end(input);
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', chunk => (out += chunk));
	stderr.on('data', chunk => (err += chunk));
	const status = await runProfileCommand(argv, {stdin, stdout, stderr, env});
	return {status, out, err};
}

/** Two profiles: staging (the first, so the default) on a sandbox URL, production read-only. */
async function twoProfiles(): Promise<NodeJS.ProcessEnv> {
	const env = await configHome();
	assert.equal((await profile(env, ['add', 'staging', '--base-url', 'http://127.0.0.1:4010/'], `${STAGING_KEY}\n`)).status, 0);
	assert.equal((await profile(env, ['add', 'production', '--read-only'], PRODUCTION_KEY)).status, 0);
	return env;
}

test('the saved default is used; --profile wins over TELNYX_PROFILE, which wins over the default', async () => {
	const env = await twoProfiles();
	assert.deepEqual(await resolveConfig(flags, env), {
		mode: 'live',
		baseUrl: 'http://127.0.0.1:4010',
		apiKey: STAGING_KEY,
		readOnly: false,
		profile: 'staging',
	});
	const production = {mode: 'live', baseUrl: DEFAULT_BASE_URL, apiKey: PRODUCTION_KEY, readOnly: true, profile: 'production'};
	assert.deepEqual(await resolveConfig(flags, {...env, TELNYX_PROFILE: 'production'}), production);
	assert.deepEqual(await resolveConfig({...flags, profile: 'production'}, {...env, TELNYX_PROFILE: 'staging'}), production);
	assert.equal((await profile(env, ['use', 'production'])).status, 0);
	assert.deepEqual(await resolveConfig(flags, env), production);
});

test('TELNYX_API_KEY and --api-key-file win over any profile and take none of its settings, but a read-only one stays read-only', async () => {
	const env = await twoProfiles();
	const fromEnv = await resolveConfig({...flags, profile: 'production'}, {...env, TELNYX_API_KEY: 'KEYenv'});
	assert.deepEqual(fromEnv, {
		mode: 'live',
		baseUrl: DEFAULT_BASE_URL,
		apiKey: 'KEYenv',
		readOnly: true,
		keyGivenBy: 'TELNYX_API_KEY',
		notice: 'TELNYX_API_KEY is set, so it is used, not the profile "production", and it stays read-only as that profile is.',
	});
	const file = path.join(env['XDG_CONFIG_HOME']!, 'key');
	await writeFile(file, 'KEYfile\n', {mode: 0o600});
	const fromFile = await resolveConfig({...flags, apiKeyFile: file}, {...env, TELNYX_PROFILE: 'production'});
	assert.deepEqual(fromFile, {
		mode: 'live',
		baseUrl: DEFAULT_BASE_URL,
		apiKey: 'KEYfile',
		readOnly: true,
		keyGivenBy: '--api-key-file',
		notice: '--api-key-file is set, so it is used, not the profile "production", and it stays read-only as that profile is.',
	});
	// Without a profile asked for, nothing to say.
	assert.deepEqual(await resolveConfig(flags, {...env, TELNYX_API_KEY: 'KEYenv'}), {
		mode: 'live',
		baseUrl: DEFAULT_BASE_URL,
		apiKey: 'KEYenv',
		readOnly: false,
		keyGivenBy: 'TELNYX_API_KEY',
	});
	assert.deepEqual(await resolveConfig({...flags, demo: true, profile: 'production'}, env), {mode: 'demo'});
});

test('--base-url and TELNYX_BASE_URL win over the base URL a profile carries', async () => {
	const env = await twoProfiles();
	const viaEnv = await resolveConfig(flags, {...env, TELNYX_BASE_URL: 'https://example.test/v2'});
	assert.equal(viaEnv.mode === 'live' && viaEnv.baseUrl, 'https://example.test/v2');
	const viaFlag = await resolveConfig({...flags, baseUrl: 'https://flag.test'}, {...env, TELNYX_BASE_URL: 'https://example.test/v2'});
	assert.equal(viaFlag.mode === 'live' && viaFlag.baseUrl, 'https://flag.test');
	// A profile picked in the TUI uses its own: nothing given for the first account carries over.
	const picked = await resolveProfile('staging', {...env, TELNYX_BASE_URL: 'https://example.test/v2', TELNYX_API_KEY: 'KEYenv'}, false);
	assert.deepEqual(picked, {mode: 'live', baseUrl: 'http://127.0.0.1:4010', apiKey: STAGING_KEY, readOnly: false, profile: 'staging'});
});

test('an unknown profile name is refused with the known ones and the nearest; exit status 2 from the command line', async () => {
	const env = await twoProfiles();
	const flag = await resolveConfig({...flags, profile: 'prodution'}, env);
	assert.deepEqual(flag, {
		mode: 'invalid',
		message:
			'No profile named "prodution" (--profile). Did you mean production? Known profiles: production, staging (ec-tui profile list).',
	});
	const fromEnv = await resolveConfig(flags, {...env, TELNYX_PROFILE: 'qa'});
	assert.match(
		fromEnv.mode === 'invalid' ? fromEnv.message : '',
		/^No profile named "qa" \(TELNYX_PROFILE\)\. Known profiles: production, staging/,
	);
	const none = await resolveConfig({...flags, profile: 'qa'}, await configHome());
	assert.match(none.mode === 'invalid' ? none.message : '', /none is saved yet; ec-tui profile add qa saves one/);
	const used = await profile(env, ['use', 'qa']);
	assert.equal(used.status, 2);
	assert.match(used.err, /No profile named "qa".*Known profiles: production, staging/);
	assert.equal((await profile(env, ['remove', 'qa'])).status, 2);
});

test('the key saved before profiles existed is the profile "default", and the default when none is chosen', async () => {
	const env = await configHome();
	await saveKey('KEYold', env);
	const expected = {mode: 'live', baseUrl: DEFAULT_BASE_URL, apiKey: 'KEYold', readOnly: false, profile: 'default'};
	assert.deepEqual(await resolveConfig(flags, env), expected);
	assert.deepEqual(await resolveConfig({...flags, profile: 'default'}, env), expected);
	// Adding another leaves "default" the default; the list shows both.
	assert.equal((await profile(env, ['add', 'staging'], STAGING_KEY)).status, 0);
	assert.deepEqual(await resolveConfig(flags, env), expected);
	const listed = await profile(env, ['list', '--json']);
	assert.deepEqual(JSON.parse(listed.out), [
		{name: 'default', baseUrl: DEFAULT_BASE_URL, readOnly: false, default: true},
		{name: 'staging', baseUrl: DEFAULT_BASE_URL, readOnly: false, default: false},
	]);
	// With nothing saved at all, the start screen asks.
	assert.deepEqual(await resolveConfig(flags, await configHome()), {mode: 'ask-key', baseUrl: DEFAULT_BASE_URL});
});

test('keys and the profiles file are written 0600 in a 0700 folder; a file others may read is refused', async () => {
	const env = await twoProfiles();
	const folder = path.join(env['XDG_CONFIG_HOME']!, 'ec-tui');
	assert.equal((await stat(folder)).mode & 0o777, 0o700);
	for (const file of [profilesFilePath(env), savedKeyPath(env, 'staging'), savedKeyPath(env, 'production')]) {
		assert.equal((await stat(file)).mode & 0o777, 0o600, file);
	}
	assert.equal(await readFile(savedKeyPath(env, 'production'), 'utf8'), `${PRODUCTION_KEY}\n`);
	const text = await readFile(profilesFilePath(env), 'utf8');
	assert.ok(!text.includes(STAGING_KEY) && !text.includes(PRODUCTION_KEY), 'no key in the profiles file');
	assert.deepEqual(JSON.parse(text), {
		defaultProfile: 'staging',
		profiles: {staging: {baseUrl: 'http://127.0.0.1:4010'}, production: {readOnly: true}},
	});

	await chmod(savedKeyPath(env, 'staging'), 0o644);
	const key = await resolveConfig(flags, env);
	assert.match(key.mode === 'invalid' ? key.message : '', /Refusing the API key file .*api-key\.staging: its mode is 644/);
	await chmod(profilesFilePath(env), 0o640);
	const file = await resolveConfig(flags, env);
	assert.match(file.mode === 'invalid' ? file.message : '', /Refusing the profiles file .*profiles\.json: its mode is 640/);
	assert.equal((await profile(env, ['list'])).status, 2);
});

test('a profiles file of the wrong shape is one sentence naming the file, never a crash', () => {
	const problem = (text: string) => {
		const parsed = parseProfilesFile(text, '/x/profiles.json');
		return parsed.ok ? 'ok' : parsed.message;
	};
	assert.equal(problem('{'), 'The profiles file /x/profiles.json is not JSON; fix or remove it.');
	assert.match(problem('[]'), /has no "profiles" object/);
	assert.match(problem('{"profiles": {"a": {"baseUrl": 3}}}'), /"baseUrl" of "a" that is not text/);
	assert.match(problem('{"profiles": {"a": {"readOnly": "yes"}}}'), /"readOnly" of "a" that is not true or false/);
	assert.match(problem('{"profiles": {"../a": {}}}'), /not a profile name/);
	assert.match(problem('{"defaultProfile": 1, "profiles": {}}'), /"defaultProfile" that is not a name/);
	assert.equal(problem('{"profiles": {"a": {}}, "comment": "kept"}'), 'ok');
});

test('profile add refuses a bad name, base URL or key before writing anything; list never shows a key', async () => {
	const env = await configHome();
	assert.match((await profile(env, ['add', '../x'], STAGING_KEY)).err, /cannot name a profile/);
	assert.match((await profile(env, ['add', 'a', '--base-url', 'ftp://x'], STAGING_KEY)).err, /not an http\(s\) URL/);
	assert.match((await profile(env, ['add', 'a'], '')).err, /no key was given/);
	assert.match((await profile(env, ['add', 'a'], 'KEY\u00e9x')).err, /non-ASCII character at position 4/);
	assert.equal(existsSync(path.join(env['XDG_CONFIG_HOME']!, 'ec-tui')), false, 'nothing written');
	const twice = await twoProfiles();
	const replaced = await profile(twice, ['add', 'staging'], 'KEYnewer_staging_key_00000');
	assert.match(replaced.out, /^Replaced the profile "staging"/);
	const listed = await profile(twice, ['list']);
	assert.equal(
		listed.out,
		[
			'  NAME        BASE URL                   READ-ONLY',
			'  production  https://api.telnyx.com/v2  yes',
			'* staging     https://api.telnyx.com/v2  no',
			'',
		].join('\n'),
	);
	assert.ok(![STAGING_KEY, PRODUCTION_KEY, 'KEYnewer_staging_key_00000'].some(key => (listed.out + listed.err).includes(key.slice(-8))));
});

test('profile remove deletes the key file; removing the default leaves none, or "default" when it exists', async () => {
	const env = await twoProfiles();
	const removed = await profile(env, ['remove', 'staging']);
	assert.equal(removed.status, 0);
	assert.match(removed.out, /No profile is the default now: ec-tui profile use NAME picks one\.$/m);
	assert.equal(existsSync(savedKeyPath(env, 'staging')), false);
	assert.deepEqual(await resolveConfig(flags, env), {mode: 'ask-key', baseUrl: DEFAULT_BASE_URL});
	await saveKey('KEYold', env);
	assert.equal((await profile(env, ['use', 'production'])).status, 0);
	assert.match((await profile(env, ['remove', 'production'])).out, /The default is "default" now\.$/m);
});

test('the profile command: verbs, flags and help, each mistake a usage error; profile and profiles are told apart', async () => {
	const env = await configHome();
	assert.match((await profile(env, ['lst'])).err, /no verb "lst"\. Did you mean list\?/);
	assert.match((await profile(env, ['use'])).err, /use takes one profile name/);
	assert.match((await profile(env, ['use', 'a', '--read-only'])).err, /--read-only does not go with use/);
	assert.match((await profile(env, ['list', '--nope'])).err, /Unknown option '--nope'/);
	const help = await profile(env, ['--help']);
	assert.equal(help.status, 0);
	assert.match(help.out, /ec-tui profiles list, with an s, lists the account's outbound voice profiles/);
	assert.equal((await profile(env, [])).status, 2);
	assert.deepEqual(parseCommand(['profile', 'add', 'x']), {command: 'profile', argv: ['add', 'x']});
	assert.deepEqual(parseCommand(['--profile', 'staging', 'connections', 'list']), {
		command: 'read',
		argv: ['connections', 'list', '--profile', 'staging'],
	});
	const typo = parseCommand(['profil']);
	assert.match(typo.command === 'invalid' ? typo.message : '', /Did you mean profile \(the saved account profiles/);
});

test('a key typed on a terminal is echoed as dots; Backspace, Ctrl+U and arrow keys edit it; Ctrl+C interrupts', () => {
	const typed = typeSecret({value: ''}, 'KEYab');
	assert.deepEqual(typed, {line: {value: 'KEYab'}, echo: '•••••'});
	assert.deepEqual(typeSecret(typed.line, '\u007Fc\u001B[D\u001BOA'), {line: {value: 'KEYac'}, echo: '\b \b•'});
	assert.deepEqual(typeSecret(typed.line, '\u0015X\rrest'), {line: {value: 'X', done: 'enter'}, echo: '\b \b'.repeat(5) + '•'});
	assert.deepEqual(typeSecret(typed.line, '\u0003'), {line: {value: 'KEYab', done: 'interrupt'}, echo: ''});
	assert.deepEqual(typeSecret({value: ''}, '\u007F\t\u0001'), {line: {value: ''}, echo: ''});
});

test('a subcommand takes --profile: its key and base URL over real HTTP; an unknown one exits 2', async () => {
	const [first, second] = await Promise.all([
		startSandbox({apiKey: STAGING_KEY, count: 3}),
		startSandbox({apiKey: PRODUCTION_KEY, count: 5}),
	]);
	try {
		const env = await configHome();
		await profile(env, ['add', 'first', '--base-url', first.url], STAGING_KEY);
		await profile(env, ['add', 'second', '--base-url', second.url], PRODUCTION_KEY);
		const ids = (run: {stdout: string}) => (JSON.parse(run.stdout) as unknown[]).length;
		assert.equal(ids(await runCommand(['connections', 'list', '--json'], {env})), 3, 'the default profile');
		assert.equal(ids(await runCommand(['connections', 'list', '--json', '--profile', 'second'], {env})), 5);
		assert.equal(ids(await runCommand(['connections', 'list', '--json'], {env: {...env, TELNYX_PROFILE: 'second'}})), 5);
		const overridden = await runCommand(['connections', 'list', '--json', '--profile', 'second'], {
			env: {...env, TELNYX_API_KEY: STAGING_KEY, TELNYX_BASE_URL: first.url},
		});
		assert.equal(ids(overridden), 3);
		assert.equal(overridden.stderr, 'ec-tui: TELNYX_API_KEY is set, so it is used, not the profile "second".\n');
		const unknown = await runCommand(['connections', 'list', '--profile', 'third'], {env});
		assert.equal(unknown.code, 2);
		assert.match(unknown.stderr, /No profile named "third" \(--profile\)\. Known profiles: first, second/);
		assert.equal(second.requests.filter(request => request.path.endsWith('/external_connections')).length, 2);
	} finally {
		await Promise.all([first.close(), second.close()]);
	}
});

test('a profile saved read-only refuses a change subcommand with exit 2 and sends nothing; reads still work', async () => {
	const sandbox = await startSandbox({apiKey: PRODUCTION_KEY, count: 3});
	try {
		const env = await configHome();
		await profile(env, ['add', 'production', '--base-url', sandbox.url, '--read-only'], PRODUCTION_KEY);
		const listed = await runCommand(['connections', 'list', '--json'], {env});
		assert.equal((JSON.parse(listed.stdout) as unknown[]).length, 3);
		const [first] = JSON.parse(listed.stdout) as Array<{id: string}>;
		const refused = await runCommand(['connections', 'update', first!.id, '--set', 'active=false'], {env});
		assert.equal(refused.code, 2);
		assert.match(refused.stderr, /read-only .*Nothing sent/);
		assert.deepEqual(
			sandbox.requests.filter(request => request.method !== 'GET'),
			[],
		);
	} finally {
		await sandbox.close();
	}
});
