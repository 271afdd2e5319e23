// `ec-tui NOUN VERB [ID] [options]` read as what to do, or as the usage error to print (exit status 2). Filters are
// checked against the resource's filter table here, before any request: a value the filter form would refuse, an
// unknown filter, flag, verb or column, each gets one sentence, with the nearest known name when there is one. Pure.
import {parseArgs} from 'node:util';
import type {FilterValues} from '../api/types.js';
import {didYouMean} from '../config/did-you-mean.js';
import type {TargetFlags} from '../config/resolve-config.js';
import {offeredFields} from '../resources/filter-table.js';
import {externalConnections} from '../resources/index.js';
import {parseFilterArgs} from './filter-args.js';
import {DEFAULT_CONCURRENCY, DEFAULT_LIMIT, getHelp, listHelp, MAX_CONCURRENCY, nounHelp} from './help.js';
import {FORMATS, type Format} from './record-writers.js';
import {unknownColumn} from './columns.js';
import {READ_SUBCOMMANDS, subcommandNamed, type ReadSubcommand} from './subcommands.js';

/** The largest page[size] any list takes (the spec's maximum). */
export const MAX_PAGE_SIZE = 250;

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
	| ({kind: 'get'; subcommand: ReadSubcommand; id: string; target: TargetFlags} & Output);

const TARGET_OPTIONS = {
	help: {type: 'boolean', short: 'h'},
	demo: {type: 'boolean'},
	'base-url': {type: 'string'},
	'api-key-file': {type: 'string'},
	'allow-insecure-http': {type: 'boolean'},
	'read-only': {type: 'boolean'},
	'no-journal': {type: 'boolean'},
} as const;

const OUTPUT_OPTIONS = {format: {type: 'string'}, json: {type: 'boolean'}, columns: {type: 'string'}} as const;

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

class UsageError extends Error {}

const near = (typed: string, known: readonly string[]) => {
	const word = didYouMean(typed, known);
	return word ? ` Did you mean ${word}?` : '';
};

function parse<O extends typeof LIST_OPTIONS | typeof GET_OPTIONS>(args: string[], options: O) {
	try {
		return parseArgs({args, options, allowPositionals: true, strict: true});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const unknown = /^Unknown option '(-[^'=]*)/.exec(message)?.[1];
		const reason = message.split(/\.\s|\n/)[0]!.replace(/\.$/, '');
		throw new UsageError(
			`${reason}.${
				unknown
					? near(
							unknown,
							Object.keys(options).map(name => `--${name}`),
						)
					: ''
			}`,
		);
	}
}

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
	const {format, json, columns} = values;
	if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
		throw new UsageError(`--format ${format}: not a format.${near(format, FORMATS)} Formats: ${FORMATS.join(', ')}.`);
	}
	if (json && format !== undefined && format !== 'json')
		throw new UsageError(`--json and --format ${format} ask for two formats: give one.`);
	const chosen = json ? 'json' : (format as Format | undefined);
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

type TargetValues = {
	demo?: boolean;
	'base-url'?: string;
	'api-key-file'?: string;
	'allow-insecure-http'?: boolean;
	'read-only'?: boolean;
	'no-journal'?: boolean;
};

function target(values: TargetValues): TargetFlags {
	return {
		demo: values.demo ?? false,
		baseUrl: values['base-url'],
		apiKeyFile: values['api-key-file'],
		...(values['allow-insecure-http'] && {allowInsecureHttp: true}),
		...(values['read-only'] && {readOnly: true}),
		...(values['no-journal'] && {noJournal: true}),
	};
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
	const verbs = subcommand.get ? ['list', 'get'] : ['list'];
	try {
		if (verb === undefined || verb === '--help' || verb === '-h') {
			return verb === undefined
				? {kind: 'usage', message: `ec-tui ${noun} needs a verb: ${verbs.join(' or ')}.\n\n${nounHelp(subcommand)}`}
				: {kind: 'help', text: nounHelp(subcommand)};
		}
		if (verb === 'list') return readList(subcommand, rest);
		if (verb === 'get' && subcommand.get) return readGet(subcommand, rest);
		return {kind: 'usage', message: `ec-tui ${noun}: no verb "${verb}".${near(verb, verbs)} Verbs: ${verbs.join(', ')}.`};
	} catch (error) {
		if (error instanceof UsageError) return {kind: 'usage', message: `ec-tui ${noun} ${verb}: ${error.message}`};
		throw error;
	}
}
