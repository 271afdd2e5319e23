// The dependency patches in patches/ are applied by patch-package when a clone installs its dependencies (the
// `prepare` script, which `npm ci` and `npm install` run), so the tests and the bundle run the same patched code.
// Each hunk of a patch adds a `/* ec-tui patch: … */` marker, and every marker must be in the installed file
// exactly once: this catches a patch that was never applied (an install with --ignore-scripts, a
// package reinstalled by hand), one applied twice, and a hunk added without a marker.
import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';

const MARKER = /\/\* ec-tui patch: .*? \*\//g;

type PatchedFile = {patch: string; file: string; markers: string[]};

/** The files a patch changes, with the markers its hunks add; a hunk that adds none is a problem. */
function parsePatch(patch: string, text: string, problems: string[]): PatchedFile[] {
	const files: PatchedFile[] = [];
	let hunkMarkers = -1;
	const endHunk = () => {
		if (hunkMarkers === 0) problems.push(`${patch}: a hunk in ${files.at(-1)?.file} adds no "ec-tui patch:" marker`);
		hunkMarkers = -1;
	};
	for (const line of text.split('\n')) {
		if (line.startsWith('+++ b/')) {
			endHunk();
			files.push({patch, file: line.slice('+++ b/'.length), markers: []});
		} else if (line.startsWith('@@')) {
			endHunk();
			hunkMarkers = 0;
		} else if (line.startsWith('+') && hunkMarkers >= 0) {
			const markers = line.match(MARKER) ?? [];
			files.at(-1)!.markers.push(...markers);
			hunkMarkers += markers.length;
		}
	}
	endHunk();
	return files;
}

/** Every file that the patches in root/patches change, as installed under root. */
export async function patchedFiles(root: string, problems: string[]): Promise<PatchedFile[]> {
	const patches = (await readdir(join(root, 'patches'))).filter(name => name.endsWith('.patch')).sort();
	const files = await Promise.all(
		patches.map(async patch => parsePatch(patch, await readFile(join(root, 'patches', patch), 'utf8'), problems)),
	);
	return files.flat();
}

/** What is wrong with the installed patched files under root; empty when each marker is there exactly once. */
export async function markerProblems(root: string): Promise<string[]> {
	const problems: string[] = [];
	for (const {patch, file, markers} of await patchedFiles(root, problems)) {
		const installed = await readFile(join(root, file), 'utf8').catch(() => undefined);
		if (installed === undefined) {
			problems.push(`${patch}: ${file} is not installed`);
			continue;
		}
		for (const marker of markers) {
			const count = installed.split(marker).length - 1;
			if (count !== 1) problems.push(`${patch}: ${file} has ${marker} ${count} times, not once (run npm ci)`);
		}
	}
	return problems;
}
