// The path builder: every route of the spec with each parameter's format as the spec gives it, ids checked
// against exactly that, and no empty or dot segment, nor any resolution that moves the path, ever sent.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {parse} from 'yaml';
import {isApiError, type ApiError} from '../source/api/errors.js';
import {classifySubmitError} from '../source/create/submit-failure.js';
import {idProblem, type IdFormat} from '../source/api/path-ids.js';
import {buildPath, describeIdRefusal, requestUrl, routeIdRefusal, ROUTES, type Route} from '../source/api/routes.js';
import {SPEC_DIR, SPEC_DOCUMENTS} from './helpers/sandbox-spec.js';

type Json = Record<string, any>;

const INT64 = '1293384261075731499';
const UUID = '318fb664-d341-44d2-8405-e6bfb9ced6d9';
const HOSTILE = ['..', '.', '', 'a/b', '%2e%2e', '%2E.', '?x', '#', '..?', ' ', 'x'.repeat(10_000), '１２３', '-1', '0x10', ' 12'];

function resolve(spec: Json, node: Json): Json {
	if (!node['$ref']) return node;
	const target = (node['$ref'] as string)
		.slice(2)
		.split('/')
		.reduce((at: Json, key) => at[key], spec);
	return resolve(spec, target);
}

/** Every path parameter of every spec document: `{route: {name: format}}`, int64 for x-format int64, uuid for format uuid. */
function specRoutes(): Map<string, Record<string, IdFormat>> {
	const routes = new Map<string, Record<string, IdFormat>>();
	for (const document of SPEC_DOCUMENTS) {
		const spec = parse(readFileSync(new URL(document, SPEC_DIR), 'utf8')) as Json;
		for (const [path, item] of Object.entries(spec['paths'] as Json)) {
			const formats: Record<string, IdFormat> = {};
			const shared = (item['parameters'] ?? []) as Json[];
			for (const operation of Object.values(item as Json)) {
				for (const parameter of [...shared, ...((operation?.parameters ?? []) as Json[])].map(p => resolve(spec, p))) {
					if (parameter['in'] !== 'path') continue;
					const schema = resolve(spec, parameter['schema'] as Json);
					formats[parameter['name']] = schema['x-format'] === 'int64' ? 'int64' : schema['format'] === 'uuid' ? 'uuid' : 'text';
				}
			}
			routes.set(path, {...routes.get(path), ...formats});
		}
	}
	return routes;
}

describe('the route table', () => {
	test('holds only paths of the spec, every one that takes an id, each parameter with the format the spec gives it', () => {
		const spec = specRoutes();
		const withIds = [...spec].filter(([, formats]) => Object.keys(formats).length > 0).map(([route]) => route);
		assert.deepEqual(
			Object.keys(ROUTES).filter(route => !spec.has(route)),
			[],
		);
		assert.deepEqual(
			withIds.filter(route => !(route in ROUTES)),
			[],
		);
		for (const route of Object.keys(ROUTES)) {
			const formats = spec.get(route)!;
			// The one place the spec contradicts itself: the connection's `id` is int64 everywhere else, and in its own schema.
			const expected = route === '/external_connections/{id}/locations/{location_id}' ? {...formats, id: 'int64'} : formats;
			assert.deepEqual(ROUTES[route as Route], expected, route);
		}
	});
});

describe('idProblem', () => {
	test('int64: 1 to 19 digits within int64, as a string', () => {
		for (const good of [INT64, '1', '9223372036854775807']) assert.equal(idProblem('int64', good), undefined, good);
		for (const bad of [...HOSTILE, '9223372036854775808', '12345678901234567890', UUID, '1.5', '1e3', '+1'])
			assert.ok(idProblem('int64', bad), JSON.stringify(bad));
	});

	test('uuid: the 8-4-4-4-12 hex form, either case', () => {
		for (const good of [UUID, UUID.toUpperCase()]) assert.equal(idProblem('uuid', good), undefined, good);
		for (const bad of [...HOSTILE, INT64, `${UUID}/..`, `urn:uuid:${UUID}`, UUID.slice(1), `{${UUID}}`])
			assert.ok(idProblem('uuid', bad), JSON.stringify(bad));
	});

	test('text: anything but empty or a dot segment', () => {
		for (const good of ['a/b', '%2e%2e', '?x', '#', '...', ' ', INT64]) assert.equal(idProblem('text', good), undefined, good);
		for (const bad of ['', '.', '..']) assert.ok(idProblem('text', bad), JSON.stringify(bad));
	});

	test('an id of another type than string is refused whatever the format', () => {
		for (const format of ['int64', 'uuid', 'text'] as const) {
			for (const bad of [1293384261, null, undefined, {}, ['1'], true]) assert.ok(idProblem(format, bad), `${format} ${String(bad)}`);
		}
		assert.equal(idProblem('int64', 12), 'is a number, not a string');
	});
});

