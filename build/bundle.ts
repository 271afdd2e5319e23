// Bundles the CLI into one ESM file: a single file starts Ink about twice as fast as resolving node_modules.
// The edits to Ink and its dependencies that the benchmark asked for are not made here but in patches/, applied
// by `npm ci` in a clone (see patches/README.md), so the tests run the same code; this checks they are there
// exactly once. The bundle is the whole installed package: it may import nothing but Node's own modules.
import {chmod} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleInputProblems, runtimeImportProblems} from './bundle-inputs.js';
import {markerProblems, patchedFiles} from './patch-markers.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// V8 lets the old space grow to about four times what survives a collection before collecting again, so RSS
// climbs while scrolling although the live heap stays at 20-30 MB (rss_mb_100k 179.5 against 129.5 at row 1,000).
// Growing by 30 % instead keeps it flat (133.0 against 131.7) for no measurable key-to-frame cost.
const NODE_FLAGS = '--heap-growing-percent=30';

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

const fail = (what: string, problems: string[]) => {
	if (problems.length === 0) return;
	throw new Error(`${what}:\n${problems.join('\n')}`);
};

fail('Dependency patches', await markerProblems(root));

const {metafile} = await build({
	absWorkingDir: root,
	entryPoints: ['cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	plugins: [stubUnusedModules],
	metafile: true,
	banner: {
		js: `#!/usr/bin/env -S node ${NODE_FLAGS}\nimport {createRequire as __ecCreateRequire} from 'node:module';const require=__ecCreateRequire(import.meta.url);`,
	},
	logLevel: 'warning',
});
fail(
	'Dependency patches',
	bundleInputProblems(
		Object.keys(metafile.inputs),
		(await patchedFiles(root, [])).map(({file}) => file),
	),
);
fail('Run-time imports', runtimeImportProblems(Object.values(metafile.outputs).flatMap(output => output.imports)));
// The bin runs through its shebang, which carries NODE_FLAGS.
await chmod(`${root}dist/cli.js`, 0o755);
