// Bundles the CLI into one file, dist/ec-tui.js, run by a small launcher, dist/cli.js (bin.ts): a single file starts
// Ink about twice as fast as resolving node_modules, and the launcher compiles it with a V8 code cache
// (source/runtime/code-cache.ts). For that the bundle is a script, not a module: one async function expression (ESM
// output, so Ink's and yoga's top-level awaits stay legal) whose Node modules are require()d where first used.
// The edits to Ink and its dependencies that the benchmark asked for are not made here but in patches/, applied
// by `npm ci` in a clone (see patches/README.md), so the tests run the same code; this checks they are there
// exactly once. The bundle and the launcher are the whole installed package: they may import nothing but Node's own
// modules.
import {createHash} from 'node:crypto';
import {chmod, readFile, writeFile} from 'node:fs/promises';
import {isBuiltin} from 'node:module';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import {build} from 'esbuild';
import {bundleInputProblems, runtimeImportProblems} from './bundle-inputs.js';
import {markerProblems, patchedFiles} from './patch-markers.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// V8 lets the old space grow to about four times what survives a collection before collecting again, so RSS
// climbs while scrolling although the live heap stays at 20-30 MB (rss_mb_100k 179.5 against 129.5 at row 1,000).
// Growing by 30 % instead keeps it flat (133.0 against 131.7) for no measurable key-to-frame cost.
// The young generation may grow to 3 × 16 MB, and scrolling, which allocates on every key, fills it: with 2 MB
// semi-spaces RSS at row 100,000 is 91.6 MB instead of 120.1 (a 100-row terminal). The price is a scavenge every few
// keys, about 1 ms more CPU a key, which reusing unchanged rows in Ink's output (patches/ink) more than pays back.
// --expose-gc gives source/runtime/collect-when-quiet.ts its gc().
const NODE_FLAGS = '--heap-growing-percent=30 --max-semi-space-size=2 --expose-gc';

// Modules on the start-up path that ec-tui never uses, replaced by stubs (each stub says why):
// Ink's devtools.js (react-devtools-core and ws, 50 KB) loads only when DEV is set; got's HTTP/2 and cache
// support (http2-wrapper loads node:http2) only when its http2 or cache option is set.
const STUBS = [
	{request: /^\.\/devtools\.js$/, importer: /ink[/\\]build[/\\]reconciler\.js$/, stub: 'build/stubs/devtools.ts'},
	{request: /^(http2-wrapper|cacheable-request)$/, importer: /got[/\\]dist[/\\]source[/\\]/, stub: 'build/stubs/got-unused.ts'},
];

const stubUnusedModules = {
	name: 'stub-unused-modules',
	setup(builder: import('esbuild').PluginBuild) {
		builder.onResolve({filter: new RegExp(STUBS.map(stub => stub.request.source).join('|'))}, ({path, importer}) => {
			const match = STUBS.find(stub => stub.request.test(path) && stub.importer.test(importer));
			return match ? {path: `${root}${match.stub}`} : undefined;
		});
	},
};

// Node's own modules become require() calls inside the module that imports them, which esbuild initialises on
// first use: node:http, node:zlib or node:child_process load only when the sandbox, a response or a command needs
// them, not all before the first line runs as the static imports of an ES module would.
const requireNodeModules = {
	name: 'require-node-modules',
	setup(builder: import('esbuild').PluginBuild) {
		builder.onResolve({filter: /.*/}, ({path, namespace}) => {
			if (!isBuiltin(path)) return undefined;
			return namespace === 'node-module' ? {path, external: true} : {path, namespace: 'node-module'};
		});
		builder.onLoad({filter: /.*/, namespace: 'node-module'}, ({path}) => ({
			contents: `module.exports = require(${JSON.stringify(path)});`,
		}));
	},
};

const fail = (what: string, problems: string[]) => {
	if (problems.length === 0) return;
	throw new Error(`${what}:\n${problems.join('\n')}`);
};

fail('Dependency patches', await markerProblems(root));

const common = {
	absWorkingDir: root,
	bundle: true,
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	logLevel: 'warning',
} as const;

const app = await build({
	...common,
	entryPoints: ['cli.tsx'],
	outfile: 'dist/ec-tui.js',
	format: 'esm',
	define: {'process.env.NODE_ENV': '"production"', 'import.meta.url': 'bundleUrl'},
	plugins: [stubUnusedModules, requireNodeModules],
	metafile: true,
	banner: {js: '(async function (require, bundleUrl) {"use strict";'},
	footer: {js: '})'},
});
fail(
	'Dependency patches',
	bundleInputProblems(
		Object.keys(app.metafile.inputs),
		(await patchedFiles(root, [])).map(({file}) => file),
	),
);
fail('Run-time imports', runtimeImportProblems(Object.values(app.metafile.outputs).flatMap(output => output.imports)));
const bundle = await readFile(`${root}dist/ec-tui.js`, 'utf8');
// Throws unless the bundle is a script (no import, export or import.meta left).
new Script(bundle, {filename: 'dist/ec-tui.js'});

const bin = await build({
	...common,
	entryPoints: ['bin.ts'],
	outfile: 'dist/cli.js',
	format: 'cjs',
	define: {'process.env.EC_TUI_BUNDLE_ID': JSON.stringify(createHash('sha256').update(bundle).digest('hex').slice(0, 16))},
	metafile: true,
	banner: {js: `#!/usr/bin/env -S node ${NODE_FLAGS}`},
});
fail('Run-time imports', runtimeImportProblems(Object.values(bin.metafile.outputs).flatMap(output => output.imports)));
// The package is an ES module one, and a CommonJS bin skips Node's ES module loader; this says so for dist/.
await writeFile(`${root}dist/package.json`, '{"type": "commonjs"}\n');
// The bin runs through its shebang, which carries NODE_FLAGS.
await chmod(`${root}dist/cli.js`, 0o755);