describe('buildPath', () => {
	test('puts each id into one encoded segment of its route', () => {
		assert.equal(buildPath('/external_connections', {}), '/external_connections');
		assert.equal(buildPath('/external_connections/{id}', {id: INT64}), `/external_connections/${INT64}`);
		assert.equal(
			buildPath('/external_connections/{id}/uploads/{ticket_id}/retry', {id: INT64, ticket_id: UUID}),
			`/external_connections/${INT64}/uploads/${UUID}/retry`,
		);
		assert.equal(
			buildPath('/external_connections/{id}/phone_numbers/{phone_number_id}', {id: INT64, phone_number_id: 'a/b?c#d%2e'}),
			`/external_connections/${INT64}/phone_numbers/a%2Fb%3Fc%23d%252e`,
		);
	});

	test('refuses every hostile id with an ApiError of kind invalid-id that names it', () => {
		for (const bad of HOSTILE) {
			for (const build of [
				() => buildPath('/external_connections/{id}', {id: bad}),
				() => buildPath('/external_connections/{id}/civic_addresses/{address_id}', {id: INT64, address_id: bad}),
				() => buildPath('/external_connections/log_messages/{id}', {id: bad}),
			]) {
				assert.throws(
					build,
					error => isApiError(error) && error.kind === 'invalid-id' && error.message.startsWith('Nothing can be sent for this record'),
				);
			}
		}
		assert.throws(() => buildPath('/connections/{id}', {id: '..'}), /not a valid Telnyx id/);
		assert.throws(() => buildPath('/connections/{id}', {id: ''}), /not a valid Telnyx id/);
	});

	test('takes only the ids its route names, by the spec names (checked by the compiler)', () => {
		// @ts-expect-error a route with two parameters needs both
		assert.throws(() => buildPath('/external_connections/{id}/phone_numbers/{phone_number_id}', {id: INT64}));
		// @ts-expect-error not a route of the spec
		assert.throws(() => buildPath('/external_connections/{id}/../x', {id: INT64}));
	});

	test('routeIdRefusal and describeIdRefusal say which id fails and why, the id shortened', () => {
		const refusal = routeIdRefusal('/external_connections/{id}/releases/{release_id}', {id: INT64, release_id: '..'});
		assert.deepEqual(refusal, {name: 'release_id', id: '..', problem: 'is the dot segment ..'});
		assert.equal(describeIdRefusal(refusal!), `Nothing can be sent for this record: its id ".." is not a valid Telnyx id.`);
		assert.ok(describeIdRefusal({name: 'id', id: 'x'.repeat(500), problem: ''}).includes(`"${'x'.repeat(23)}…"`));
		assert.equal(routeIdRefusal('/external_connections/{id}/releases/{release_id}', {id: INT64, release_id: UUID}), undefined);
	});
});

describe('requestUrl', () => {
	test('appends the path to the base path by concatenation, with or without a trailing slash', () => {
		for (const base of ['https://api.telnyx.com/v2', 'https://api.telnyx.com/v2/', 'http://127.0.0.1:8080/v2//']) {
			assert.equal(requestUrl(base, `/external_connections/${INT64}`).pathname, `/v2/external_connections/${INT64}`);
		}
		assert.equal(requestUrl('http://127.0.0.1:8080', '/connections/a%2Fb').href, 'http://127.0.0.1:8080/connections/a%2Fb');
	});

	test('refuses a path that URL resolution would change: a dot segment, a query or a fragment', () => {
		for (const path of ['/external_connections/..', '/external_connections/.', '/a/%2e%2e', '/a/.%2E/b', '/a?x', '/a#b', '/a\\..']) {
			assert.throws(
				() => requestUrl('https://api.telnyx.com/v2', path),
				error => isApiError(error) && error.kind === 'invalid-id',
				path,
			);
		}
	});
});

test('a mutation refused for its id is a definite no, never an unknown outcome: nothing was sent', () => {
	let refused: ApiError | undefined;
	try {
		buildPath('/external_connections/{id}', {id: '..'});
	} catch (error) {
		if (isApiError(error)) refused = error;
	}
	assert.ok(refused);
	const failure = classifySubmitError({kind: refused.kind, errors: refused.errors, message: refused.message}, {onRecord: true});
	assert.deepEqual(failure, {
		kind: 'error',
		errors: [],
		message: `Nothing can be sent for this record: its id ".." is not a valid Telnyx id.`,
	});
});
