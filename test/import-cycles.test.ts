// The layout: no module of source/ imports itself back through others (type imports count: a cycle of types
// is still two modules that cannot be read apart).
import assert from 'node:assert/strict';
import {relative} from 'node:path';
import {test} from 'node:test';
import {importGraph, root} from './helpers/source-imports.js';

/** The strongly connected groups of more than one module (Tarjan), or a module importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	let next = 0;
	const visit = (node: string) => {
		index.set(node, next);
		low.set(node, next++);
		stack.push(node);
		onStack.add(node);
		for (const target of graph.get(node) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(node, Math.min(low.get(node)!, low.get(target)!));
			} else if (onStack.has(target)) {
				low.set(node, Math.min(low.get(node)!, index.get(target)!));
			}
		}
		if (low.get(node) !== index.get(node)) return;
		const group: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			group.push(member);
		} while (member !== node);
		if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

test('the cycle finder finds a cycle of three and ignores a diamond', () => {
	const ring = new Map([
		['a', ['b']],
		['b', ['c']],
		['c', ['a']],
		['d', ['a']],
	]);
	assert.deepEqual(cycles(ring), [['a', 'b', 'c']]);
	const diamond = new Map([
		['a', ['b', 'c']],
		['b', ['d']],
		['c', ['d']],
		['d', []],
	]);
	assert.deepEqual(cycles(diamond), []);
});

test('no import cycle in source/', () => {
	const graph = importGraph();
	assert.ok([...graph.values()].flat().length > 500, 'the imports were read');
	assert.deepEqual(
		cycles(graph).map(group => group.map(file => relative(root, file))),
		[],
	);
});
