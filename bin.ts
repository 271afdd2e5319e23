// The installed bin (dist/cli.js): it compiles the app bundle beside it (dist/ec-tui.js, built from cli.tsx) with
// V8's code cache, and runs it. The build gives the bundle's hash (EC_TUI_BUNDLE_ID) and the Node flags (the shebang).
import {readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {codeCacheFile, codeCacheKey, compileWithCache, writeCodeCache} from './source/runtime/code-cache.js';
import {whenUiShown} from './source/runtime/ui-shown.js';

/** The bundle is one function expression: the app, given the require of this CommonJS bin and its own URL. */
type App = (require: NodeJS.Require, bundleUrl: string) => Promise<void>;

const bundle = join(__dirname, 'ec-tui.js');
const source = readFileSync(bundle, 'utf8');
const file = codeCacheFile(process.env, homedir());
const key = codeCacheKey(process.env['EC_TUI_BUNDLE_ID'] ?? 'unbuilt', source);
const {script, state} = compileWithCache(source, bundle, file, key);
// Saved once the first screen is up (after it is written), so a start that only prints --help leaves no cache.
if (state !== 'accepted') whenUiShown(() => setImmediate(() => writeCodeCache(file, key, script.createCachedData())));
void (script.runInThisContext() as App)(require, pathToFileURL(bundle).href);
