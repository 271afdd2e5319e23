import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {bundleInputProblems, runtimeImportProblems} from '../build/bundle-inputs.js';
import {markerProblems, patchedFiles} from '../build/patch-markers.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const PATCHED = [
	'node_modules/@alcalzone/ansi-tokenize/build/styledChars.js',
	'node_modules/@alcalzone/ansi-tokenize/build/tokenize.js',
	'node_modules/@sindresorhus/is/distribution/index.js',
	'node_modules/ink/build/ink.js',
	'node_modules/ink/build/log-update.js',
	'node_modules/ink/build/measure-text.js',
	'node_modules/ink/build/output.js',
	'node_modules/ink/build/render-node-to-output.js',
	'node_modules/ink/build/wrap-text.js',
	'node_modules/ink-text-input/build/index.d.ts',
	'node_modules/ink-text-input/build/index.js',
	'node_modules/slice-ansi/tokenize-ansi.js',
	'node_modules/string-width/index.d.ts',
	'node_modules/string-width/index.js',
	'node_modules/wrap-ansi/node_modules/string-width/index.js',
	'node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js',
];

test('every patched module in node_modules carries each of its patch markers exactly once', async () => {
	const problems: string[] = [];
	const files = await patchedFiles(root, problems);
	assert.deepEqual(problems, []);
	assert.deepEqual(files.map(({file}) => file).sort(), PATCHED.sort());
	assert.ok(files.every(({markers}) => markers.length > 0));
	assert.deepEqual(await markerProblems(root), []);
});

test('the ink that the screen tests import is the patched copy in node_modules', () => {
	assert.equal(fileURLToPath(import.meta.resolve('ink')), join(root, 'node_modules/ink/build/index.js'));
});

const PATCH = `diff --git a/node_modules/dep/index.js b/node_modules/dep/index.js
--- a/node_modules/dep/index.js
+++ b/node_modules/dep/index.js
@@ -1,2 +1,3 @@
 const a = 1;
+/* ec-tui patch: first */
 const b = 2;
@@ -8,2 +9,2 @@
 const c = 3;
-const d = 4;
+const d = 5;
`;

async function problemsWith(installed: string | undefined) {
	const dir = await mkdtemp(join(tmpdir(), 'ec-tui-patches-'));
	try {
		await mkdir(join(dir, 'patches'));
		await mkdir(join(dir, 'node_modules/dep'), {recursive: true});
		await writeFile(join(dir, 'patches/dep+1.0.0.patch'), PATCH);
		if (installed !== undefined) await writeFile(join(dir, 'node_modules/dep/index.js'), installed);
		return await markerProblems(dir);
	} finally {
		await rm(dir, {recursive: true});
	}
}

test('a marker missing or doubled, a hunk without one, or a patched file not installed is reported', async () => {
	const unmarked = 'dep+1.0.0.patch: a hunk in node_modules/dep/index.js adds no "ec-tui patch:" marker';
	assert.deepEqual(await problemsWith('/* ec-tui patch: first */'), [unmarked]);
	assert.deepEqual(await problemsWith('const a = 1;'), [
		unmarked,
		'dep+1.0.0.patch: node_modules/dep/index.js has /* ec-tui patch: first */ 0 times, not once (run npm ci)',
	]);
	assert.deepEqual(await problemsWith('/* ec-tui patch: first */\n/* ec-tui patch: first */'), [
		unmarked,
		'dep+1.0.0.patch: node_modules/dep/index.js has /* ec-tui patch: first */ 2 times, not once (run npm ci)',
	]);
	assert.deepEqual(await problemsWith(undefined), [unmarked, 'dep+1.0.0.patch: node_modules/dep/index.js is not installed']);
});

test('the bundle must hold every patched file and no unpatched copy of one', () => {
	const patched = ['node_modules/ink/build/output.js', 'node_modules/string-width/index.js', 'node_modules/string-width/index.d.ts'];
	const inputs = ['cli.tsx', 'node_modules/ink/build/output.js', 'node_modules/string-width/index.js'];
	assert.deepEqual(bundleInputProblems(inputs, patched), []);
	assert.deepEqual(bundleInputProblems([...inputs.slice(0, 2), 'node_modules/x/node_modules/string-width/index.js'], patched), [
		'node_modules/string-width/index.js is patched but no longer in the bundle',
		'node_modules/x/node_modules/string-width/index.js is in the bundle unpatched, while another copy of it is patched',
	]);
});

test("the bundle may leave only Node's own modules to run time, with or without the node: prefix, and only require()d", () => {
	const required = (path: string) => ({path, kind: 'require-call'});
	assert.deepEqual(runtimeImportProblems([required('node:fs'), required('events'), required('node:timers/promises')]), []);
	assert.deepEqual(runtimeImportProblems([required('node:fs'), required('react-devtools-core'), required('react-devtools-core')]), [
		"the bundle imports react-devtools-core at run time, which is not one of Node's own modules",
	]);
	assert.deepEqual(
		runtimeImportProblems([
			{path: 'node:fs', kind: 'import-statement'},
			{path: 'node:http', kind: 'dynamic-import'},
		]),
		[
			'the bundle imports node:fs with an import, which a script cannot run: it must be require()d',
			'the bundle imports node:http with an import, which a script cannot run: it must be require()d',
		],
	);
});
