// `ec-tui NOUN VERB [ID] [options]` read as what to do, or as the usage error to print (exit status 2). Filters are
// checked against the resource's filter table here, before any request: a value the filter form would refuse, an
// unknown filter, flag, verb or column, each gets one sentence, with the nearest known name when there is one. Pure.
import type {FilterValues} from '../api/types.js';
import type {TargetFlags} from '../config/resolve-config.js';
import {offeredFields} from '../resources/filter-table.js';
import {externalConnections} from '../resources/index.js';
import {MAX_PAGE_SIZE} from '../api/limits.js';
import {parseFilterArgs} from './filter-args.js';
import {FORMAT_OPTIONS, formatOf, near, parse, target, TARGET_OPTIONS} from './flags.js';
import {DEFAULT_CONCURRENCY, DEFAULT_LIMIT, getHelp, listHelp, MAX_CONCURRENCY, nounHelp} from './help.js';
import type {Format} from './record-writers.js';
import {unknownColumn} from './columns.js';
import {READ_SUBCOMMANDS, subcommandNamed, type ReadSubcommand} from './subcommands.js';
import {PROFILE_VERBS, SAVED_PROFILES_HINT} from './profile-help.js';
import {UsageError} from './usage-error.js';
import {readMutation, type MutationCommand} from './mutation-line.js';
import {mutationsOf} from './mutations.js';

type Output = {format: Format | undefined; columns: string[] | undefined};

export type ReadCommand =
	| {kind: 'help'; text: string}
	| {kind: 'usage'; message: string}
	| ({
			kind: 'list';
			subcommand: ReadSubcommand;
			parentId: string | undefined;
			filters: FilterValues;
			/** Rows at most; undefined with --all. */
			limit: number | undefined;
			pageSize: number;
			concurrency: number;
			target: TargetFlags;
	  } & Output)
	| ({kind: 'get'; subcommand: ReadSubcommand; id: string; target: TargetFlags} & Output)
	| MutationCommand;

const OUTPUT_OPTIONS = {...FORMAT_OPTIONS, columns: {type: 'string'}} as const;

const LIST_OPTIONS = {
	...TARGET_OPTIONS,
	...OUTPUT_OPTIONS,
	filter: {type: 'string', multiple: true},
	all: {type: 'boolean'},
	limit: {type: 'string'},
	'page-size': {type: 'string'},
	concurrency: {type: 'string'},
} as const;

const GET_OPTIONS = {...TARGET_OPTIONS, ...OUTPUT_OPTIONS} as const;

/** The flags each kind of verb takes, for completion. */
export const VERB_OPTIONS = {list: LIST_OPTIONS, get: GET_OPTIONS} as const;

function integer(flag: string, raw: string | undefined, min: number, max: number): number | undefined {
	if (raw === undefined) return undefined;
	const value = Number(raw);
	if (!/^\d+$/.test(raw) || value < min || value > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`;
		throw new UsageError(`--${flag} must be a whole number ${range} (got "${raw}").`);
	}
	return value;
}

function output(subcommand: ReadSubcommand, values: {format?: string; json?: boolean; columns?: string}): Output {
	const {columns} = values;
	const chosen = formatOf(values);
	const picked = columns
		?.split(',')
		.map(column => column.trim())
		.filter(Boolean);
	if (picked !== undefined && picked.length === 0) throw new UsageError('--columns names no column: e.g. --columns id,service.');
	const unknown = picked && unknownColumn(subcommand.resource, picked);
	if (unknown) throw new UsageError(unknown);
	if (picked !== undefined && chosen !== undefined && chosen !== 'table' && chosen !== 'csv') {
		throw new UsageError(`--columns picks the columns of table and csv; ${chosen} carries the API's records whole.`);
	}
	return {format: chosen, columns: picked};
}

/** A connection id given on the command line, checked as the API's paths check it. */
function connectionId(subcommand: ReadSubcommand, id: string): string {
	if (externalConnections.idRefusal(id, undefined) !== undefined) {
		throw new UsageError(`"${id}" is not a connection id (1 to 19 digits, e.g. 1293384261075731499).`);
	}
	return id;
}

