// What a first install costs: the packed tarball into an empty prefix, offline with an empty npm cache (so the
// download from a registry is not in the time), as test/package-install-pty.test.ts installs it.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {bytesUnder, installedPackages, installTarball, packRepository} from '../helpers/package-install.js';
import {ROOT} from './launch.js';
import {log, median, round} from './stats.js';

export type InstallFigures = {installPackages: number; installKb: number; installS: number; installRunsS: number[]};

export async function measureInstall(runs: number): Promise<InstallFigures> {
	const dir = await mkdtemp(join(tmpdir(), 'ec-tui-bench-install-'));
	try {
		const {tarball} = await packRepository(ROOT, dir);
		const installs = [];
		for (let run = 0; run < runs; run++) installs.push(await installTarball(tarball, join(dir, `run-${run}`)));
		const {modules} = installs[0]!;
		const packages = await installedPackages(modules);
		const kb = (await bytesUnder(modules)) / 1024;
		const seconds = installs.map(({ms}) => round(ms / 1000));
		log(`  ${packages.length} package(s) (${packages.join(', ')}), ${kb.toFixed(0)} KB, ${seconds.join(' / ')} s`);
		return {installPackages: packages.length, installKb: round(kb, 0), installS: median(seconds), installRunsS: seconds};
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
}
