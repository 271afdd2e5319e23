// Bundles the CLI into one ESM file: a single file starts Ink about twice as fast as resolving node_modules.
import {build} from 'esbuild';

await build({
	entryPoints: ['cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV is set; never in a shipped CLI.
	alias: {'react-devtools-core': './source/devtools-stub.ts'},
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __ecCreateRequire} from 'node:module';const require=__ecCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
