// A value of every field a spec schema describes, from the copies of the published OpenAPI documents: each
// string field gets fill(its path), so a field the spec gains is filled too. Integers are 1, booleans true,
// and an array holds one item.
import {readFileSync} from 'node:fs';
import {parse} from 'yaml';
import {SPEC_DIR} from './sandbox-spec.js';

type Schema = Record<string, any>;
export type Fill = (path: string) => unknown;

const documents = new Map<string, Schema>();

function documentOf(name: string): Schema {
	let spec = documents.get(name);
	if (!spec) {
		spec = parse(readFileSync(new URL(name, SPEC_DIR), 'utf8')) as Schema;
		documents.set(name, spec);
	}
	return spec;
}

function resolve(spec: Schema, schema: Schema): Schema {
	if (typeof schema.$ref !== 'string') return schema;
	const target = (schema.$ref as string)
		.replace(/^#\//, '')
		.split('/')
		.reduce((node: Schema, token) => node[token.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
	return resolve(spec, target);
}

function sample(spec: Schema, raw: Schema, path: string, fill: Fill): unknown {
	const schema = resolve(spec, raw);
	const choice = (schema.allOf ?? []).length > 0 ? undefined : (schema.oneOf ?? schema.anyOf)?.[0];
	if (choice) return sample(spec, choice, path, fill);
	const types = [schema.type].flat().filter(type => type && type !== 'null');
	const properties: Record<string, Schema> = Object.assign(
		{},
		...[schema, ...(schema.allOf ?? [])].map(part => resolve(spec, part).properties ?? {}),
	);
	if (Object.keys(properties).length > 0 || types.includes('object')) {
		return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, sample(spec, value, `${path}.${key}`, fill)]));
	}
	if (types.includes('array')) return [sample(spec, schema.items ?? {type: 'string'}, `${path}[]`, fill)];
	if (types.includes('integer') || types.includes('number')) return 1;
	if (types.includes('boolean')) return true;
	return fill(path);
}

/** A value of the schema `ref` ('#/components/schemas/Upload') of spec document `document`. */
export function sampleOf(document: string, ref: string, fill: Fill): unknown {
	const spec = documentOf(document);
	return sample(spec, {$ref: ref}, ref.split('/').at(-1)!, fill);
}
