// Checks a sandbox response against the published OpenAPI 3.1 documents, copied into test/fixtures/api from the
// project's shared contract so a clean clone has them (test/api-fixtures.test.ts keeps the copies exact).
// Ajv 8 (its 2020-12 draft, the dialect of OpenAPI 3.1) with ajv-formats: the most used maintained
// JSON Schema validator for Node, and one that checks `uri`, `uuid` and `json-pointer` formats.
import {readFileSync} from 'node:fs';
import {Ajv2020} from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {parse} from 'yaml';

type Json = Record<string, any>;

export type Exchange = {method: string; path: string; status: number; contentType: string | null; body: unknown};

// Earlier documents win where two describe the same operation (openapi.yml is the mission's contract).
const DOCUMENTS = ['openapi.yml', 'telnyx-external-connections-full.yml', 'telnyx-outbound-voice-profiles-list.yml'];
export const SPEC_DIR = new URL('../fixtures/api/', import.meta.url);
export const SPEC_DOCUMENTS = DOCUMENTS;

function escapePointer(token: string): string {
	return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

function formatsIn(node: unknown, parentKey = ''): string[] {
	if (typeof node !== 'object' || node === null) return [];
	return Object.entries(node).flatMap(([key, value]) =>
		key === 'format' && typeof value === 'string' && parentKey !== 'properties' ? [value] : formatsIn(value, key),
	);
}

type Operation = {document: string; template: string; responses: Json};

export function createSpecChecker() {
	const ajv = new Ajv2020({allErrors: true, strictSchema: false, validateSchema: false, validateFormats: true});
	addFormats.default(ajv);
	const documents = DOCUMENTS.map(name => ({name, spec: parse(readFileSync(new URL(name, SPEC_DIR), 'utf8')) as Json}));
	for (const {name, spec} of documents) ajv.addSchema(spec, name);
	// Ajv skips a format it does not know (strictSchema is off for OpenAPI's own keywords): refuse that here.
	const unknownFormats = documents
		.flatMap(({spec}) => formatsIn(spec.components).concat(formatsIn(spec.paths)))
		.filter(format => !['int64', 'E164'].includes(format) && !ajv.formats[format]);

	function operationOf(method: string, path: string): Operation | undefined {
		const segments = path
			.split('?')[0]!
			.replace(/^\/v2(?=\/)/, '')
			.split('/')
			.filter(Boolean);
		let best: (Operation & {literals: number}) | undefined;
		for (const {name, spec} of documents) {
			for (const [template, item] of Object.entries(spec.paths as Json)) {
				const parts = template.split('/').filter(Boolean);
				const operation = (item as Json)[method.toLowerCase()];
				if (!operation || parts.length !== segments.length) continue;
				if (!parts.every((part, i) => part.startsWith('{') || part === segments[i])) continue;
				const literals = parts.filter(part => !part.startsWith('{')).length;
				if (!best || literals > best.literals) best = {document: name, template, responses: operation.responses, literals};
			}
		}
		return best;
	}

	function check(exchange: Exchange): string[] {
		const where = `${exchange.method} ${exchange.path} → ${exchange.status}`;
		const operation = operationOf(exchange.method, exchange.path);
		if (!operation) return [`${where}: no operation in the spec`];
		const response = operation.responses[String(exchange.status)] as Json | undefined;
		if (!response) return [`${where}: status ${exchange.status} is not documented for ${operation.template}`];
		if (exchange.contentType !== 'application/json') return [`${where}: content-type ${exchange.contentType}`];
		const content = (response.$ref ? resolveResponse(operation.document, response.$ref) : response).content;
		let ref: string;
		if (content?.['application/json']?.schema) {
			const method = exchange.method.toLowerCase();
			const pointer = ['paths', operation.template, method, 'responses', String(exchange.status)].map(escapePointer);
			ref = response.$ref
				? `${operation.document}${response.$ref}/content/application~1json/schema`
				: `${operation.document}#/${pointer.join('/')}/content/application~1json/schema`;
		} else if (exchange.status >= 400) {
			// Undescribed error bodies are still Telnyx errors: the contract's ErrorResponse.
			ref = `${DOCUMENTS[0]}#/components/schemas/ErrorResponse`;
		} else {
			return [`${where}: the spec gives no schema for this success`];
		}
		const validate = ajv.getSchema(ref) ?? ajv.compile({$ref: ref});
		if (validate(exchange.body)) return [];
		return (validate.errors ?? []).map(e => `${where}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
	}

	function resolveResponse(document: string, ref: string): Json {
		const spec = documents.find(d => d.name === document)!.spec;
		return ref
			.replace(/^#\//, '')
			.split('/')
			.reduce((node: Json, token) => node[token.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
	}

	return {check, unknownFormats};
}
