// The import graph of the app's own modules, read as TypeScript reads imports (type imports and import() count:
// a module that names another's types still cannot be read apart from it). The layout tests check it.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export function sourceFiles(directory: string): string[] {
	return readdirSync(directory, {withFileTypes: true}).flatMap(entry => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

/** The files of this repository that a module imports (relative imports; packages and node: modules are left out). */
export function importsOf(file: string): string[] {
	const {importedFiles} = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
	return importedFiles
		.map(imported => imported.fileName)
		.filter(name => name.startsWith('.'))
		.flatMap(name => {
			const base = resolve(dirname(file), name.replace(/\.js$/, ''));
			return ['.ts', '.tsx'].map(extension => base + extension).filter(candidate => existsSync(candidate));
		});
}

/** The packages a module imports by name ('ink', 'react', 'node:http'). */
export function packagesOf(file: string): string[] {
	const {importedFiles} = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
	return importedFiles.map(imported => imported.fileName).filter(name => !name.startsWith('.'));
}

/** Every module of source/ and the entry files at the top, with the modules each imports. */
export function importGraph(): Map<string, string[]> {
	const files = [...sourceFiles(join(root, 'source')), join(root, 'cli.tsx'), join(root, 'bin.ts')];
	return new Map(files.map(file => [file, importsOf(file)]));
}
