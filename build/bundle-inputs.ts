import {isBuiltin} from 'node:module';

// The bundle must hold every patched file, and no other copy of one: a second, unpatched copy of a patched
// package (an upgrade that nests a new string-width, say) would otherwise ship without the patch.
const withinPackage = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Problems with a bundle made of inputs (paths as esbuild's metafile gives them), given the patched files. */
export function bundleInputProblems(inputs: string[], patchedFiles: string[]): string[] {
	const patched = patchedFiles.filter(file => !file.endsWith('.d.ts'));
	const missing = patched.filter(file => !inputs.includes(file)).map(file => `${file} is patched but no longer in the bundle`);
	const patchedKeys = new Set(patched.map(withinPackage));
	const unpatched = inputs
		.filter(input => input.includes('node_modules/') && patchedKeys.has(withinPackage(input)) && !patched.includes(input))
		.map(input => `${input} is in the bundle unpatched, while another copy of it is patched`);
	return [...missing, ...unpatched];
}

/**
 * Problems with the imports a bundle leaves to run time (its metafile output's imports): the package installs as
 * the bundle alone, with no dependencies, so anything but Node's own modules would fail on a user's machine; and
 * the bundles run as scripts (the app through node:vm, the bin as CommonJS), which can only require() them.
 */
export function runtimeImportProblems(imports: Array<{path: string; kind: string}>): string[] {
	const outside = new Set(imports.map(({path}) => path).filter(path => !isBuiltin(path)));
	const notRequired = new Set(imports.filter(({kind}) => kind !== 'require-call').map(({path}) => path));
	return [
		...[...outside].map(path => `the bundle imports ${path} at run time, which is not one of Node's own modules`),
		...[...notRequired].map(path => `the bundle imports ${path} with an import, which a script cannot run: it must be require()d`),
	];
}
