// The journal's two lines per mutation, and how they read back: a line of another shape, or a field of the wrong
// type, is skipped or left out, never trusted (the file is the person's to edit).
import {UNDOABLE_ROUTES, type Inverse, type MutationOutcome, type MutationResult, type SentMutation} from '../api/mutation-recorder.js';
import {isRecord} from '../api/is-record.js';

type Common = {time: string; id: string; profile: string; method: string; host: string; path: string};
export type SentLine = Common & {phase: 'sent'; body?: unknown; inverse?: Inverse};
export type ResultLine = Common & {phase: 'result'} & MutationResult;

/** One mutation: what was sent, and its result once one was written. */
export type JournalEntry = SentLine & {result?: ResultLine};

export function sentLine(base: Omit<Common, 'method' | 'host' | 'path'>, mutation: SentMutation): SentLine {
	return {...base, phase: 'sent', ...mutation};
}

const OUTCOMES: readonly string[] = ['ok', 'failed', 'unknown'] satisfies MutationOutcome[];
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function commonOf(value: Record<string, unknown>): Common | undefined {
	const [time, id, profile, method, host, path] = ['time', 'id', 'profile', 'method', 'host', 'path'].map(key => text(value[key]));
	if (time === undefined || id === undefined || method === undefined || path === undefined) return undefined;
	return {time, id, profile: profile ?? '', method, host: host ?? '', path};
}

/** An inverse as written, or undefined: another route than an undoable one, or an id that is not text, is none. */
function inverseOf(value: unknown): Inverse | undefined {
	if (!isRecord(value) || !isRecord(value['ids'])) return undefined;
	const label = text(value['label']);
	const route = UNDOABLE_ROUTES.find(known => known === value['route']);
	const ids = Object.entries(value['ids']);
	if (label === undefined || route === undefined || !ids.every(([, id]) => typeof id === 'string')) return undefined;
	return {label, route, ids: Object.fromEntries(ids) as Record<string, string>, body: value['body']};
}

function errorOf(value: unknown): MutationResult['error'] {
	if (!isRecord(value)) return undefined;
	const [code, title, detail] = ['code', 'title', 'detail'].map(key => text(value[key]));
	return {...(code !== undefined && {code}), ...(title !== undefined && {title}), ...(detail !== undefined && {detail})};
}

/** A line of the file, or undefined for one that is not the journal's. */
export function parseLine(line: string): SentLine | ResultLine | undefined {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return undefined;
	}
	if (!isRecord(value)) return undefined;
	const common = commonOf(value);
	if (!common) return undefined;
	if (value['phase'] === 'sent') {
		const inverse = inverseOf(value['inverse']);
		return {...common, phase: 'sent', ...('body' in value && {body: value['body']}), ...(inverse && {inverse})};
	}
	const outcome = value['outcome'];
	if (value['phase'] !== 'result' || typeof outcome !== 'string' || !OUTCOMES.includes(outcome)) return undefined;
	const status = typeof value['status'] === 'number' ? value['status'] : undefined;
	const requestId = text(value['requestId']);
	const error = errorOf(value['error']);
	return {
		...common,
		phase: 'result',
		outcome: outcome as MutationOutcome,
		...(status !== undefined && {status}),
		...(requestId !== undefined && {requestId}),
		...(error && {error}),
	};
}

/** The mutations of the lines, newest first, each with its result when its line is there. */
export function entriesOf(lines: Iterable<string>): JournalEntry[] {
	const entries: JournalEntry[] = [];
	const byId = new Map<string, JournalEntry>();
	for (const line of lines) {
		const parsed = parseLine(line);
		if (!parsed) continue;
		if (parsed.phase === 'sent') {
			const entry: JournalEntry = {...parsed};
			byId.set(parsed.id, entry);
			entries.push(entry);
		} else {
			const entry = byId.get(parsed.id);
			if (entry) entry.result = parsed;
		}
	}
	return entries.reverse();
}
