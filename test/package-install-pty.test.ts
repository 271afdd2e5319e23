// What `npx ec-tui` gets on a machine that never cloned the repository: the tarball `npm pack` makes, installed
// into an empty prefix (install scripts on, no dev dependencies, offline, empty cache), and its bin run from there,
// the demo in a real pseudo-terminal. Needs dist/: `npm test` builds it first.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {startSandbox} from '../source/sandbox/server.js';
import {filesUnder, installedPackages, installTarball, packRepository, type Installed, type Packed} from './helpers/package-install.js';
import {PtySession, terminalEnv} from './helpers/pty-session.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const SHIPPED = ['LICENSE', 'README.md', 'dist/cli.js', 'dist/ec-tui.js', 'dist/package.json', 'package.json'];

let dir: string;
let packed: Packed;
let installed: Installed;

before(async () => {
	assert.ok(existsSync(join(root, 'dist/cli.js')), 'dist/cli.js is missing: run `npm run build` (npm test does)');
	dir = await mkdtemp(join(tmpdir(), 'ec-tui-install-'));
	packed = await packRepository(root, dir);
	installed = await installTarball(packed.tarball, dir);
});

after(async () => {
	await PtySession.killAll();
	await rm(dir, {recursive: true, force: true});
});

test('the tarball carries only what runs, and installs as ec-tui alone: the bundle needs no other package', async () => {
	assert.deepEqual(packed.files, SHIPPED);
	assert.deepEqual(await installedPackages(installed.modules), ['ec-tui']);
	assert.deepEqual(await filesUnder(join(installed.modules, 'ec-tui')), SHIPPED);
});

test('the installed ec-tui --help exits 0 with the usage', async () => {
	const {stdout} = await run(installed.bin, ['--help'], {cwd: dir, env: terminalEnv({})});
	assert.match(stdout, /^Usage$/m);
	assert.match(stdout, /ec-tui --demo/);
});

/** Runs the installed demo (or, with args [], the app) until its list shows, then quits it with q; resolves with the exit status. */
async function demo(env: Record<string, string>, args = ['--demo']): Promise<number> {
	const app = new PtySession(installed.bin, args, {
		columns: 100,
		rows: 30,
		env: terminalEnv({XDG_CONFIG_HOME: join(dir, 'config'), ...env}),
		cwd: dir,
	});
	const screen = await app.waitFor(
		s => /External connections .*row 1 of \d+/.test(s) && /^› .*\b\d{19}\b/m.test(s),
		'the demo list with its first row selected',
	);
	if (args.includes('--demo')) assert.match(screen, /^ DEMO /);
	await app.press('q');
	return app.exitCode();
}

test('the installed ec-tui --demo shows the list of connections in a terminal, and q quits', async () => {
	assert.equal(await demo({XDG_CACHE_HOME: join(dir, 'cache-home')}), 0);
});

test('the first start leaves a code cache under $XDG_CACHE_HOME/ec-tui, and the next start uses it as it is', async () => {
	const cacheHome = join(dir, 'first-and-second');
	const file = join(cacheHome, 'ec-tui', 'code-cache');
	assert.equal(await demo({XDG_CACHE_HOME: cacheHome}), 0);
	const first = await stat(file);
	assert.match(await readFile(file, 'latin1'), new RegExp(`^ec-tui code cache [0-9a-f]{16} \\d+ ${process.version} ${process.arch}\n`));
	assert.equal(await demo({XDG_CACHE_HOME: cacheHome}), 0);
	// A cache V8 rejected would have been written anew, through a new file renamed over the old one.
	const second = await stat(file);
	assert.deepEqual([second.ino, second.mtimeMs], [first.ino, first.mtimeMs]);
});

test('with a cache home that cannot be written, from XDG_CACHE_HOME or HOME, the installed bin starts all the same', async () => {
	// A file where the folder should be: no one can create the cache there, root included.
	const notAFolder = join(dir, 'not-a-folder');
	await writeFile(notAFolder, 'a file');
	assert.equal(await demo({XDG_CACHE_HOME: notAFolder}), 0);
	assert.equal(await demo({XDG_CACHE_HOME: '', HOME: notAFolder}), 0);
	assert.equal(await readFile(notAFolder, 'utf8'), 'a file');
});

test('the code cache holds compiled code and never the API key the app ran with', async () => {
	const apiKey = 'KEY_cachecheck0123456789abcdef';
	const sandbox = await startSandbox({count: 50, apiKey});
	try {
		const cacheHome = join(dir, 'with-a-key');
		assert.equal(await demo({XDG_CACHE_HOME: cacheHome, TELNYX_API_KEY: apiKey, TELNYX_BASE_URL: sandbox.url}, []), 0);
		const cache = await readFile(join(cacheHome, 'ec-tui', 'code-cache'));
		assert.ok(cache.length > 100_000, `${cache.length} bytes`);
		for (const encoding of ['latin1', 'utf16le'] as const) assert.equal(cache.indexOf(Buffer.from(apiKey, encoding)), -1, encoding);
	} finally {
		await sandbox.close();
	}
});
