// The conformance test validates against copies of the contract, so a clean clone has them; where the shared
// contract sits beside the repository, the copies must be exactly it.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {SPEC_DIR, SPEC_DOCUMENTS} from './helpers/sandbox-spec.js';

const SHARED = new URL('../../shared/api/', import.meta.url);

test('the copies of the API contract are the contract itself', t => {
	for (const document of SPEC_DOCUMENTS) {
		const copy = readFileSync(new URL(document, SPEC_DIR), 'utf8');
		assert.match(copy, /^openapi: 3\.1/m, `${document} is an OpenAPI 3.1 document`);
		const shared = new URL(document, SHARED);
		if (existsSync(shared)) assert.equal(copy, readFileSync(shared, 'utf8'), `${document} differs from ../shared/api`);
		else t.diagnostic(`no ../shared/api/${document} beside this clone: only the copy is checked`);
	}
});
