// Bundles the CLI into one ESM file: a single file starts Ink about twice as fast as resolving node_modules.
// The bundle also mends, at build time, the few places in Ink's dependencies that the benchmark showed to
// cost start-up time, key-to-frame time or memory (figures in README's Performance section). Every edit
// names the exact text it replaces, and the build fails if that text is gone, so an upgrade cannot
// silently drop one.
import {chmod, readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

// V8 lets the old space grow to about four times what survives a collection before collecting again, so RSS
// climbs while scrolling although the live heap stays at 20-30 MB (rss_mb_100k 179.5 against 129.5 at row 1,000).
// Growing by 30 % instead keeps it flat (133.0 against 131.7) for no measurable key-to-frame cost.
const NODE_FLAGS = '--heap-growing-percent=30';

const CACHE_LIMIT = 2000;
// A tokenised line holds an object per character: keep about two frames of lines, not thousands.
const STYLED_LINE_LIMIT = 400;

const fromRoot = file => fileURLToPath(new URL(file, import.meta.url));

const LAZY_SEGMENTER = {
	from: 'const segmenter = new Intl.Segmenter();',
	to: 'let segmenterInstance;\nconst segmenter = {segment: text => (segmenterInstance ??= new Intl.Segmenter()).segment(text)};',
};

const PATCHES = {
	// Module-level caches that never shrink: every row ever scrolled past stayed in memory
	// (RSS 136 MB after 1,000 rows, 328 MB after 100,000).
	'node_modules/ink/build/measure-text.js': [
		{
			from: 'cache.set(text, dimensions);',
			to: `if (cache.size >= ${CACHE_LIMIT}) cache.clear(); cache.set(text, dimensions);`,
		},
	],
	'node_modules/ink/build/wrap-text.js': [
		{from: 'const cache = {};', to: 'let cache = {}; let cacheSize = 0;'},
		{
			from: 'cache[cacheKey] = wrappedText;',
			to: `if (++cacheSize > ${CACHE_LIMIT}) { cache = {}; cacheSize = 1; } cache[cacheKey] = wrappedText;`,
		},
	],
	// Every text node's width was measured afresh on every frame, slow for non-ASCII such as '—' or '東京'.
	'node_modules/ink/build/render-node-to-output.js': [
		{
			from: "import widestLine from 'widest-line';",
			to: "import widestLine from 'widest-line';\nconst lineWidths = new Map();",
		},
		{
			from: 'const currentWidth = widestLine(text);',
			to: `let currentWidth = lineWidths.get(text);
				if (currentWidth === undefined) {
					if (lineWidths.size >= ${CACHE_LIMIT}) lineWidths.clear();
					currentWidth = widestLine(text);
					lineWidths.set(text, currentWidth);
				}`,
		},
	],
	// Output's caches lived for one frame, so every unchanged line was tokenised again on every key; shared
	// across frames and bounded instead. Blank cells share one empty style list, which the faster
	// styledCharsToString below recognises.
	'node_modules/ink/build/output.js': [
		{
			from: 'export default class Output {',
			to: `let outputCaches;
const NO_STYLES = [];
function sharedOutputCaches() {
	if (!outputCaches || outputCaches.styledChars.size > ${STYLED_LINE_LIMIT} || outputCaches.widths.size + outputCaches.blockWidths.size > ${CACHE_LIMIT}) {
		outputCaches = new OutputCaches();
	}
	return outputCaches;
}
export default class Output {`,
		},
		{from: 'caches = new OutputCaches();', to: 'caches = sharedOutputCaches();'},
		{from: 'styles: [],', to: 'styles: NO_STYLES,'},
	],
	// Diffing style lists for every character of every line was the largest cost of a frame; unstyled
	// neighbours need no diff.
	'node_modules/@alcalzone/ansi-tokenize/build/styledChars.js': [
		{
			from: 'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
			to: `const previousStyles = chars[i - 1].styles;
            if (previousStyles !== char.styles && (previousStyles.length > 0 || char.styles.length > 0)) {
                ret += ansiCodesToString(diffAnsiCodes(previousStyles, char.styles));
            }`,
		},
		{
			from: 'ret += ansiCodesToString(diffAnsiCodes(char.styles, []));',
			to: 'if (char.styles.length > 0) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));',
		},
	],
	// string-width builds an Intl.Segmenter (10 ms of ICU) and an emoji regex (14 ms) when loaded and
	// segments all non-ASCII text through them; both are made on first use here, and source/fast-width.ts
	// answers for plain text first, with the same result.
	'node_modules/string-width/index.js': [
		LAZY_SEGMENTER,
		{
			from: "import stripAnsi from 'strip-ansi';",
			to: `import stripAnsi from 'strip-ansi';\nimport {fastWidth} from ${JSON.stringify(fromRoot('source/fast-width.ts'))};`,
		},
		{
			from: 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
			to: "let rgiEmojiPattern;\nconst rgiEmojiRegex = {test: text => (rgiEmojiPattern ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text)};",
		},
		{
			from: 'let width = 0;\n\tconst eastAsianWidthOptions',
			to: `const fast = ambiguousIsNarrow ? fastWidth(string) : undefined;
	if (fast !== undefined) return fast;
	let width = 0;
	const eastAsianWidthOptions`,
		},
	],
	// Yoga's loader fetches its own base64 data: URL with the global fetch, which loads undici (and node:http2)
	// on the start-up path, about 15 ms, before falling back to decoding it directly; it decodes directly here.
	'node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js': [
		{
			from: 'return w||"function"!=typeof fetch?Promise.resolve()',
			to: 'return true?Promise.resolve()',
		},
		{
			from: 'g||ua(H)||"function"!=typeof fetch?c(b):',
			to: 'true?c(b):',
		},
	],
	// wrap-ansi keeps an older string-width of its own.
	'node_modules/wrap-ansi/node_modules/string-width/index.js': [LAZY_SEGMENTER],
};

const patchesByPath = new Map(Object.entries(PATCHES).map(([file, patches]) => [fromRoot(file), patches]));

function applyPatches(contents, patches, path) {
	for (const patch of patches) {
		if (!contents.includes(patch.from)) throw new Error(`A dependency changed: "${patch.from}" is no longer in ${path}`);
		contents = contents.replace(patch.from, () => patch.to);
	}
	return contents;
}

const patchDependencies = {
	name: 'patch-dependencies',
	setup(builder) {
		const patched = new Set();
		builder.onLoad({filter: /node_modules[/\\].*\.js$/}, async ({path}) => {
			const patches = patchesByPath.get(path);
			if (!patches) return undefined;
			patched.add(path);
			return {contents: applyPatches(await readFile(path, 'utf8'), patches, path), loader: 'js'};
		});
		builder.onEnd(() => {
			const missing = [...patchesByPath.keys()].filter(path => !patched.has(path));
			if (missing.length > 0) throw new Error(`Files to patch are no longer in the bundle: ${missing.join(', ')}`);
		});
	},
};

// Modules on the start-up path that ec-tui never uses, replaced by stubs (each stub says why):
// Ink's devtools.js (react-devtools-core and ws, 50 KB) loads only when DEV is set; got's HTTP/2 and cache
// support (http2-wrapper loads node:http2) only when its http2 or cache option is set.
const STUBS = [
	{request: /^\.\/devtools\.js$/, importer: /ink[/\\]build[/\\]reconciler\.js$/, stub: 'build/stubs/devtools.ts'},
	{request: /^(http2-wrapper|cacheable-request)$/, importer: /got[/\\]dist[/\\]source[/\\]/, stub: 'build/stubs/got-unused.ts'},
];

const stubUnusedModules = {
	name: 'stub-unused-modules',
	setup(builder) {
		builder.onResolve({filter: new RegExp(STUBS.map(stub => stub.request.source).join('|'))}, ({path, importer}) => {
			const match = STUBS.find(stub => stub.request.test(path) && stub.importer.test(importer));
			return match ? {path: fromRoot(match.stub)} : undefined;
		});
	},
};

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
	plugins: [stubUnusedModules, patchDependencies],
	banner: {
		js: `#!/usr/bin/env -S node ${NODE_FLAGS}\nimport {createRequire as __ecCreateRequire} from 'node:module';const require=__ecCreateRequire(import.meta.url);`,
	},
	logLevel: 'warning',
});
// The bin runs through its shebang, which carries NODE_FLAGS.
await chmod('dist/cli.js', 0o755);
