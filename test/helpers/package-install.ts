// The package as a user gets it: the tarball `npm pack` makes, installed into an empty prefix with install scripts
// on and no dev dependencies, offline and with an empty npm cache, so it can take nothing from a registry or from
// this machine's cache. Shared by test/package-install-pty.test.ts and the bench's install figures.
import {execFile} from 'node:child_process';
import {mkdir, readdir, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);

/** This process's environment without what an npm script inherits from the npm that runs it (its prefix, cache, project). */
export function userEnv(): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined && !key.toLowerCase().startsWith('npm_')) env[key] = value;
	}
	return env;
}

export type Packed = {tarball: string; files: string[]};

/**
 * `npm pack` of the repository at root into dir. Scripts off: the bin is already built (npm test and the bench
 * build first), and `prepare` would rebuild dist/cli.js under the feet of other tests running it.
 */
export async function packRepository(root: string, dir: string): Promise<Packed> {
	const {stdout} = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {cwd: root, env: userEnv()});
	const [packed] = JSON.parse(stdout) as Array<{filename: string; files: Array<{path: string}>}>;
	if (!packed) throw new Error(`npm pack reported nothing: ${stdout}`);
	return {tarball: join(dir, packed.filename), files: packed.files.map(file => file.path).sort()};
}

export type Installed = {prefix: string; bin: string; modules: string; ms: number};

/** `npm install -g` of the tarball into dir/prefix (dir made if need be), offline, with the empty cache dir/cache; throws with npm's output on failure. */
export async function installTarball(tarball: string, dir: string): Promise<Installed> {
	const prefix = join(dir, 'prefix');
	const args = ['install', '--global', '--prefix', prefix, '--cache', join(dir, 'cache'), '--offline', '--no-audit', '--no-fund', tarball];
	await mkdir(dir, {recursive: true});
	const startedAt = performance.now();
	try {
		await run('npm', args, {cwd: dir, env: userEnv()});
	} catch (error) {
		const {message, stdout, stderr} = error as {message: string; stdout?: string; stderr?: string};
		throw new Error(`npm ${args.join(' ')} failed: ${message}\n${stdout ?? ''}${stderr ?? ''}`, {cause: error});
	}
	return {prefix, bin: join(prefix, 'bin', 'ec-tui'), modules: join(prefix, 'lib', 'node_modules'), ms: performance.now() - startedAt};
}

/** The packages installed under a node_modules folder, nested ones included, by name. */
export async function installedPackages(modules: string): Promise<string[]> {
	const names: string[] = [];
	for (const entry of await readdir(modules, {withFileTypes: true})) {
		if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
		const scoped = entry.name.startsWith('@');
		const packages = scoped ? (await readdir(join(modules, entry.name))).map(name => `${entry.name}/${name}`) : [entry.name];
		for (const name of packages) {
			names.push(name);
			const nested = join(modules, name, 'node_modules');
			if (await exists(nested)) names.push(...(await installedPackages(nested)));
		}
	}
	return names.sort();
}

/** Every file under dir, as paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, {recursive: true, withFileTypes: true});
	return entries
		.filter(entry => !entry.isDirectory())
		.map(entry => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.sort();
}

/** The bytes of every file under dir. */
export async function bytesUnder(dir: string): Promise<number> {
	const sizes = await Promise.all((await filesUnder(dir)).map(async file => (await stat(join(dir, file))).size));
	return sizes.reduce((sum, size) => sum + size, 0);
}

const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false,
	);
