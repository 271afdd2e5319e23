// Keys in one read act exactly as the same keys typed one by one. The built binary runs twice in real
// pseudo-terminals, each against its own sandbox with the same data: one gets every sequence in a single
// write, the other one key per 40 ms. After each sequence both must come to the same screen, with nothing
// loading, having sent the same requests (method, path, query, body), or both have ended with the same status.
// Each sequence waits for that agreement, never for a quiet moment; only a sequence that never agrees fails. A failure prints the seed and the sequence; EQUIVALENCE_SEED=N
// tries another seed. Needs dist/cli.js: `npm test` builds it first.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {PtySession} from './helpers/pty-session.js';
import {equivalenceSequences, startScreenSequences} from './helpers/equivalence-keys.js';
import {CLI, differenceAfter, PACE_MS, startSide, stopSide, type Side} from './helpers/equivalence-run.js';

const SEED = Number(process.env['EQUIVALENCE_SEED'] ?? 4242);
const SEQUENCES = 100;
const START_SEQUENCES = 12;

const sides: Side[] = [];

after(async () => {
	await PtySession.killAll();
	await Promise.all(sides.map(stopSide));
});

async function started(withKey: boolean): Promise<Side> {
	const side = await startSide(withKey);
	sides.push(side);
	return side;
}

function mismatch(label: string, keys: string[], burst: Side, paced: Side, detail: string, before: string): string {
	return [
		`${label} (seed ${SEED}; replay: EQUIVALENCE_SEED=${SEED} node --import tsx --test test/equivalence-pty.test.ts)`,
		`sequence: ${JSON.stringify(keys)}`,
		detail,
		`--- before the sequence (both sides agreed):\n${before}`,
		`--- one write:\n${burst.session.screen()}`,
		`--- one key per ${PACE_MS} ms:\n${paced.session.screen()}`,
	].join('\n');
}

async function compare(label: string, keys: string[], burst: Side, paced: Side) {
	const before = burst.session.screen();
	const difference = await differenceAfter(keys, burst, paced);
	if (difference) assert.fail(mismatch(label, keys, burst, paced, difference, before));
}

test(`${SEQUENCES} seeded key sequences over the list, filter form, create wizard, edit form and delete confirmation: one write acts as keys typed one by one (seed ${SEED})`, async t => {
	assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `npm run build` (npm test does)');
	const [burst, paced] = await Promise.all([started(true), started(true)]);
	const sequences = equivalenceSequences(SEED, SEQUENCES);
	for (const [index, {walk, keys}] of sequences.entries()) {
		await compare(`sequence ${index + 1} of ${SEQUENCES} (${walk}) ended differently`, keys, burst, paced);
	}
	const sent = (method: string) => burst.sandbox.requests.filter(request => request.method === method).length;
	t.diagnostic(
		`${sequences.reduce((sum, {keys}) => sum + keys.length, 0)} keys in ${SEQUENCES} sequences, ${sent('POST')} creates, ${sent('PATCH')} edits, ${sent('DELETE')} deletes`,
	);
});

test(`${START_SEQUENCES} seeded key sequences on the start screen: one write acts as keys typed one by one (seed ${SEED})`, async () => {
	for (const [index, keys] of startScreenSequences(SEED, START_SEQUENCES).entries()) {
		const [burst, paced] = await Promise.all([started(false), started(false)]);
		await compare(`start screen sequence ${index + 1} of ${START_SEQUENCES} ended differently`, keys, burst, paced);
		await Promise.all([burst.session.kill(), paced.session.kill()]);
	}
});
