// Keys sent in single writes whose effect differs from the same keys paced: the equivalence test's corpus, run
// both ways, counting the sequences that end on another screen or send other requests.
import {equivalenceSequences} from '../helpers/equivalence-keys.js';
import {differenceAfter, startSide, stopSide, type Side} from '../helpers/equivalence-run.js';
import {log} from './stats.js';

export type BatchedFigures = {batchedKeysLost: number; sequences: number; keys: number; seed: number};

// Another seed than the test's, so the bench covers sequences the test does not.
export const BATCHED_SEED = 9;

const startPair = () => Promise.all([startSide(true), startSide(true)]);

export async function measureBatched(sequences: number): Promise<BatchedFigures> {
	const corpus = equivalenceSequences(BATCHED_SEED, sequences);
	let [burst, paced]: Side[] = await startPair();
	let lost = 0;
	try {
		for (const [index, {walk, keys}] of corpus.entries()) {
			const difference = await differenceAfter(keys, burst!, paced!);
			if (difference === undefined) continue;
			lost++;
			log(`  sequence ${index + 1} (${walk}) ${JSON.stringify(keys)}: ${difference.split('\n')[0]}`);
			// The two sides now stand in different places: start both again so one difference is counted once.
			await Promise.all([stopSide(burst!), stopSide(paced!)]);
			[burst, paced] = await startPair();
		}
	} finally {
		await Promise.all([stopSide(burst!), stopSide(paced!)]);
	}
	const keys = corpus.reduce((sum, sequence) => sum + sequence.keys.length, 0);
	log(`  ${lost} of ${sequences} sequences (${keys} keys) ended differently`);
	return {batchedKeysLost: lost, sequences, keys, seed: BATCHED_SEED};
}
