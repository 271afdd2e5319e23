// Starts the programs under test in a pty: the built ec-tui pointed at the bench's sandbox, and Ink's hello world.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Sandbox} from '../../source/sandbox/server.js';
import {PtyApp, terminalEnv, type PtySize} from './pty-app.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HELLO_OUT_DIR = 'node_modules/.cache/ec-tui-bench';

export const STANDARD_SIZE: PtySize = {cols: 120, rows: 40};

// The bench's own cache home, so its code cache starts empty and the user's ~/.cache is left alone.
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'ec-tui-bench-cache-'));
export const removeCacheHome = () => rmSync(CACHE_HOME, {recursive: true, force: true});

export function spawnApp(sandbox: Sandbox, size: PtySize = STANDARD_SIZE, cacheHome = CACHE_HOME): PtyApp {
	const env = terminalEnv({TELNYX_BASE_URL: sandbox.url, TELNYX_API_KEY: sandbox.apiKey, XDG_CACHE_HOME: cacheHome});
	// The binary itself, as a user's shell runs it: its shebang carries the Node flags it ships with.
	return new PtyApp(`${ROOT}dist/cli.js`, [], size, env, ROOT);
}

/** Compiles ink-hello.tsx with the project's TypeScript, unbundled, next to node_modules so it imports ink from there. */
export function compileHello(): string {
	execFileSync(
		process.execPath,
		[
			`${ROOT}node_modules/typescript/bin/tsc`,
			'test/bench/ink-hello.tsx',
			'--jsx',
			'react-jsx',
			'--module',
			'nodenext',
			'--moduleResolution',
			'nodenext',
			'--target',
			'es2022',
			'--outDir',
			HELLO_OUT_DIR,
			'--skipLibCheck',
		],
		{cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit']},
	);
	return `${ROOT}${HELLO_OUT_DIR}/ink-hello.js`;
}

export function spawnHello(helloPath: string, size: PtySize = STANDARD_SIZE): PtyApp {
	return new PtyApp(process.execPath, [helloPath], size, terminalEnv({}), ROOT);
}
