// What `npx ec-tui` gets on a machine that never cloned the repository: the tarball `npm pack` makes, installed
// into an empty prefix (install scripts on, no dev dependencies, offline, empty cache), and its bin run from there,
// the demo in a real pseudo-terminal. Needs dist/cli.js: `npm test` builds it first.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {filesUnder, installedPackages, installTarball, packRepository, type Installed, type Packed} from './helpers/package-install.js';
import {PtySession, terminalEnv} from './helpers/pty-session.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const SHIPPED = ['LICENSE', 'README.md', 'dist/cli.js', 'package.json'];

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

test('the installed ec-tui --demo shows the list of connections in a terminal, and q quits', async () => {
	const env = terminalEnv({XDG_CONFIG_HOME: join(dir, 'config')});
	const app = new PtySession(installed.bin, ['--demo'], {columns: 100, rows: 30, env, cwd: dir});
	const screen = await app.waitFor(
		s => /External connections .*row 1 of \d+/.test(s) && /^› .*\b\d{19}\b/m.test(s),
		'the demo list with its first row selected',
	);
	assert.match(screen, /^ DEMO /);
	await app.press('q');
	assert.equal(await app.exitCode(), 0);
});