function readList(subcommand: ReadSubcommand, args: string[]): ReadCommand {
	const command = `ec-tui ${subcommand.noun} list`;
	const {values, positionals} = parse(args, LIST_OPTIONS);
	if (values.help) return {kind: 'help', text: listHelp(subcommand)};
	const most = subcommand.parent === 'none' ? 0 : 1;
	if (subcommand.parent === 'required' && positionals.length === 0) {
		throw new UsageError(`the connection is missing: ${command} CONNECTION_ID (run ${command} --help).`);
	}
	if (positionals.length > most) throw new UsageError(`unexpected "${positionals[most]}" (run ${command} --help).`);
	const parentId = positionals[0] === undefined ? undefined : connectionId(subcommand, positionals[0]);
	const fields = offeredFields(subcommand.resource.filters, parentId !== undefined);
	const filters = parseFilterArgs(values.filter ?? [], fields);
	if (!filters.ok) throw new UsageError(filters.message);
	if (values.all && values.limit !== undefined) throw new UsageError('--all and --limit ask for two amounts: give one.');
	const limit = values.all ? undefined : (integer('limit', values.limit, 1, Number.MAX_SAFE_INTEGER) ?? DEFAULT_LIMIT);
	const pageSize = integer('page-size', values['page-size'], 1, MAX_PAGE_SIZE) ?? Math.min(limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
	const concurrency = integer('concurrency', values.concurrency, 1, MAX_CONCURRENCY) ?? DEFAULT_CONCURRENCY;
	return {
		kind: 'list',
		subcommand,
		parentId,
		filters: filters.filters,
		limit,
		pageSize,
		concurrency,
		target: target(values),
		...output(subcommand, values),
	};
}

function readGet(subcommand: ReadSubcommand, args: string[]): ReadCommand {
	const command = `ec-tui ${subcommand.noun} get`;
	const {values, positionals} = parse(args, GET_OPTIONS);
	if (values.help) return {kind: 'help', text: getHelp(subcommand)};
	if (positionals.length !== 1) throw new UsageError(`it takes one id: ${command} ID (run ${command} --help).`);
	const id = positionals[0]!;
	if (subcommand.resource.idRefusal(id, undefined) !== undefined) {
		throw new UsageError(`"${id}" is not an id of ${subcommand.resource.plural} (1 to 19 digits).`);
	}
	return {kind: 'get', subcommand, id, target: target(values), ...output(subcommand, values)};
}

/** `argv` from the noun on: `['connections', 'list', '--all']`. */
export function readCommand(argv: readonly string[]): ReadCommand {
	const [noun = '', verb, ...rest] = argv;
	const subcommand = subcommandNamed(noun);
	if (!subcommand) {
		return {
			kind: 'usage',
			message: `ec-tui: unknown command "${noun}".${near(
				noun,
				READ_SUBCOMMANDS.map(known => known.noun),
			)} Run ec-tui --help.`,
		};
	}
	const mutations = mutationsOf(noun);
	const verbs = [...(subcommand.get ? ['list', 'get'] : ['list']), ...mutations.map(mutation => mutation.verb)];
	const mutation = mutations.find(candidate => candidate.verb === verb);
	try {
		if (verb === undefined || verb === '--help' || verb === '-h') {
			return verb === undefined
				? {
						kind: 'usage',
						message: `ec-tui ${noun} needs a verb: ${[verbs.slice(0, -1).join(', '), verbs.at(-1)].filter(Boolean).join(' or ')}.\n\n${nounHelp(subcommand)}`,
					}
				: {kind: 'help', text: nounHelp(subcommand)};
		}
		if (verb === 'list') return readList(subcommand, rest);
		if (verb === 'get' && subcommand.get) return readGet(subcommand, rest);
		if (mutation) return readMutation(mutation, rest);
		// `profiles` is one letter from `profile`: a verb of the one typed to the other says which is which.
		const singular = noun === 'profiles' && PROFILE_VERBS.includes(verb) ? ` ${SAVED_PROFILES_HINT}` : '';
		return {kind: 'usage', message: `ec-tui ${noun}: no verb "${verb}".${near(verb, verbs)} Verbs: ${verbs.join(', ')}.${singular}`};
	} catch (error) {
		if (error instanceof UsageError) return {kind: 'usage', message: `ec-tui ${noun} ${verb}: ${error.message}`};
		throw error;
	}
}
