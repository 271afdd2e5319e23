// The layout: the folders of source/ are layers, and a module imports only from its own folder and the layers
// below it, never upward. cli.tsx and bin.ts, at the top of the repository, start everything and may import any.
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {test} from 'node:test';
import {importGraph, packagesOf, root} from './helpers/source-imports.js';

/** The folders of source/, lowest first; '' is the source/ root itself. */
const LAYERS = [
	'api', // the HTTP client, the wire types and errors: knows nothing of the UI
	'config', // the command line, its help, the version, the key file
	'journal', // the file of every mutation sent (written through api/'s MutationRecorder) and its reading back
	'sandbox', // the embedded Telnyx-compatible server: knows nothing of the UI either
	'paging', // the lazy sparse page cache
	'data', // the keyed query cache and what a read is (loading, loaded, failed)
	'runtime', // the process: the launcher's code cache, the first-frame signal, collection in pauses
	'terminal', // what is written beside Ink's frames: the clipboard, colour off
	'text', // Clean text (the sanitizer) and its width: formats, graphemes, cuts
	'names', // names fetched for rows, and the profile-name cache
	'validation', // field rules
	'input', // the one input layer: keypresses, their delivery, the binding table
	'components', // the shared Ink views: header, error banner, menu, text fields, key entry
	'fields', // the connection field table: values, create body, update diff, read-back
	'create', // the create/edit form's state
	'mutation', // a change sent once, and the delete flow
	'resources', // one module per resource (columns, detail rows, fetchers) and the resource store
	'commands', // the read subcommands: the resources without a terminal (json, jsonl, csv, yaml, table); no Ink
	'navigation', // the route stack
	'hooks', // React hooks over the route stack and the terminal's size
	'screens', // what is drawn for each route
	'', // the app and what starts it: app.tsx, rekeyable-app.tsx, run-app.tsx, run-start.tsx
];

const sourceRoot = join(root, 'source');

/** The folder of source/ a module is in ('' for the root), or undefined for one outside source/. */
function folderOf(file: string): string | undefined {
	const path = relative(sourceRoot, file);
	if (path.startsWith('..')) return undefined;
	const parts = path.split(sep);
	return parts.length === 1 ? '' : parts[0];
}

/** Each import from a folder into a higher one, as `from → to (folder may not import folder)`. */
function upwardImports(graph: Map<string, string[]>, layers: readonly string[]): string[] {
	const name = (folder: string) => (folder === '' ? 'the source/ root' : `${folder}/`);
	return [...graph].flatMap(([file, imported]) => {
		const from = folderOf(file);
		if (from === undefined) return [];
		return imported.flatMap(target => {
			const to = folderOf(target);
			if (to === undefined || to === from || layers.indexOf(to) < layers.indexOf(from)) return [];
			return [`${relative(root, file)} → ${relative(root, target)} (${name(from)} may not import ${name(to)})`];
		});
	});
}

test('the layer check finds an import that runs upward and allows one that runs down', () => {
	const graph = new Map([
		[join(sourceRoot, 'api', 'client.ts'), [join(sourceRoot, 'screens', 'list.tsx')]],
		[join(sourceRoot, 'screens', 'list.tsx'), [join(sourceRoot, 'api', 'client.ts'), join(sourceRoot, 'screens', 'row.ts')]],
		[join(sourceRoot, 'app.tsx'), [join(sourceRoot, 'screens', 'list.tsx')]],
		[join(root, 'cli.tsx'), [join(sourceRoot, 'app.tsx')]],
	]);
	assert.deepEqual(upwardImports(graph, ['api', 'screens', '']), [
		`${join('source', 'api', 'client.ts')} → ${join('source', 'screens', 'list.tsx')} (api/ may not import screens/)`,
	]);
	assert.deepEqual(upwardImports(graph, ['screens', 'api', '']), [
		`${join('source', 'screens', 'list.tsx')} → ${join('source', 'api', 'client.ts')} (screens/ may not import api/)`,
	]);
});

test('every folder of source/ has its place in the layers', () => {
	const folders = readdirSync(sourceRoot, {withFileTypes: true})
		.filter(entry => entry.isDirectory())
		.map(entry => entry.name);
	assert.deepEqual(
		folders.filter(folder => !LAYERS.includes(folder)),
		[],
		'folders missing from LAYERS',
	);
	assert.deepEqual(
		LAYERS.filter(folder => folder !== '' && !folders.includes(folder)),
		[],
		'LAYERS names folders that are gone',
	);
});

test('no import in source/ runs upward', () => {
	const graph = importGraph();
	assert.ok([...graph.values()].flat().length > 500, 'the imports were read');
	assert.deepEqual(upwardImports(graph, LAYERS), []);
});

test('the subcommands reach no Ink, React or screen, so `ec-tui connections list` starts without them', () => {
	const graph = importGraph();
	const reached = new Set<string>();
	const visit = (file: string) => {
		if (reached.has(file)) return;
		reached.add(file);
		for (const imported of graph.get(file) ?? []) visit(imported);
	};
	visit(join(sourceRoot, 'commands', 'run-command.ts'));
	assert.ok(reached.has(join(sourceRoot, 'resources', 'external-connections.ts')), 'the walk reached the resources');
	const ui = [...reached].flatMap(file => {
		const packages = packagesOf(file).filter(name => /^(ink|react|ink-[\w-]+|@inkjs\/.*)$/.test(name));
		const drawn = file.endsWith('.tsx') || folderOf(file) === 'screens' ? ['a view'] : [];
		return [...packages, ...drawn].map(what => `${relative(root, file)}: ${what}`);
	});
	assert.deepEqual(ui, []);
});
