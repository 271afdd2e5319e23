// What a mutation subcommand is (`connections delete ID`, `numbers move …`): its operands and flags for the parser,
// help and completion; `prepare` checks the command line with the forms' rules and reads what the plan needs,
// before anything is sent; the plan then sends once. Each noun's verbs are in mutate-*.ts.
import type {ApiClient} from '../api/client.js';
import {runBulk} from '../mutation/bulk-send.js';
import type {Resource} from '../resources/resource.js';

export type OptionSpec = {type: 'string' | 'boolean'; multiple?: boolean};
export type Values = Record<string, string | boolean | string[] | undefined>;

/** One record sent for, in the order given: its answer, or the error it met. */
export type Outcome = {answer: unknown} | {error: unknown};

export type Plan = {
	/** Asked on a terminal before a destructive plan is sent (y/N); only a destructive mutation's plan has one. */
	question?: string;
	/** Lines for stderr before sending: records left out and why. */
	notes: string[];
	/** Several ids: the answers are written as a list. */
	many: boolean;
	send(client: ApiClient, signal: AbortSignal): Promise<Outcome[]>;
};

/** What prepare may read: the API (reads only) and stdin (`--body -`). */
export type PrepareContext = {
	client: ApiClient;
	signal: AbortSignal;
	readStdin(): Promise<string>;
	readFile(path: string): Promise<string>;
};

export type Mutation = {
	noun: string;
	verb: string;
	/** Operands as usage writes them: 'CONNECTION_ID NUMBER_ID…'. */
	operands: string;
	summary: string;
	/** Removes data: asks on a terminal, needs --yes otherwise. */
	destructive: boolean;
	options: Record<string, OptionSpec>;
	/** The values shell completion offers for some of `options` (`--usage`'s usages). */
	completions?: Record<string, readonly string[]>;
	/** Each of `options`, as help lists it. */
	flagHelp: ReadonlyArray<readonly [string, string]>;
	examples: ReadonlyArray<readonly [string, string]>;
	/** A section of help of its own (the fields `--set` takes). */
	moreHelp?: string;
	/** Whose columns show an answer in table and CSV; undefined: the answer's own fields. */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each verb's answers read through its own resource
	resource?: Resource<any>;
	/** Checks the operands and flags before any request: a usage problem is thrown as a UsageError. */
	check(positionals: readonly string[], values: Values): void;
	/** The plan, from what check let through and what it reads; a UsageError when the input breaks a rule. */
	prepare(positionals: readonly string[], values: Values, context: PrepareContext): Promise<Plan>;
};

export const mutationUsage = (mutation: Mutation) =>
	`ec-tui ${mutation.noun} ${mutation.verb}${mutation.operands ? ` ${mutation.operands}` : ''} [options]`;

/** Sends one request: its answer, or its error, as one outcome. */
export async function one(send: () => Promise<unknown>): Promise<Outcome[]> {
	try {
		return [{answer: await send()}];
	} catch (error) {
		return [{error}];
	}
}

/**
 * One request an item, through runBulk (a few at a time, slowed by a 429, never retried); the outcomes in the
 * items' order (a dry run's requests too).
 */
export async function each<T>(items: readonly T[], send: (item: T) => Promise<unknown>): Promise<Outcome[]> {
	const answers = new Map<T, unknown>();
	const report = await runBulk(items, async item => answers.set(item, await send(item))).finished;
	return items.map(item => {
		const result = report.results.find(candidate => candidate.item === item);
		return result && result.status !== 'done' ? {error: result.error} : {answer: answers.get(item)};
	});
}
