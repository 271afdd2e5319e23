// What does not compile: each line under @ts-expect-error must be a type error, or `npm run typecheck` fails.
// Together with the lint rule (test/lint-drawn-text.test.ts) it leaves the sanitizer as the only way to Clean text.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {truncate} from '../source/text/format.js';
import {clean, cleanText, ownText, type Clean} from '../source/text/sanitize.js';

const raw: string = '\u001B]0;title\u0007';
const shown: Clean = cleanText('address');

test('outside text cannot be made Clean but by the sanitizer', () => {
	// @ts-expect-error a computed string is not ec-tui's own literal
	ownText(raw);
	// @ts-expect-error nor is a template with a value in it, even a clean one
	ownText(`Static emergency address for ${shown}?`);
	// @ts-expect-error the clean tag takes Clean values and numbers only
	const tagged = clean`Static emergency address for ${raw}?`;
	assert.equal(typeof tagged, 'string');
	// @ts-expect-error truncating raw text and cleaning it after would widen it again
	truncate(raw, 10);
	// @ts-expect-error a plain string is not Clean
	const notClean: Clean = raw;
	assert.equal(typeof notClean, 'string');
	assert.equal(clean`for ${shown} · ${3}`, 'for address · 3');
	assert.equal(ownText('yes'), 'yes');
});
