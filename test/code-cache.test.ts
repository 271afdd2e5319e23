import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {codeCacheFile, codeCacheKey, compileWithCache, readCodeCache, writeCodeCache} from '../source/runtime/code-cache.js';

// A script like the bundle: a function expression, some of whose functions only compile when they first run.
const SOURCE = '(function (n) { const square = x => x * x; function later(x) { return square(x) + 1; } return later(n); })';
const KEY = codeCacheKey('0123456789abcdef', SOURCE);

let dir: string;

before(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ec-tui-code-cache-'));
});

after(async () => {
	await rm(dir, {recursive: true, force: true});
});

// V8 keeps what this process compiled by source and script name; a new name each time makes every compile go through
// the file, as each start of the bin does.
let compiles = 0;
const compile = (file: string, key = KEY) => compileWithCache(SOURCE, `bundle-${++compiles}.js`, file, key);

const run = (compiled: ReturnType<typeof compileWithCache>) => (compiled.script.runInThisContext() as (n: number) => number)(3);

test('the cache lives under $XDG_CACHE_HOME/ec-tui, or ~/.cache/ec-tui when that is unset or relative', () => {
	assert.equal(codeCacheFile({XDG_CACHE_HOME: '/var/cache/me'}, '/home/me'), '/var/cache/me/ec-tui/code-cache');
	assert.equal(codeCacheFile({}, '/home/me'), '/home/me/.cache/ec-tui/code-cache');
	assert.equal(codeCacheFile({XDG_CACHE_HOME: 'relative/cache'}, '/home/me'), '/home/me/.cache/ec-tui/code-cache');
	assert.equal(codeCacheFile({XDG_CACHE_HOME: ''}, '/home/me'), '/home/me/.cache/ec-tui/code-cache');
});

test('the key names the bundle, its length and the Node that compiles it', () => {
	assert.equal(KEY, `0123456789abcdef ${SOURCE.length} ${process.version} ${process.arch}`);
	assert.notEqual(codeCacheKey('0123456789abcdef', `${SOURCE} `), KEY);
});

test('with no cache the script compiles as usual; the data it then produces is saved, and V8 accepts it on the next start', async () => {
	const file = join(dir, 'produce', 'ec-tui', 'code-cache');
	const first = compile(file);
	assert.equal(first.state, 'absent');
	assert.equal(run(first), 10);
	assert.equal(writeCodeCache(file, KEY, first.script.createCachedData()), true);
	assert.deepEqual(await readdir(join(dir, 'produce', 'ec-tui')), ['code-cache'], 'no temporary file is left beside it');

	const second = compile(file);
	assert.equal(second.state, 'accepted');
	assert.equal(run(second), 10);
});

test('a cache for another bundle or Node is not used: it reads as absent', () => {
	const file = join(dir, 'other-key', 'code-cache');
	assert.equal(writeCodeCache(file, KEY, compile(file).script.createCachedData()), true);
	const otherKey = codeCacheKey('fedcba9876543210', SOURCE);
	assert.equal(readCodeCache(file, otherKey), undefined);
	assert.equal(compile(file, otherKey).state, 'absent');
});

test('corrupt or cut-short data is rejected by V8 and the script still compiles and runs', async () => {
	const file = join(dir, 'corrupt', 'code-cache');
	const good = compile(file).script.createCachedData();
	for (const bad of [Buffer.from('not a code cache at all'), good.subarray(0, good.length >> 1), Buffer.alloc(0)]) {
		assert.equal(writeCodeCache(file, KEY, bad), true);
		const compiled = compile(file);
		assert.equal(compiled.state, 'rejected');
		assert.equal(run(compiled), 10);
	}
	// A file that is not ours at all: no header line within reach.
	await writeFile(file, Buffer.alloc(4096, 1));
	assert.equal(readCodeCache(file, KEY), undefined);
	assert.equal(compile(file).state, 'absent');
});

test('a cache home that cannot be written (here, a file in place of a folder, which stops root too) is skipped quietly', async () => {
	const notAFolder = join(dir, 'not-a-folder');
	await writeFile(notAFolder, 'a file');
	const file = codeCacheFile({XDG_CACHE_HOME: notAFolder}, '/nonexistent');
	const compiled = compile(file);
	assert.equal(compiled.state, 'absent');
	assert.equal(run(compiled), 10);
	assert.equal(writeCodeCache(file, KEY, compiled.script.createCachedData()), false);
	assert.equal(await readFile(notAFolder, 'utf8'), 'a file');
});

test('the file written is the header line and then the data, which reads back whole', () => {
	const file = join(dir, 'round-trip', 'code-cache');
	const data = Buffer.from([0, 10, 255, 10, 7]);
	assert.equal(writeCodeCache(file, KEY, data), true);
	assert.deepEqual(readCodeCache(file, KEY), data);
});
