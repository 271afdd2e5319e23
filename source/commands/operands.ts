// Operands of the mutation subcommands checked as the API's paths check them, before anything is read or sent.
import {idProblem} from '../api/path-ids.js';
import type {Resource} from '../resources/resource.js';
import {externalConnections} from '../resources/index.js';
import {UsageError} from './usage-error.js';

export function connectionOperand(id: string | undefined, usage: string): string {
	if (id === undefined) throw new UsageError(`the connection is missing: ${usage}.`);
	if (externalConnections.idRefusal(id, undefined) !== undefined) {
		throw new UsageError(`"${id}" is not a connection id (1 to 19 digits, e.g. 1293384261075731499).`);
	}
	return id;
}

/** Ids of `resource`'s records under `parentId`, at least one. */
export function idOperands<Row>(ids: readonly string[], resource: Resource<Row>, parentId: string | undefined, usage: string): string[] {
	if (ids.length === 0) throw new UsageError(`no id given: ${usage}.`);
	for (const id of ids) {
		const refusal = resource.idRefusal(id, parentId);
		if (refusal !== undefined) throw new UsageError(`"${id}" is not an id of ${resource.plural}: ${refusal}`);
	}
	return [...ids];
}

export function uuidFlag(flag: string, value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	if (idProblem('uuid', value) !== undefined) throw new UsageError(`--${flag} ${value}: an id of the API's, a UUID.`);
	return value;
}

export function expectOperands(positionals: readonly string[], count: number, usage: string): void {
	if (positionals.length > count) throw new UsageError(`unexpected "${positionals[count]}": ${usage}.`);
}
