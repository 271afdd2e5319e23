// Bundles the CLI into one ESM file: a single file starts Ink about twice as fast as resolving node_modules.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const CACHE_LIMIT = 2000;
const STYLED_LINE_LIMIT = 400;

// Ink 6.8 memoises text measurements and wraps in module-level caches that never shrink, so every row ever
// scrolled past stays in memory (RSS 136 MB after 1,000 rows, 328 MB after 100,000). Its per-frame output
// caches go the other way: rebuilt every frame, so each unchanged line is tokenised again on every key, and
// every text node's width is measured afresh each frame (slow for non-ASCII such as '—' or '東京').
// These edits bound the first and share the second across frames; the build fails if Ink's code moved.
const INK_PATCHES = [
	{
		file: /ink[/\\]build[/\\]measure-text\.js$/,
		from: 'cache.set(text, dimensions);',
		to: `if (cache.size >= ${CACHE_LIMIT}) cache.clear(); cache.set(text, dimensions);`,
	},
	{
		file: /ink[/\\]build[/\\]wrap-text\.js$/,
		from: 'const cache = {};',
		to: 'let cache = {}; let cacheSize = 0;',
	},
	{
		file: /ink[/\\]build[/\\]wrap-text\.js$/,
		from: 'cache[cacheKey] = wrappedText;',
		to: `if (++cacheSize > ${CACHE_LIMIT}) { cache = {}; cacheSize = 1; } cache[cacheKey] = wrappedText;`,
	},
	{
		file: /ink[/\\]build[/\\]render-node-to-output\.js$/,
		from: 'const currentWidth = widestLine(text);',
		to: `let currentWidth = lineWidths.get(text);
				if (currentWidth === undefined) {
					if (lineWidths.size >= ${CACHE_LIMIT}) lineWidths.clear();
					currentWidth = widestLine(text);
					lineWidths.set(text, currentWidth);
				}`,
	},
	{
		file: /ink[/\\]build[/\\]render-node-to-output\.js$/,
		from: "import widestLine from 'widest-line';",
		to: "import widestLine from 'widest-line';\nconst lineWidths = new Map();",
	},
	{
		file: /ink[/\\]build[/\\]output\.js$/,
		from: 'caches = new OutputCaches();',
		to: 'caches = sharedOutputCaches();',
	},
	{
		file: /ink[/\\]build[/\\]output\.js$/,
		from: 'export default class Output {',
		to: `let outputCaches;
function sharedOutputCaches() {
	// A tokenised line holds an object per character: keep about two frames of lines, not thousands.
	if (!outputCaches || outputCaches.styledChars.size > ${STYLED_LINE_LIMIT} || outputCaches.widths.size + outputCaches.blockWidths.size > ${CACHE_LIMIT}) {
		outputCaches = new OutputCaches();
	}
	return outputCaches;
}
export default class Output {`,
	},
];

// string-width builds an Intl.Segmenter (10 ms of ICU) and an emoji regex (14 ms) when loaded and segments all
// non-ASCII text through them; both are made on first use here, and source/fast-width.ts answers for plain
// text first, with the same result. wrap-ansi's older copy gets the lazy segmenter too.
const fastWidthPath = fileURLToPath(new URL('source/fast-width.ts', import.meta.url));
const LAZY_SEGMENTER = {
	from: 'const segmenter = new Intl.Segmenter();',
	to: 'let segmenterInstance;\nconst segmenter = {segment: text => (segmenterInstance ??= new Intl.Segmenter()).segment(text)};',
};
const STRING_WIDTH_PATCHES = {
	'node_modules/string-width/index.js': [
		LAZY_SEGMENTER,
		{
			from: "import stripAnsi from 'strip-ansi';",
			to: `import stripAnsi from 'strip-ansi';\nimport {fastWidth} from ${JSON.stringify(fastWidthPath)};`,
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
	'node_modules/wrap-ansi/node_modules/string-width/index.js': [LAZY_SEGMENTER],
};
const stringWidthPatches = new Map(
	Object.entries(STRING_WIDTH_PATCHES).map(([file, patches]) => [fileURLToPath(new URL(file, import.meta.url)), patches]),
);

const fasterStringWidth = {
	name: 'faster-string-width',
	setup(builder) {
		builder.onLoad({filter: /string-width[/\\]index\.js$/}, async ({path}) => {
			const patches = stringWidthPatches.get(path);
			return patches ? {contents: applyPatches(await readFile(path, 'utf8'), patches, path), loader: 'js'} : undefined;
		});
	},
};

function applyPatches(contents, patches, path) {
	for (const patch of patches) {
		if (!contents.includes(patch.from)) throw new Error(`A dependency changed: "${patch.from}" is no longer in ${path}`);
		contents = contents.replace(patch.from, () => patch.to);
	}
	return contents;
}

const boundInkCaches = {
	name: 'bound-ink-caches',
	setup(builder) {
		builder.onLoad({filter: /ink[/\\]build[/\\](measure-text|wrap-text|output|render-node-to-output)\.js$/}, async ({path}) => {
			const patches = INK_PATCHES.filter(candidate => candidate.file.test(path));
			return {contents: applyPatches(await readFile(path, 'utf8'), patches, path), loader: 'js'};
		});
	},
};

const devtoolsStubPath = fileURLToPath(new URL('source/devtools-stub.ts', import.meta.url));
const withoutInkDevtools = {
	name: 'without-ink-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, ({importer}) =>
			/ink[/\\]build[/\\]reconciler\.js$/.test(importer) ? {path: devtoolsStubPath} : undefined,
		);
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
	plugins: [withoutInkDevtools, boundInkCaches, fasterStringWidth],
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __ecCreateRequire} from 'node:module';const require=__ecCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
