// Deterministic fault injection: one seeded draw sequence per request, so a given seed and request
// order always produce the same faults whatever the rates are.
import {Random} from './prng.js';

export type FaultOptions = {
	latencyMs?: number;
	jitterMs?: number;
	failRate?: number;
	rateLimitRate?: number;
	malformedRate?: number;
	hangRate?: number;
	resetRate?: number;
	/** Every Nth request (the Nth, 2Nth, …) is answered 429 with Retry-After: 1, whatever was drawn for it. */
	rateLimitEvery?: number;
	seed?: number;
};

export type Fault =
	| {kind: 'none'}
	| {kind: 'reset'}
	| {kind: 'hang'}
	| {kind: 'fail'; status: 500 | 503}
	| {kind: 'rate-limit'}
	| {kind: 'malformed'; body: 'html' | 'truncated-json'};

export type FaultDecision = {delayMs: number; fault: Fault};

const DEFAULT_FAULT_SEED = 0x5eed;

const RATES = ['resetRate', 'hangRate', 'failRate', 'rateLimitRate', 'malformedRate'] as const;

export function checkFaultOptions(options: FaultOptions): void {
	for (const key of RATES) {
		const rate = options[key];
		if (rate !== undefined && !(rate >= 0 && rate <= 1)) throw new RangeError(`${key} must be between 0 and 1`);
	}
	for (const key of ['latencyMs', 'jitterMs'] as const) {
		const ms = options[key];
		if (ms !== undefined && !(Number.isFinite(ms) && ms >= 0)) throw new RangeError(`${key} must be a non-negative number`);
	}
	const every = options.rateLimitEvery;
	if (every !== undefined && !(Number.isInteger(every) && every >= 1))
		throw new RangeError('rateLimitEvery must be an integer of 1 or more');
}

export function createFaultPlan(options: FaultOptions): () => FaultDecision {
	checkFaultOptions(options);
	const random = new Random(options.seed ?? DEFAULT_FAULT_SEED);
	let requests = 0;
	return () => {
		// Always three draws, so changing one rate never shifts the stream for the others.
		const [pick, variant, jitter] = [random.next(), random.next(), random.next()];
		const delayMs = (options.latencyMs ?? 0) + jitter * (options.jitterMs ?? 0);
		requests++;
		if (options.rateLimitEvery !== undefined && requests % options.rateLimitEvery === 0) return {delayMs, fault: {kind: 'rate-limit'}};
		let threshold = 0;
		for (const key of RATES) {
			threshold += options[key] ?? 0;
			if (pick < threshold) return {delayMs, fault: toFault(key, variant)};
		}
		return {delayMs, fault: {kind: 'none'}};
	};
}

function toFault(key: (typeof RATES)[number], variant: number): Fault {
	switch (key) {
		case 'resetRate':
			return {kind: 'reset'};
		case 'hangRate':
			return {kind: 'hang'};
		case 'failRate':
			return {kind: 'fail', status: variant < 0.5 ? 500 : 503};
		case 'rateLimitRate':
			return {kind: 'rate-limit'};
		case 'malformedRate':
			return {kind: 'malformed', body: variant < 0.5 ? 'html' : 'truncated-json'};
	}
}

// A 200 that is not the API talking: a proxy's page, or a body cut off mid-stream.
export const MALFORMED_HTML =
	'<!DOCTYPE html>\n<html><head><title>Service notice</title></head>' +
	'<body><h1>Please wait</h1><p>The upstream service is being updated.</p></body></html>\n';
export const MALFORMED_JSON = '{"data":[{"id":"1930241863466354012","record_type":"external_connection","external_sip_connection":"zo';
